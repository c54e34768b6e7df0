// Contact fields are exactly what they claim: one plain mailbox, one office landline or public hotline. Each refusal
// says why, and the site builds its mailto: and tel: links from values that passed here.
import { invisibleFault } from '../invisible-characters.ts';
import type { Bilingual } from '../report.ts';
import type { CellFault } from './fields.ts';

/**
 * One mailbox, nothing else: a dot-separated local part of letters, digits, `_`, `+`, `-`, then `@` and a domain
 * ending in a letter TLD. No `?` (in a mailto: link what follows becomes cc, bcc or a body), no `%`-escape, no
 * second `@`, no space, comma or semicolon (more recipients), no quotes or comments.
 */
const PLAIN_EMAIL = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isPlainEmail(value: string): boolean {
  const at = value.indexOf('@');
  return value.length <= 254 && at >= 1 && at <= 64 && PLAIN_EMAIL.test(value);
}

/** Why `value` is not one plain e-mail address, or undefined when it is one. */
export function emailFault(value: string): CellFault | undefined {
  if (isPlainEmail(value)) return undefined;
  const invisible = invisibleFault(value);
  if (invisible) return invisible;
  return { code: 'invalid-contact', reason: emailReason(value) };
}

function emailReason(value: string): Bilingual {
  const ats = value.split('@').length - 1;
  if (/^mailto:/i.test(value)) return { zh: '以「mailto:」开头：只填邮箱地址本身。', en: 'starts with "mailto:": give the address alone.' };
  if (value.includes('?')) {
    return {
      zh: '含有「?」：在邮件链接中，「?」之后的内容会变成抄送、密送或正文，例如 ?bcc= 会把每封异议邮件抄送给别人。只填一个邮箱地址。',
      en: 'holds "?": in a mail link whatever follows it becomes cc, bcc or a body, so ?bcc= would copy every objection to someone else. Give one address.',
    };
  }
  if (value.includes('%')) return { zh: '含有「%」转义（如 %40 即 @）：邮箱地址中不能有转义。', en: 'holds a "%" escape (%40 is @): an address holds no escapes.' };
  if (/[,;]/.test(value)) return { zh: '含有「,」或「;」：只能填一个邮箱地址。', en: 'holds "," or ";": give one address only.' };
  if (/\s/.test(value)) return { zh: '含有空格。', en: 'holds a space.' };
  if (ats > 1) return { zh: '含有不止一个「@」。', en: 'holds more than one "@".' };
  if (ats === 0) return { zh: '没有「@」。', en: 'has no "@".' };
  return {
    zh: '不是一个邮箱地址（形如 gongshi@example.gov.cn，只用字母、数字和 . _ + -）。',
    en: 'is not an e-mail address (like gongshi@example.gov.cn, of letters, digits and . _ + -).',
  };
}

/** Spaces and brackets people write in phone numbers: 0915 3268123, (0915)3268123, （0915）3268123. */
const PHONE_LAYOUT = /[ \u3000()（）]/g;
/** A landline with its area code and an optional extension: 0915-3268123, 029-88886666-801. */
const LANDLINE = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/;
/** A 5-digit public service hotline: 12317, 12345, 12320 … */
const HOTLINE = /^1\d{4}$/;
/** A 400 or 800 service number: 400-123-4567. */
const SERVICE_NUMBER = /^([48]00)-?(\d{3})-?(\d{4})$/;

/**
 * A number people may call to object: a landline (0915-3268123, optional extension) or a public hotline (12317,
 * 12345, 400/800 numbers). Mobile numbers are personal data and are refused.
 */
export function isPublicPhone(value: string): boolean {
  return dialString(value) !== undefined;
}

/** What a phone dials: its digits, and a landline's extension as `;ext=` (RFC 3966); undefined when not a public phone. */
export function dialString(value: string): string | undefined {
  const compact = value.replace(PHONE_LAYOUT, '');
  const landline = LANDLINE.exec(compact);
  if (landline) return `${landline[1]}${landline[2]}${landline[3] ? `;ext=${landline[3]}` : ''}`;
  if (HOTLINE.test(compact)) return compact;
  const service = SERVICE_NUMBER.exec(compact);
  return service ? `${service[1]}${service[2]}${service[3]}` : undefined;
}

/** Why `value` is not a landline or public hotline, or undefined when it is one. */
export function phoneFault(value: string): CellFault | undefined {
  if (isPublicPhone(value)) return undefined;
  const invisible = invisibleFault(value);
  if (invisible) return invisible;
  if (/^(?:\+?86)?1[3-9]\d{9}$/.test(value.replace(/[\s-]/g, ''))) {
    return {
      code: 'invalid-contact',
      reason: { zh: '是手机号：手机号是个人信息，请填单位的固定电话或公共服务热线。', en: "is a mobile number, which is personal data: give the office's landline or a public hotline." },
    };
  }
  return {
    code: 'invalid-contact',
    reason: {
      zh: '不是固定电话（如 0915-3268123）或公共服务热线（如 12345、400-123-4567）的写法：只能有数字、区号后的「-」和分机号。',
      en: 'is not written as a landline (e.g. 0915-3268123) or a public hotline (e.g. 12345, 400-123-4567): digits only, a "-" after the area code and an extension.',
    },
  };
}
