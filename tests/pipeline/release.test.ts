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
      { code: 'invalid-contact', field: 'contact.email', value: 'not an address', expected: 'one e-mail address, e.g. gongshi@example.gov.cn (no ? or anything after it)' },
    ]);
  });

  it('refuses a mobile number as the contact phone without echoing it', () => {
    const { problems } = read({ ...good, contact: { phone: '13812345678' } });
    expect(problems.map(({ code, field, value }) => ({ code, field, value }))).toEqual([
      { code: 'privacy-mobile', field: 'contact.phone', value: '138****5678' },
      { code: 'invalid-contact', field: 'contact.phone', value: '138****5678' },
    ]);
  });

  it('takes the public URL as its origin, and refuses one with a path, another scheme or no host', () => {
    expect(read({ ...good, site_url: 'https://GongShi.example.gov.cn/' })).toEqual({ release: { ...good, site_url: 'https://gongshi.example.gov.cn' }, problems: [] });
    expect(read({ ...good, site_url: 'http://localhost:8080' }).release?.site_url).toBe('http://localhost:8080');
    for (const site_url of ['https://example.gov.cn/yangguang/', 'ftp://example.gov.cn', 'gongshi.example.gov.cn', 'https://example.gov.cn/?a=1', '']) {
      const { release, problems } = read({ ...good, site_url });
      expect(release, site_url).toBeUndefined();
      expect(problems.map(({ code, field, expected }) => ({ code, field, expected: expected?.en })), site_url).toEqual([
        { code: 'invalid-value', field: 'site_url', expected: "the site's public address, scheme and host only, e.g. https://gongshi.example.gov.cn (a path goes in --base)" },
      ]);
    }
  });

  it('warns about keys it does not know', () => {
    expect(read({ ...good, licence: 'CC-BY-4.0' }).problems).toMatchObject([{ severity: 'warning', code: 'unknown-key', field: 'licence' }]);
  });

  it('names a contact e-mail with a bcc query, which every page would link, and says why', () => {
    const { release, problems } = read({ ...good, contact: { phone: '0915-3268123', email: 'gongshi@example.gov.cn?bcc=spy%40evil.example' } });
    expect(release).toBeUndefined();
    expect(problems.map(({ code, field }) => ({ code, field }))).toEqual([{ code: 'invalid-contact', field: 'contact.email' }]);
    expect(problems[0]!.message.zh).toContain('抄送');
  });

  it('names a bidi control in the publisher, shown as ⟨U+202E⟩', () => {
    const { release, problems } = read({ ...good, publisher: '安康市\u202e室公办' });
    expect(release).toBeUndefined();
    expect(problems.map(({ code, field, value }) => ({ code, field, value }))).toEqual([
      { code: 'invisible-character', field: 'publisher', value: '安康市⟨U+202E⟩室公办' },
    ]);
  });

  it('publishes free text without its bidi controls, and warns at each key', () => {
    const { release, problems } = read({
      ...good,
      contact: { ...good.contact, address: '兴安中路\u202e号 1' },
      attributions: ['区划代码', '边界\u2067数据\u2069'],
      note: '\u202e示例',
    });
    expect(release?.contact.address).toBe('兴安中路号 1');
    expect(release?.attributions).toEqual(['区划代码', '边界数据']);
    expect(release?.note).toBe('示例');
    expect(problems.map(({ severity, code, field }) => ({ severity, code, field }))).toEqual([
      { severity: 'warning', code: 'bidi-control-removed', field: 'contact.address' },
      { severity: 'warning', code: 'bidi-control-removed', field: 'attributions.1' },
      { severity: 'warning', code: 'bidi-control-removed', field: 'note' },
    ]);
  });
});
