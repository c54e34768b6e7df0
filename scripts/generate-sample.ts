// Writes a seeded sample export (format v1) — by default the committed sample in data/.
//
//   npm run generate:sample
//   npm run generate:sample -- --scale large --out bench-out/large
//   node scripts/generate-sample.ts --seed 7 --release 2027-03-01 --out /tmp/export
//
// The same seed, scale and release always produce byte-identical files.

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateExport, type FileSummary } from './sample/export.ts';
import { isScaleName } from './sample/scale.ts';

const DEFAULT_SEED = 20261101;
const DEFAULT_RELEASE = '2026-11-01';
const DEFAULT_OUT = fileURLToPath(new URL('../data/', import.meta.url));

const USAGE = `Usage: node scripts/generate-sample.ts [--out DIR] [--seed N] [--scale sample|large] [--release YYYY-MM-DD]

  --out DIR        export folder to (re)create (default: data/); a non-empty folder
                   is only cleared if it holds a release.json
  --seed N         integer seed (default: ${DEFAULT_SEED})
  --scale NAME     sample: ~4,600 honorees, 2,000 projects (committed in data/)
                   large: 100,000 honorees, 20,000 projects, 1,000,000 fund lines (for npm run bench)
  --release DATE   release date (default: ${DEFAULT_RELEASE}); campaign years end on its anniversaries`;

function table(files: readonly FileSummary[]): string {
  return files
    .map(
      (f) =>
        `${f.file.padEnd(20)}${(f.rows === null ? '' : f.rows.toLocaleString('en-US')).padStart(12)}${`${(f.bytes / 1024).toFixed(0)} KB`.padStart(12)}`,
    )
    .join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: DEFAULT_OUT },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      scale: { type: 'string', default: 'sample' },
      release: { type: 'string', default: DEFAULT_RELEASE },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  if (!isScaleName(values.scale)) throw new Error(`--scale must be sample or large, got ${values.scale}`);

  const started = performance.now();
  const files = generateExport({
    outDir: values.out,
    seed,
    scale: values.scale,
    release: values.release,
    log: (line) => console.error(`  ${line}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`${table(files)}\nwrote ${values.scale} export (seed ${seed}, release ${values.release}) to ${values.out} in ${seconds} s`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`generate-sample: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exitCode = 1;
}
