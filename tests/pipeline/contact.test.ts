// Contact fields are exactly what they claim: one plain mailbox, one landline or public hotline, each refusal named
// at its cell with the reason.
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/pipeline/read-table.ts';
import { dialString, emailFault, isPlainEmail, isPublicPhone, phoneFault } from '../../src/pipeline/schemas/contact.ts';
import { notices } from '../../src/pipeline/schemas/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'id,type,title,issuer,region_code,published_on,period_start,period_end,objection_phone,objection_email,body';
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
const noticeCsv = (phone: string, email: string) => `${HEADER}\nN1,其他,标题,扶贫办,6109,2025-03-01,2025-03-01,2025-03-05,${quote(phone)},${quote(email)},正文\n`;

describe('an objection e-mail is one plain address', () => {
  const planted: [string, string, string][] = [
    ['a bcc query copying every objection to a third party', 'jubao@example.gov.cn?bcc=spy%40evil.example', '「?」'],
    ['a cc query', 'jubao@example.gov.cn?cc=spy@evil.example', '「?」'],
    ['an encoded @', 'jubao%40example.gov.cn', '「%」'],
    ['an encoded ? (%3F)', 'jubao@example.gov.cn%3Fbcc=spy@evil.example', '「%」'],
    ['a second @', 'jubao@spy@evil.example', '不止一个「@」'],
    ['a second address after a comma', 'jubao@example.gov.cn,spy@evil.example', '「,」或「;」'],
    ['a second address after a semicolon', 'jubao@example.gov.cn;spy@evil.example', '「,」或「;」'],
    ['a space inside', 'jubao @example.gov.cn', '空格'],
    ['a mailto: prefix', 'mailto:jubao@example.gov.cn', 'mailto:'],
    ['a quoted local part', '"jubao"@example.gov.cn', '不是一个邮箱地址'],
    ['a display name', '举报 <jubao@example.gov.cn>', '空格'],
    ['no @ at all', 'jubao.example.gov.cn', '没有「@」'],
  ];
  for (const [what, email, reason] of planted) {
    it(`names ${what} at its cell`, () => {
      const { data, problems } = readTable(notices, utf8(noticeCsv('0915-3268123', email)));
      expect(data.rows).toEqual([]);
      expect(problems.map((problem) => [problem.code, problem.field, problem.row])).toEqual([['invalid-contact', 'objection_email', 2]]);
      expect(problems[0]!.message.zh).toContain(reason);
    });
  }

  it('says why a query is dangerous, in both languages', () => {
    const fault = emailFault('jubao@example.gov.cn?bcc=spy%40evil.example');
    expect(fault?.reason.zh).toContain('抄送');
    expect(fault?.reason.en).toContain('copy every objection to someone else');
  });

  it('names an invisible character in an address as one', () => {
    expect(emailFault('jubao@example.gov.cn\u202e')?.code).toBe('invisible-character');
  });

  const plain = ['gongshi@example.gov.cn', 'fpb@ankang.example', 'Fu.Pin_Ban+2025@hanbin.ankang.gov.cn', 'a-b@x-y.cn'];
  it(`accepts ${plain.length} plain addresses`, () => {
    for (const email of plain) {
      expect(isPlainEmail(email), email).toBe(true);
      expect(readTable(notices, utf8(noticeCsv('12345', email))).problems, email).toEqual([]);
    }
  });

  it('refuses a domain without a dot, a dot at either end of the local part, a label starting with a hyphen', () => {
    for (const email of ['a@localhost', '.a@example.cn', 'a.@example.cn', 'a..b@example.cn', 'a@-x.cn', 'a@x.c0m']) {
      expect(isPlainEmail(email), email).toBe(false);
    }
  });
});

describe('an objection phone is a landline or a public hotline', () => {
  const numbers: [string, string][] = [
    ['0915-3268123', '09153268123'],
    ['09153268123', '09153268123'],
    ['(0915)3268123', '09153268123'],
    ['（0915）3268123', '09153268123'],
    ['0915 3268123', '09153268123'],
    ['029-88886666-801', '02988886666;ext=801'],
    ['12345', '12345'],
    ['12317', '12317'],
    ['400-123-4567', '4001234567'],
    ['800-123-4567', '8001234567'],
  ];
  it(`accepts ${numbers.length} landline and hotline shapes and dials only their digits (an extension as ;ext=)`, () => {
    for (const [phone, dialled] of numbers) {
      expect(isPublicPhone(phone), phone).toBe(true);
      expect(dialString(phone), phone).toBe(dialled);
    }
  });

  const planted: [string, string][] = [
    ['a query after the number', '0915-3268123?call=13800000000'],
    ['a tel: prefix', 'tel:12345'],
    ['a second number', '12345,12317'],
    ['a parameter', '12345;phone-context=evil'],
    ['letters', '0915-FUPINBAN'],
    ['a full-width number', '１２３４５'],
  ];
  for (const [what, phone] of planted) {
    it(`names ${what} at its cell`, () => {
      const { problems } = readTable(notices, utf8(noticeCsv(phone, '')));
      expect(problems.map((problem) => [problem.code, problem.field])).toContainEqual(['invalid-contact', 'objection_phone']);
    });
  }

  it('says a mobile number is personal data, and names an invisible character as one', () => {
    expect(phoneFault('138 1234 5678')?.reason.zh).toContain('手机号');
    expect(phoneFault('12345\u200b')?.code).toBe('invisible-character');
    expect(phoneFault('12345\n12317')?.code).toBe('invisible-character');
  });
});
