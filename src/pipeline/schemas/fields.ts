// Field types of export format v1: each cell arrives as text and leaves as a typed value or a failure
// whose expectation reads as a sentence in Chinese and English.
import { z } from 'zod';
import { hasBidiControl, hasInvisible, invisibleFault, withoutBidiControls } from '../invisible-characters.ts';
import type { ProblemCode } from '../problems.ts';
import { emailFault, isPlainEmail, isPublicPhone, phoneFault } from './contact.ts';
import { identifierFault, isIdentifier, type RouteNames } from './identifiers.ts';

export type { RouteNames } from './identifiers.ts';

/** Bilingual text: Chinese first (the publisher's language), English beside it. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Why a cell is refused (or changed), said more precisely than the field's expectation: its problem code and the reason after the value. */
export interface CellFault {
  code: ProblemCode;
  reason: Bilingual;
}

/** The Frictionless Table Schema type a field is published as in datapackage.json. */
export type PublishedType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

/** One column of an export file: its names, documentation and the schema that parses its cell. */
export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  /** Canonical English header. */
  name: string;
  /** Chinese header the publisher may use instead. */
  alias: string;
  /** Whether an empty cell is an error. */
  required: boolean;
  /** What the column holds. */
  description: Bilingual;
  /** What a valid cell looks like, shown when a cell fails. */
  expected: Bilingual;
  /** How the column is typed in datapackage.json. */
  publishedType: PublishedType;
  /** Allowed values, for enumerations. */
  enum?: readonly string[];
  /** What a drop-down list offers for them (the template workbook): each value in Chinese where the export may write it so. */
  choices?: readonly string[];
  /**
   * For free text split into paragraphs by blank lines (stories): in a CSV a single line break stays inside its
   * paragraph, while in an Excel cell each line break (Alt+Enter) starts one — the workbook reader and the template
   * translate. Text without it (notice bodies: every line a paragraph) is taken as written.
   */
  paragraphs?: 'blank-line';
  /** Parses the trimmed cell text (undefined when the cell is empty). */
  schema: S;
  /** Why the schema refuses a trimmed cell, when the field can say more than `expected`: a problem of its own. */
  fault?: (value: string) => CellFault | undefined;
  /** What to tell the publisher about a trimmed cell the schema accepts but changes (free text losing its bidi controls). */
  caution?: (value: string) => CellFault | undefined;
}

interface FieldOptions {
  alias: string;
  description: Bilingual;
}

const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value;

/** The schema of one cell: trims the text, turns an empty cell into undefined, then parses. */
type Cell<S extends z.ZodType, R extends boolean> = z.ZodPipe<
  z.ZodTransform<unknown, unknown>,
  R extends false ? z.ZodOptional<S> : S
>;

/** What some field types add to a spec: the allowed values of an enumeration, the reasons they give. */
type SpecExtras = Pick<FieldSpec, 'enum' | 'choices' | 'fault' | 'caution' | 'paragraphs'>;

function spec<S extends z.ZodType, R extends boolean>(
  options: FieldOptions,
  required: R,
  publishedType: PublishedType,
  expected: Bilingual,
  inner: S,
  extras: SpecExtras = {},
) {
  const schema = (required ? z.preprocess(emptyToUndefined, inner) : z.preprocess(emptyToUndefined, inner.optional())) as Cell<S, R>;
  return {
    alias: options.alias,
    // Widened so the table's field constraint does not feed back into R through inference.
    required: required as boolean,
    description: options.description,
    expected,
    publishedType,
    schema,
    ...extras,
  };
}

/**
 * Free text (titles, stories, notice bodies, addresses). Line breaks inside are kept. Bidirectional controls are
 * removed (with a warning): invisible, they could only reorder the text and what the page shows around it.
 */
export function text<R extends boolean = true>(options: FieldOptions & { maxLength?: number; paragraphs?: 'blank-line' }, required: R = true as R) {
  const max = options.maxLength;
  const expected: Bilingual = max
    ? { zh: `不超过 ${max} 个字的文字`, en: `text of at most ${max} characters` }
    : { zh: '非空文字', en: 'non-empty text' };
  const published = z.string().transform(withoutBidiControls);
  const inner = max ? published.refine((value) => [...value].length <= max) : published;
  return spec(options, required, 'string', expected, inner, { caution: bidiCaution, ...(options.paragraphs ? { paragraphs: options.paragraphs } : {}) });
}

function bidiCaution(value: string): CellFault | undefined {
  return hasBidiControl(value) ? { code: 'bidi-control-removed', reason: BIDI_REMOVED } : undefined;
}

