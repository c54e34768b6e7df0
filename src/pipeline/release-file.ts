// release.json → the validated Release; each failing key a problem whose field is its JSON path.
import { hasBidiControl } from './invisible-characters.ts';
import { parseJsonFile } from './json-file.ts';
import { scanJsonValues } from './privacy.ts';
import { problem } from './problems.ts';
import { shownValue, type Problem } from './report.ts';
import { release as releaseSchema, type Bilingual, type Release } from './schemas/index.ts';
import { RELEASE_FAULTS, RELEASE_FREE_TEXT } from './schemas/release.ts';

export const RELEASE_FILE = 'release.json';

/** What each key should hold, for the "Expected:" part of a problem. */
const EXPECTED: Record<string, Bilingual> = {
  release: { zh: '发布日期 YYYY-MM-DD', en: 'the release date, YYYY-MM-DD' },
  publisher: { zh: '发布单位名称', en: 'the name of the publishing office' },
  jurisdiction: { zh: 'regions.csv 中根区划（市）的代码', en: 'the code of the root region (the city) in regions.csv' },
  license: { zh: '许可协议，如 CC-BY-4.0', en: 'a licence, e.g. CC-BY-4.0' },
  crs: { zh: '"WGS84" 或 "GCJ02"', en: '"WGS84" or "GCJ02"' },
  contact: { zh: '含 phone、email、address 的对象', en: 'an object with phone, email and address' },
  'contact.phone': {
    zh: '固定电话（如 0915-3268123）或公共服务热线（如 12317、12345），不得为手机号',
    en: 'a landline (e.g. 0915-3268123) or a public hotline (e.g. 12317, 12345), never a mobile number',
  },
  'contact.email': { zh: '一个电子邮箱地址，如 gongshi@example.gov.cn（不带 ? 及其后的参数）', en: 'one e-mail address, e.g. gongshi@example.gov.cn (no ? or anything after it)' },
  'contact.address': { zh: '非空的通信地址', en: 'a postal address, not empty' },
  attributions: { zh: '需要署名的来源列表（文字数组）', en: 'a list of sources to credit (an array of text)' },
  sample: { zh: 'true 或 false', en: 'true or false' },
  note: { zh: '非空文字', en: 'non-empty text' },
  site_url: {
    zh: '网站的公开地址，只写协议和域名，如 https://gongshi.example.gov.cn（子路径用 --base）',
    en: "the site's public address, scheme and host only, e.g. https://gongshi.example.gov.cn (a path goes in --base)",
  },
};

const KNOWN_KEYS = new Set(Object.keys(releaseSchema.shape));

export function readRelease(bytes: Uint8Array): { release: Release | undefined; problems: Problem[] } {
  const file = RELEASE_FILE;
  const parsed = parseJsonFile(bytes, file);
  if (!parsed.ok) return { release: undefined, problems: [parsed.problem] };
  const problems = scanJsonValues(parsed.value, file);
  const value = parsed.value;

  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      if (KNOWN_KEYS.has(key)) continue;
      problems.push(
        problem({
          code: 'unknown-key',
          file,
          field: key,
          message: { zh: `未知的键「${key}」，已忽略。`, en: `Unknown key "${key}" is ignored.` },
        }),
      );
    }
  }

  const result = releaseSchema.safeParse(value);
  if (result.success) return { release: result.data, problems: [...problems, ...bidiCautions(value)] };
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const found = valueAt(value, issue.path);
    const missing = found === undefined;
    const shown = missing ? undefined : shownValue(typeof found === 'string' ? found : JSON.stringify(found));
    const expected = EXPECTED[path];
    const fault = typeof found === 'string' ? RELEASE_FAULTS[path]?.(found.trim()) : undefined;
    problems.push(
      problem({
        code: fault?.code ?? (missing ? 'required' : 'invalid-value'),
        file,
        ...(path ? { field: path } : {}),
        ...(shown !== undefined ? { value: shown } : {}),
        ...(expected ? { expected } : {}),
        message: fault
          ? { zh: `「${path}」的值「${shown}」${fault.reason.zh}`, en: `The value "${shown}" of "${path}" ${fault.reason.en}` }
          : missing
            ? { zh: `缺少「${path || '内容'}」。`, en: `"${path || 'content'}" is missing.` }
            : path
              ? { zh: `「${path}」的值「${shown}」不符合要求。`, en: `The value "${shown}" of "${path}" is not valid.` }
              : { zh: 'release.json 应是一个对象。', en: 'release.json must be an object.' },
      }),
    );
  }
  return { release: undefined, problems };
}

/** A warning for each free-text value that loses bidi controls on its way to the pages (attributions by their index). */
function bidiCautions(value: unknown): Problem[] {
  const cautions: Problem[] = [];
  for (const key of RELEASE_FREE_TEXT) {
    const found = valueAt(value, key.split('.'));
    const texts: [string, unknown][] = Array.isArray(found) ? found.map((item, index) => [`${key}.${index}`, item]) : [[key, found]];
    for (const [field, text] of texts) {
      if (typeof text !== 'string' || !hasBidiControl(text)) continue;
      const shown = shownValue(text);
      cautions.push(
        problem({
          code: 'bidi-control-removed',
          file: RELEASE_FILE,
          field,
          value: shown,
          message: {
            zh: `「${field}」的值「${shown}」含有看不见的双向控制符，它们会颠倒文字的显示顺序：已删除后再公开。`,
            en: `The value "${shown}" of "${field}" holds invisible bidi controls, which reverse how text is shown: they are removed before publishing.`,
          },
        }),
      );
    }
  }
  return cautions;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
