// Not a test: a by-hand measurement of loadExport at the scale PRODUCT.md §6 budgets for.
// Writes the tiny fixture export plus 100,000 honorees with stories, 20,000 projects and
// 1,000,000 fund lines into a temporary folder, loads it, prints time and peak memory.
//   node tests/pipeline/measure-load.ts [fundLines]
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExport } from '../../src/pipeline/load.ts';
import { countProblems } from '../../src/pipeline/report.ts';

const FUND_LINES = Number(process.argv[2] ?? 1_000_000);
const PROJECTS = 20_000;
const HONOREES = 100_000;
const VILLAGES = ['610902100201', '610902100202', '610902101202', '610921100200', '610921100203'];
const SOURCES = ['中央财政', '省级财政', '市级财政', '县级财政', '整合涉农资金', '社会帮扶', '东西部协作', '其他'];

const dir = await mkdtemp(join(tmpdir(), 'yangguang-measure-'));
await cp(new URL('../fixtures/tiny-export/', import.meta.url), dir, { recursive: true });

/** Written from a function so the generated text is garbage before the load is measured. */
async function writeScaleFiles() {
  const projects = ['id,year,region_code,name,category,unit,responsible,start,end,status,beneficiary_households,beneficiary_persons,poor_households,goal,mechanism,notice_id'];
  for (let i = 0; i < PROJECTS; i++) {
    projects.push(
      `P${i},2025,${VILLAGES[i % 5]},第 ${i} 号产业项目,产业发展,镇人民政府,李建设,2025-03-01,2025-10-31,完工,120,380,45,新建茶园 200 亩,"贫困户以土地入股，按股分红。",N2025-03`,
    );
  }
  const fundLines = ['project_id,source,allocated,disbursed,date'];
  for (let i = 0; i < FUND_LINES; i++) {
    const allocated = 1000 + ((i * 7919) % 900_000);
    fundLines.push(`P${i % PROJECTS},${SOURCES[i % 8]},"${allocated.toLocaleString('en-US')}.50",${allocated - (i % 1000)},2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
  }
  const story = '他种茶十年，从 3 亩发展到 40 亩，还办起了合作社，带动乡亲们一起增收。'.repeat(8);
  const honorees = ['id,kind,name,gender,year,level,region_code,category,summary,story,photo,consent,notice_id,status,award'];
  for (let i = 0; i < HONOREES; i++) {
    honorees.push(`H${i},自强标兵,张明华,男,2025,村级,${VILLAGES[i % 5]},产业发展,种茶十年，带动乡亲增收。,"${story}\n\n第二段：""肯吃苦""。",,是,N2025-01,已表彰,`);
  }
  await writeFile(join(dir, 'projects.csv'), projects.join('\n'));
  await writeFile(join(dir, 'fund_lines.csv'), fundLines.join('\n'));
  await writeFile(join(dir, 'honorees.csv'), honorees.join('\n'));
}
await writeScaleFiles();

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const started = performance.now();
const { data, problems } = await loadExport(dir, { log: (message) => process.stderr.write(`  ${message}\n`) });
const elapsed = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const { errors, warnings } = countProblems(problems);
console.log(
  `${FUND_LINES.toLocaleString('en-US')} fund lines, ${HONOREES.toLocaleString('en-US')} honorees, ${PROJECTS.toLocaleString('en-US')} projects: ` +
    `${elapsed.toFixed(1)} s, peak RSS ${(peak / 2 ** 30).toFixed(2)} GiB, ${errors} errors, ${warnings} warnings, data ${data ? 'ok' : 'undefined'}`,
);
await rm(dir, { recursive: true, force: true });