const BIDI_REMOVED: Bilingual = {
  zh: '含有看不见的双向控制符（如 U+202E 从右至左强制），它们会颠倒文字的显示顺序：已删除后再公开。',
  en: 'holds invisible bidi controls (e.g. U+202E RIGHT-TO-LEFT OVERRIDE), which reverse how text is shown: they are removed before publishing.',
};

/**
 * A name: of a person, a place, an office, a project, a category. One line of visible text: bidi controls,
 * zero-width and other invisible or control characters are refused, as they could make a list show another name
 * (`张\u202e三丰abc` shows as 张cba丰三) and make searches for it fail.
 */
export function name<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'string',
    { zh: '一行看得见的文字（不含换行、零宽字符或双向控制符）', en: 'one line of visible text (no line breaks, zero-width characters or bidi controls)' },
    z.string().refine((value) => !hasInvisible(value)),
    { fault: invisibleFault },
  );
}

/**
 * An identifier as given in the export. It is a segment of the site's addresses, so it must be URL-safe, and the
 * primary key of a table with pages must not be one of the names the site uses in that table's folder (`reserved`).
 */
export function identifier<R extends boolean = true>(options: FieldOptions & { reserved?: RouteNames }, required: R = true as R) {
  const { reserved } = options;
  return spec(
    options,
    required,
    'string',
    reserved
      ? {
          zh: `由字母、数字、“-”“_”“.”组成的编号，不能是 ${reserved.names.join('、')}`,
          en: `an id of letters, digits, "-", "_" or ".", none of ${reserved.names.join(', ')}`,
        }
      : { zh: '由字母、数字、“-”“_”“.”组成的编号', en: 'an id of letters, digits, "-", "_" or "."' },
    z.string().refine((value) => isIdentifier(value, reserved)),
    { fault: (value) => identifierFault(value, reserved) },
  );
}

/** A statistical division code (统计用区划代码): 2, 4, 6, 9 or 12 digits. */
export function regionCode<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'string',
    { zh: '统计用区划代码（2、4、6、9 或 12 位数字）', en: 'a division code of 2, 4, 6, 9 or 12 digits' },
    z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/),
    { fault: invisibleFault },
  );
}

/** A calendar date written YYYY-MM-DD that exists (no 2月30日). Kept as the ISO string. */
export function date<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'date',
    { zh: '存在的日期，格式 YYYY-MM-DD', en: 'a date that exists, written YYYY-MM-DD' },
    z.string().refine(isCalendarDate),
  );
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** A year of the campaigns. */
export function year<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'integer',
    { zh: '年份（2000–2100）', en: 'a year between 2000 and 2100' },
    z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(2000).max(2100)),
  );
}

/** A count of people, households or visits: a whole number, never negative. */
export function count<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'integer',
    { zh: '非负整数', en: 'a whole number, not negative' },
    z
      .string()
      .regex(/^\d{1,3}(,\d{3})+$|^\d+$/)
      .transform((value) => Number(value.replaceAll(',', '')))
      // Beyond 2^53 the number would silently change; no count is that large.
      .refine(Number.isSafeInteger),
  );
}

const YUAN = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

/**
 * An amount in yuan with at most two decimals, thousands separators tolerated.
 * Parsed to whole fen (分) so that totals reconcile exactly.
 */
export function yuan<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'number',
    {
      zh: '非负金额（元），最多两位小数，可带千位分隔符',
      en: 'a non-negative amount in yuan, at most two decimals, thousands separators allowed',
    },
    z.string().regex(YUAN).transform(yuanToFen).refine(Number.isSafeInteger),
  );
}

export function yuanToFen(value: string): number {
  const [whole = '0', fraction = ''] = value.replaceAll(',', '').split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** 是/否 (yes/no also accepted), parsed to a boolean. */
export function yesNo<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  const truthy = new Set(['是', 'yes', 'y', 'true', '1']);
  const falsy = new Set(['否', 'no', 'n', 'false', '0']);
  return spec(
    options,
    required,
    'boolean',
    { zh: '“是”或“否”', en: '"是" (yes) or "否" (no)' },
    z
      .string()
      .refine((value) => truthy.has(value.toLowerCase()) || falsy.has(value.toLowerCase()))
      .transform((value) => truthy.has(value.toLowerCase())),
  );
}

/**
 * One of a fixed list of values. `synonyms` maps other accepted spellings (e.g. English) to the
 * canonical value, so `county` and `县` both parse to the same thing.
 */
