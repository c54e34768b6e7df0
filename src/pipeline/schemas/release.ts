// release.json: who publishes this export, under which licence, and in which coordinate system.
import { z } from 'zod';
import { hasInvisible, invisibleFault, withoutBidiControls } from '../invisible-characters.ts';
import { emailFault, phoneFault } from './contact.ts';
import { email, isCalendarDate, publicPhone, type CellFault } from './fields.ts';

/** Free text, published without its bidi controls (see `text` in fields.ts). */
const publishedText = z.string().transform(withoutBidiControls).pipe(z.string().trim().min(1));
const optionalText = publishedText.optional();

/** Keys holding free text: published less their bidi controls, which the build warns about. */
export const RELEASE_FREE_TEXT = ['license', 'contact.address', 'attributions', 'note'] as const;

/** Why a key's value is refused, when the key can say more than what it expects. */
export const RELEASE_FAULTS: Record<string, (value: string) => CellFault | undefined> = {
  publisher: invisibleFault,
  'contact.phone': phoneFault,
  'contact.email': emailFault,
};

/**
 * A site's public address as `https://host[:port]` (http too), or undefined when `text` is not one: a path, query,
 * fragment or user name is refused, since the path the site is served under is the build's `--base`.
 */
export function siteOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const plain = (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  return plain && !/[?#]/.test(text) ? url.origin : undefined;
}

export const release = z.object({
  /** Release id: the date of publication, YYYY-MM-DD. */
  release: z.string().refine(isCalendarDate, { message: 'YYYY-MM-DD' }),
  /** Office that publishes the data. */
  publisher: z.string().trim().min(1).refine((value) => !hasInvisible(value)),
  /** Code of the root region (the city). */
  jurisdiction: z.string().regex(/^\d{2,12}$/),
  /** Licence of the data, e.g. CC-BY-4.0. */
  license: publishedText,
  /** Coordinate system of the boundaries; GCJ-02 is converted to WGS-84 at build time. */
  crs: z.enum(['WGS84', 'GCJ02']),
  /** How to reach the publisher: office landline or hotline, mailbox, postal address. */
  contact: z.object({
    phone: publicPhone({ alias: '电话', description: { zh: '电话', en: 'Phone' } }).schema,
    email: email({ alias: '邮箱', description: { zh: '邮箱', en: 'E-mail' } }, false).schema,
    address: optionalText,
  }),
  /** Sources to credit wherever the data is shown, e.g. 「区划代码：国家统计局 统计用区划代码」. */
  attributions: z.array(publishedText).optional(),
  /** True for the bundled sample export: the site then says that people and figures are fictitious. */
  sample: z.boolean().optional(),
  /** A note shown with the release. */
  note: optionalText,
  /**
   * The site's public address, e.g. `https://gongshi.example.gov.cn`: what QR codes on printed notices, embed codes,
   * oEmbed, feeds, canonical links and citations point at. `--site` overrides it; without either the build warns
   * (site-url-missing) and `npm run publish` refuses (site-url-required). Stored as its origin.
   */
  site_url: z
    .string()
    .refine((text) => siteOrigin(text) !== undefined, { message: 'https://host' })
    .transform((text) => siteOrigin(text) ?? text)
    .optional(),
});

export type Release = z.output<typeof release>;
