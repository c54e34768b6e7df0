// Validates built pages with html-validate and the project's configuration (`.htmlvalidate.mjs`), on as many
// worker threads as there are cores: a whole sample site is ~11,000 pages, ~12 ms of CPU each.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { esmResolver, HtmlValidate, StaticConfigLoader } from 'html-validate';

export interface PageError {
  /** The page's file, as given. */
  page: string;
  rule: string;
  line: number;
  column: number;
  message: string;
}

const configPath = fileURLToPath(new URL('../../../.htmlvalidate.mjs', import.meta.url));
const workerScript = new URL('./worker.ts', import.meta.url);

/** A validator with the project's configuration, whatever folder the pages are in. */
export function projectValidator(): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader([esmResolver()], { extends: [configPath] }));
}

/** Every error in `pages` (paths of HTML files), in the order of `pages`. */
export async function validatePages(pages: string[], threads = availableParallelism()): Promise<PageError[]> {
  const count = Math.max(1, Math.min(threads, pages.length));
  // Dealt round-robin, so that each thread gets its share of every page type (some are three times the work).
  const shares = Array.from({ length: count }, (_, thread) => pages.filter((_page, index) => index % count === thread));
  const results = await Promise.all(shares.map((share) => runWorker(share)));
  const order = new Map(pages.map((page, index) => [page, index]));
  return results.flat().sort((a, b) => order.get(a.page)! - order.get(b.page)! || a.line - b.line || a.column - b.column);
}

/** `pages` validated by `worker.ts` on a thread of its own. */
function runWorker(pages: string[]): Promise<PageError[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: pages });
    let errors: PageError[] | undefined;
    worker.once('message', (message: PageError[]) => (errors = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (errors && code === 0 ? resolve(errors) : reject(new Error(`html-validate worker exited with code ${code}`))));
  });
}