export function oneOf<const V extends readonly [string, ...string[]], R extends boolean = true>(
  options: FieldOptions & { values: V; synonyms?: Record<string, V[number]> },
  required: R = true as R,
) {
  const { values, synonyms = {} } = options;
  const lookup = new Map<string, V[number]>(values.map((value) => [value, value]));
  for (const [synonym, value] of Object.entries(synonyms)) lookup.set(synonym.toLowerCase(), value);
  const inner = z
    .string()
    .refine((value) => lookup.has(value) || lookup.has(value.toLowerCase()))
    .transform((value) => (lookup.get(value) ?? lookup.get(value.toLowerCase())) as V[number]);
  return spec(
    options,
    required,
    'string',
    { zh: `以下之一：${values.join('、')}`, en: `one of: ${values.join(', ')}` },
    inner,
    {
      enum: values,
      choices: values.map((value) => Object.entries(synonyms).find(([synonym, meant]) => meant === value && /\p{Script=Han}/u.test(synonym))?.[0] ?? value),
    },
  );
}

/**
 * A telephone number people may call to object: a landline (0915-3268123, optional extension) or a
 * public hotline (12317, 12345, 400/800 numbers). Mobile numbers are personal data and are refused.
 * The site dials it through a tel: link built from the validated value (src/site/contact-links.ts).
 */
export function publicPhone<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'string',
    {
      zh: '固定电话（如 0915-3268123）或公共服务热线（如 12317、12345），不得为手机号',
      en: 'a landline (e.g. 0915-3268123) or a public hotline (e.g. 12317, 12345), never a mobile number',
    },
    z.string().refine(isPublicPhone),
    { fault: phoneFault },
  );
}

/**
 * An e-mail address for objections (an office mailbox): one plain address, as it becomes a mailto: link. A query
 * (`?bcc=…`), an escape, a second address or a second `@` is refused (src/pipeline/schemas/contact.ts).
 */
export function email<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'string',
    { zh: '一个电子邮箱地址，如 gongshi@example.gov.cn（不带 ? 及其后的参数）', en: 'one e-mail address, e.g. gongshi@example.gov.cn (no ? or anything after it)' },
    z.string().refine(isPlainEmail),
    { fault: emailFault },
  );
}

/** A file name inside the export's photos/ folder. */
export function photoFile<R extends boolean = true>(options: FieldOptions, required: R = true as R) {
  return spec(
    options,
    required,
    'string',
    { zh: 'photos/ 文件夹中的 JPEG、PNG 或 WebP 文件名', en: 'a JPEG, PNG or WebP file name in photos/' },
    z.string().regex(/^[^/\\]+\.(jpe?g|png|webp)$/i).refine((value) => !hasInvisible(value)),
    { fault: invisibleFault },
  );
}

/** A field before its table gives it a name. */
export type UnnamedField = Omit<FieldSpec, 'name'>;

/** An export CSV file: its name, what it holds, its fields and the row schema built from them. */
export interface TableSpec<F extends Record<string, UnnamedField>> {
  /** File name inside the export folder. */
  file: string;
  /** Title in datapackage.json and in reports. */
  title: Bilingual;
  /** What one row is. */
  description: Bilingual;
  /** Column whose values must be unique, if any. */
  primaryKey: (keyof F & string) | undefined;
  /** Columns whose values name a row in problems, beside its row in Excel: the primary key unless the table says. */
  recordKey: readonly (keyof F & string)[];
  /** Whether the export may leave the file out: an absent optional table is an empty one, not a problem. */
  optional: boolean;
  /** The columns in published order, each named by its key. */
  fields: { [K in keyof F]: F[K] & { name: K & string } };
  /** Parses one row whose cells are keyed by canonical field name. */
  row: z.ZodObject<{ [K in keyof F]: F[K]['schema'] }>;
}

/** Declares an export file; each field is named by its key, which is its canonical English header. */
export function defineTable<const F extends Record<string, UnnamedField>>(table: {
  file: string;
  title: Bilingual;
  description: Bilingual;
  primaryKey?: keyof F & string;
  /** For tables without a primary key: what people call a row (fund lines: the project; yearly tables: place and year). */
  recordKey?: readonly (keyof F & string)[];
  /** An export may leave the file out (added after format v1 was first published: older exports stay valid). */
  optional?: boolean;
  fields: F;
}): TableSpec<F> {
  const fields = Object.fromEntries(
    Object.entries(table.fields).map(([name, field]) => [name, { ...field, name }]),
  ) as TableSpec<F>['fields'];
  const shape = Object.fromEntries(
    Object.entries(table.fields).map(([name, field]) => [name, field.schema]),
  ) as { [K in keyof F]: F[K]['schema'] };
  const recordKey = table.recordKey ?? (table.primaryKey !== undefined ? [table.primaryKey] : []);
  return { ...table, fields, primaryKey: table.primaryKey, recordKey, optional: table.optional ?? false, row: z.object(shape) };
}

/** The parsed row type of a table. */
export type RowOf<T extends TableSpec<Record<string, UnnamedField>>> = z.output<T['row']>;
