// People the site must not show: revoked honorees (id and name appear nowhere) and honorees without consent (their
// full name appears nowhere; the masked name 张** does). Made from the export by the prepare step, checked over
// every published file by the output verification.
import type { HonoreeRow } from '../../pipeline/schemas/index.ts';

export interface UnpublishedPeople {
  /** Ids of revoked honorees: only a changelog line that reports the revocation (…已撤销) may carry one. */
  revokedIds: string[];
  /**
   * Full names of revoked and non-consenting honorees, except names a published honoree or a public official
   * named in the export (first secretaries, project leads) also bears, or that lie inside one (张明 inside 张明华):
   * those appear for that person, rightly.
   */
  names: string[];
}

export function unpublishedPeople(
  rows: readonly Pick<HonoreeRow, 'id' | 'name' | 'status' | 'consent'>[],
  officials: Iterable<string | undefined> = [],
): UnpublishedPeople {
  const published = [...rows.filter((row) => row.status !== '已撤销' && row.consent).map((row) => row.name), ...officials].filter((name) => name !== undefined);
  const allowed = new Set<string>();
  for (const name of published) {
    for (let start = 0; start < name.length; start++) for (let end = start + 2; end <= name.length; end++) allowed.add(name.slice(start, end));
  }
  const names = new Set<string>();
  for (const row of rows) {
    if ((row.status === '已撤销' || !row.consent) && [...row.name].length >= 2 && !allowed.has(row.name)) names.add(row.name);
  }
  return {
    revokedIds: rows.filter((row) => row.status === '已撤销').map((row) => row.id).sort(),
    names: [...names].sort(),
  };
}

/** A hit: what was found (never printed whole when it is a name) and where. */
export interface PersonHit {
  kind: 'revoked-id' | 'unpublished-name';
  value: string;
  index: number;
}

/**
 * Finds the people in a file's text read as Latin-1, one character a byte (see verify.ts: decoding UTF-8 into
 * two-byte strings would cost more than the search). Names are looked up by the UTF-8 bytes of their first two
 * characters at each byte that starts a Han character (one hash lookup, no string made: a regular expression of
 * 10,000 alternatives is several times slower), ids by their common prefix.
 *
 * A name counts only where it stands on its own — between markup, quotes, commas, spaces or brackets, as a page,
 * a JSON value or a CSV cell names a person. Inside running Chinese text a two-character name is as often a word
 * (程远 in 工程远景) or a namesake in someone's story, which no check can tell apart: at 100,000 honorees that
 * reading gave 1,553 alarms, none a leak.
 */
export class PeopleMatcher {
  /** Names (UTF-8 bytes as Latin-1) by their first six bytes, as one number. */
  readonly #byPrefix = new Map<number, { bytes: string; name: string }[]>();
  /**
   * Whether a name starts with a character, by its three UTF-8 bytes as one 24-bit number: most Han characters of
   * a text start no name, and a byte table answers that in a nanosecond (16 MB, once per matcher).
   */
  readonly #firsts = new Uint8Array(1 << 24);
  readonly #ids: ReadonlySet<string>;
  /** What every revoked id starts with (ZQ-), to jump from one candidate to the next with indexOf. */
  readonly #idPrefix: string;

  constructor(people: UnpublishedPeople) {
    for (const name of people.names) {
      const bytes = Buffer.from(name, 'utf8').toString('latin1');
      if (bytes.length < 6) continue;
      const key = prefixKey(bytes, 0);
      this.#firsts[Math.floor(key / 0x1000000)] = 1;
      const list = this.#byPrefix.get(key);
      if (list) list.push({ bytes, name });
      else this.#byPrefix.set(key, [{ bytes, name }]);
    }
    this.#ids = new Set(people.revokedIds);
    this.#idPrefix = commonPrefix(people.revokedIds);
  }

  /** Hits in `bytes` (a file read as Latin-1); `index` is a byte offset. */
  find(bytes: string): PersonHit[] {
    const hits: PersonHit[] = [];
    if (this.#byPrefix.size > 0) {
      for (let i = 0; i < bytes.length - 5; i++) {
        const lead = bytes.charCodeAt(i);
        if (lead < 0xe3 || lead > 0xe9) continue;
        if (this.#firsts[(lead << 16) | (bytes.charCodeAt(i + 1) << 8) | bytes.charCodeAt(i + 2)] === 0) {
          i += 2;
          continue;
        }
        const candidates = this.#byPrefix.get(prefixKey(bytes, i));
        if (!candidates) continue;
        for (const { bytes: name, name: value } of candidates) {
          if (bytes.startsWith(name, i) && !hanAt(bytes, i - 3) && !hanAt(bytes, i + name.length)) hits.push({ kind: 'unpublished-name', value, index: i });
        }
      }
    }
    if (this.#ids.size === 0) return hits;
    // An id is a whole token: not inside a longer one (ZQ-2026-00293 is not ZQ-2026-002931).
    const token = /[A-Za-z0-9_.-]+/y;
    for (let at = bytes.indexOf(this.#idPrefix); at !== -1; at = bytes.indexOf(this.#idPrefix, at + 1)) {
      if (at > 0 && /[A-Za-z0-9_.-]/.test(bytes.charAt(at - 1))) continue;
      token.lastIndex = at;
      const id = token.exec(bytes)?.[0]?.replace(/[.-]+$/, '');
      if (id && this.#ids.has(id)) hits.push({ kind: 'revoked-id', value: id, index: at });
    }
    return hits;
  }
}

function prefixKey(bytes: string, at: number): number {
  let key = 0;
  for (let i = at; i < at + 6; i++) key = key * 256 + bytes.charCodeAt(i);
  return key;
}

/** Whether the UTF-8 bytes at `at` (read as Latin-1) encode a Han character (CJK unified ideographs and extension A). */
function hanAt(bytes: string, at: number): boolean {
  if (at < 0 || at + 2 >= bytes.length) return false;
  const [a, b, c] = [bytes.charCodeAt(at), bytes.charCodeAt(at + 1), bytes.charCodeAt(at + 2)];
  if (a < 0xe0 || a > 0xef || (b & 0xc0) !== 0x80 || (c & 0xc0) !== 0x80) return false;
  const code = ((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

const REVOKED = Buffer.from('已撤销', 'utf8').toString('latin1');

/** A changelog line (read as Latin-1) that reports a revocation may name the revoked honoree's id (under the masked name). */
export function reportsRevocation(file: string, line: string): boolean {
  return file.startsWith('data/changes/') && line.includes(REVOKED);
}

/** A name as a problem may print it: the surname and stars, like the masked names on the site. */
export function maskedName(name: string): string {
  return `${[...name][0] ?? ''}${'*'.repeat(Math.max(1, [...name].length - 1))}`;
}
