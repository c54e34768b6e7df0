// npm run build [-- --data DIR] [--out DIR] [--today YYYY-MM-DD] [--site URL] [--base /PATH/] [--full] [--prepare-only]
// Builds the site from an export folder; on any problem prints the report and leaves the published site as it was.
// With a site already in --out built by the same code, only what changed is rendered (--full renders everything);
// build-changes.json beside the report lists the files added, changed and removed.
import { parseArgs } from 'node:util';
import { buildSite, formatTimings, todayInChina } from '../src/build/build-site.ts';
import { siteOptionError } from '../src/site/site-url.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'dist' },
    report: { type: 'string', default: 'build-report.json' },
    today: { type: 'string' },
    site: { type: 'string' },
    base: { type: 'string' },
    'prepare-only': { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
  },
});

// --site wins over release.json's site_url; without either the build warns that QR codes and embeds use a placeholder.
const siteError = values.site === undefined ? undefined : siteOptionError(values.site);
if (siteError) {
  process.stderr.write(`${siteError.zh}\n${siteError.en}\n`);
  process.exit(2);
}

const prepareOnly = values['prepare-only'];
const result = await buildSite({
  dataDir: values.data,
  outDir: values.out,
  reportPath: values.report,
  today: values.today ?? todayInChina(),
  ...(values.site ? { site: values.site } : {}),
  ...(values.base ? { base: values.base } : {}),
  prepareOnly,
  full: values.full,
  ...(prepareOnly ? { datasetDir: '.yangguang/dataset' } : {}),
});
process.stderr.write(`${formatTimings(result.timings, result.total)}\n`);
process.exitCode = result.ok ? 0 : 1;
