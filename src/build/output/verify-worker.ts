// Worker thread of verifyOutput: reads each batch of the site it is sent and answers with its files, references
// and the unpublished people found in it (verify-files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { ScanUnit } from './site-walk.ts';
import { verifyUnits, type VerifyWork } from './verify-files.ts';

const work = workerData as VerifyWork;
parentPort?.on('message', ({ root, units }: { root: string; units: ScanUnit[] }) => {
  parentPort?.postMessage(verifyUnits(root, units, work));
});
