// npm run publish -- DIR [--data data] [--out dist] [--today YYYY-MM-DD] [--site URL] [--base /PATH/] [--replace] [--no-build] [--allow-placeholder-url]
// Publishes the export in DIR: validates it (the build's report), records it as a release in data/releases/,
// shows what changed since the previous release, installs it as data/ and swaps in the rebuilt site.
import { parseArgs } from 'node:util';
import { buildSite, todayInChina } from '../src/build/build-site.ts';
import { CHANGE_KIND_LABELS, CHANGE_KINDS, changeSummary, hasChanges, tableTitle } from '../src/open-data/derive/changes-text.ts';
import { maskPersonalData } from '../src/pipeline/personal-data.ts';
import { publish } from '../src/publish/publish.ts';
import { siteOptionError } from '../src/site/site-url.ts';

const USAGE = `用法 Usage: npm run publish -- DIR [--data data] [--out dist] [--today YYYY-MM-DD] [--site URL] [--base /PATH/] [--replace] [--no-build] [--allow-placeholder-url]

  DIR          新一期导出文件夹 the new export folder
  --data       当前数据与发布记录 the current export and its releases/ (default: data)
  --out        网站目录 the published site (default: dist)
  --site       网站的公开地址，优先于 release.json 的 site_url the public URL (overrides site_url in release.json)
  --replace    更正最近一期（同一发布日期） correct the latest release (same release date)
  --no-build   只登记和安装数据，不生成网站 record and install the data only
  --allow-placeholder-url
               没有配置网站地址时也发布（二维码等指向占位地址） publish even without a configured URL (QR codes point at a placeholder)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'dist' },
    report: { type: 'string', default: 'build-report.json' },
    today: { type: 'string' },
    site: { type: 'string' },
    base: { type: 'string' },
    replace: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'allow-placeholder-url': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const [exportDir] = positionals;
if (values.help || !exportDir || positionals.length > 1) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const siteError = values.site === undefined ? undefined : siteOptionError(values.site);
if (siteError) {
  process.stderr.write(`${siteError.zh}\n${siteError.en}\n`);
  process.exit(2);
}

const today = values.today ?? todayInChina();
const outcome = await publish({
  exportDir,
  dataDir: values.data,
  outDir: values.out,
  reportPath: values.report,
  replace: values.replace,
  ...(values.site ? { site: values.site } : {}),
  allowPlaceholderUrl: values['allow-placeholder-url'],
  build: values['no-build']
    ? null
    : async (dataDir, outDir) =>
        (await buildSite({
          dataDir,
          outDir,
          // Built beside the live site, reusing its unchanged pages (an incremental build; src/build/incremental/).
          previousDir: values.out,
          reportPath: values.report,
          today,
          ...(values.site ? { site: values.site } : {}),
          ...(values.base ? { base: values.base } : {}),
        })).ok,
}).catch((error: unknown) => {
  // Not a problem the publish knows (those are reported as such): say what happened and that running again is safe.
  const detail = maskPersonalData(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.stderr.write(
    `✗ 发布意外中断，没有完成；再次运行同一命令会先完成或撤销这次中断的发布。The publish stopped unexpectedly; run the same command again: it first completes or undoes the interrupted publish.\n${detail}\n`,
  );
  process.exit(1);
});

if (outcome.status === 'published' && outcome.changes) {
  const lines = [`与上一期 ${outcome.changes.previous} 相比 Compared with ${outcome.changes.previous}: ${changeSummary(outcome.changes)}`];
  for (const table of outcome.changes.tables.filter(hasChanges)) {
    lines.push(`  ${tableTitle(table.table)}：${CHANGE_KINDS.map((kind) => `${CHANGE_KIND_LABELS[kind]} ${table[kind].length}`).join('，')}`);
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}
process.exitCode = outcome.status === 'published' || outcome.status === 'unchanged' ? 0 : 1;
