// Worker thread of scanOutput: walks, reads and scans each batch of the site it is sent, and answers with the
// problems; the files not to scan (reused ones) come once, as the worker's data.
import { parentPort, workerData } from 'node:worker_threads';
import { scanUnits } from './privacy-scan.ts';
import type { ScanUnit } from './site-walk.ts';

const reused = (workerData ?? []) as string[];
parentPort?.on('message', ({ root, units }: { root: string; units: ScanUnit[] }) => {
  parentPort?.postMessage(scanUnits(root, units, reused));
});
