// The mailto: and tel: links are built from validated values only: one plain mailbox, the digits a phone dials.
import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from '../../src/site/contact-links.ts';

describe('mailtoHref', () => {
  it('links one plain address as it is', () => {
    expect(mailtoHref('gongshi@example.gov.cn')).toBe('mailto:gongshi@example.gov.cn');
    expect(mailtoHref('Fu.Pin_Ban+2025@hanbin.example.gov.cn')).toBe('mailto:Fu.Pin_Ban+2025@hanbin.example.gov.cn');
  });

  it('refuses, rather than links, an address with a query, an escape, a second address or a second @', () => {
    for (const address of ['jubao@example.gov.cn?bcc=spy%40evil.example', 'jubao%40example.gov.cn', 'a@b.cn,c@d.cn', 'a@b@c.cn', 'a@b.cn\u202e', '']) {
      expect(() => mailtoHref(address), address).toThrow(/not one plain e-mail address/);
    }
  });
});

describe('telHref', () => {
  it('dials the digits of a landline or hotline, a landline extension as ;ext=', () => {
    expect(telHref('0915-3268123')).toBe('tel:09153268123');
    expect(telHref('（0915）3268123')).toBe('tel:09153268123');
    expect(telHref('029-88886666-801')).toBe('tel:02988886666;ext=801');
    expect(telHref('12345')).toBe('tel:12345');
    expect(telHref('400-123-4567')).toBe('tel:4001234567');
  });

  it('refuses, rather than links, anything else', () => {
    for (const phone of ['13812345678', '12345?x=1', 'tel:12345', '12345;phone-context=evil', '']) {
      expect(() => telHref(phone), phone).toThrow(/not a landline or public hotline/);
    }
  });
});
