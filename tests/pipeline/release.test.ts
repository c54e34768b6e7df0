import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/pipeline/release-file.ts';

const good = {
  release: '2026-11-01',
  publisher: '安康市脱贫攻坚领导小组办公室',
  jurisdiction: '6109',
  license: 'CC-BY-4.0',
  crs: 'GCJ02',
  contact: { phone: '0915-3268123', email: 'gongshi@example.gov.cn' },
  attributions: ['区划代码：国家统计局 统计用区划代码'],
};
const read = (value: unknown) => readRelease(new TextEncoder().encode(JSON.stringify(value)));

describe('readRelease', () => {
  it('accepts a valid release.json', () => {
    expect(read(good)).toEqual({ release: good, problems: [] });
  });

  it('reports each failing key by its JSON path, with what was expected', () => {
    const { release, problems } = read({ ...good, release: '2026-13-01', crs: 'CGCS2000', contact: { phone: '0915-3268123', email: 'not an address' }, license: undefined });
    expect(release).toBeUndefined();
    expect(problems.map(({ code, field, value, expected }) => ({ code, field, value, expected: expected?.en }))).toEqual([
      { code: 'invalid-value', field: 'release', value: '2026-13-01', expected: 'the release date, YYYY-MM-DD' },
      { code: 'required', field: 'license', value: undefined, expected: 'a licence, e.g. CC-BY-4.0' },
      { code: 'invalid-value', field: 'crs', value: 'CGCS2000', expected: '"WGS84" or "GCJ02"' },
      { code: 'invalid-value', field: 'contact.email', value: 'not an address', expected: 'an e-mail address' },
    ]);
  });

  it('refuses a mobile number as the contact phone without echoing it', () => {
    const { problems } = read({ ...good, contact: { phone: '13812345678' } });
    expect(problems.map(({ code, field, value }) => ({ code, field, value }))).toEqual([
      { code: 'privacy-mobile', field: 'contact.phone', value: '138****5678' },
      { code: 'invalid-value', field: 'contact.phone', value: '138****5678' },
    ]);
  });

  it('warns about keys it does not know', () => {
    expect(read({ ...good, licence: 'CC-BY-4.0' }).problems).toMatchObject([{ severity: 'warning', code: 'unknown-key', field: 'licence' }]);
  });
});
