// release.json: who publishes this export, under which licence, and in which coordinate system.
import { z } from 'zod';
import { email, isCalendarDate, publicPhone } from './fields.ts';

const optionalText = z.string().trim().min(1).optional();

export const release = z.object({
  /** Release id: the date of publication, YYYY-MM-DD. */
  release: z.string().refine(isCalendarDate, { message: 'YYYY-MM-DD' }),
  /** Office that publishes the data. */
  publisher: z.string().trim().min(1),
  /** Code of the root region (the city). */
  jurisdiction: z.string().regex(/^\d{2,12}$/),
  /** Licence of the data, e.g. CC-BY-4.0. */
  license: z.string().trim().min(1),
  /** Coordinate system of the boundaries; GCJ-02 is converted to WGS-84 at build time. */
  crs: z.enum(['WGS84', 'GCJ02']),
  /** How to reach the publisher: office landline or hotline, mailbox, postal address. */
  contact: z.object({
    phone: publicPhone({ alias: '电话', description: { zh: '电话', en: 'Phone' } }).schema,
    email: email({ alias: '邮箱', description: { zh: '邮箱', en: 'E-mail' } }, false).schema,
    address: optionalText,
  }),
  /** Sources to credit wherever the data is shown, e.g. 「区划代码：国家统计局 统计用区划代码」. */
  attributions: z.array(z.string().trim().min(1)).optional(),
  /** True for the bundled sample export: the site then says that people and figures are fictitious. */
  sample: z.boolean().optional(),
  /** A note shown with the release. */
  note: optionalText,
});

export type Release = z.output<typeof release>;
