// Worker thread of scanOutput: walks, reads and scans each batch of the site it is sent, and answers with the problems.
import { parentPort } from 'node:worker_threads';
import { scanUnits } from './privacy-scan.ts';
import type { ScanUnit } from './site-walk.ts';

parentPort?.on('message', ({ root, units }: { root: string; units: ScanUnit[] }) => {
  parentPort?.postMessage(scanUnits(root, units));
});
