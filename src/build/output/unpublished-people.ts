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
  /** Names by their first four UTF-8 bytes (`nameKey`): a small number, so the map's lookup is cheap. */
  readonly #byPrefix = new Map<number, Name[]>();
  /**
   * Whether a name starts with a character, by its three UTF-8 bytes (lead E3–E9, two continuation bytes: where
   * Han characters are): most Han characters of a text start no name, and a 28 KB table answers that from the
   * processor's cache.
   */
  readonly #firsts = new Uint8Array(7 << 12);
  /** A few names (the people new to the set since the last build) are each found faster by indexOf. */
  readonly #few: Name[] | undefined;
  readonly #ids: ReadonlySet<string>;
  /**
   * What the revoked ids start with (ZQ-; GB- for cadres), to jump from one candidate to the next with indexOf: one
   * prefix per first character, never empty (an empty one would find a place at every character, and loop at the end).
   */
  readonly #idPrefixes: string[];

  constructor(people: UnpublishedPeople) {
    const names: Name[] = [];
    for (const value of people.names) {
      const bytes = Buffer.from(value, 'utf8');
      // Found only from a Han character's lead byte: a name of one character, or not starting with one, never is.
      if (bytes.length < 6 || bytes[0]! < 0xe3 || bytes[0]! > 0xe9) continue;
      const name = { bytes: new Uint8Array(bytes), latin1: bytes.toString('latin1'), value };
      names.push(name);
      this.#firsts[firstIndex(bytes, 0)] = 1;
      const key = nameKey(bytes, 0);
      const list = this.#byPrefix.get(key);
      if (list) list.push(name);
      else this.#byPrefix.set(key, [name]);
    }
    this.#few = names.length <= FEW_NAMES ? names : undefined;
    this.#ids = new Set(people.revokedIds.filter((id) => id !== ''));
    this.#idPrefixes = idPrefixes([...this.#ids]);
  }

  /**
   * Hits in `text` (a file read as Latin-1, one character a byte), every occurrence: names by place, then ids;
   * `index` is a byte offset. `bytes` are the same bytes, if the caller has them: a walk over bytes is twice as
   * fast as over a string's characters.
   */
  find(text: string, bytes: Uint8Array = Buffer.from(text, 'latin1')): PersonHit[] {
    const hits: PersonHit[] = [];
    const add = ({ bytes: name, value }: Name, i: number) => {
      if (!hanAt(bytes, i - 3) && !hanAt(bytes, i + name.length)) hits.push({ kind: 'unpublished-name', value, index: i });
    };
    if (this.#few) {
      for (const name of this.#few) for (let at = text.indexOf(name.latin1); at !== -1; at = text.indexOf(name.latin1, at + 1)) add(name, at);
      // In the walk's order (stable: names at one place in the set's order).
      hits.sort((a, b) => a.index - b.index);
    } else if (this.#byPrefix.size > 0) {
      const end = bytes.length - 5;
      // Four bytes at a time through ASCII (three quarters of a page: markup), which starts no name.
      const shift = bytes.byteOffset & 3;
      const words = new Uint32Array(bytes.buffer, bytes.byteOffset - shift, (bytes.length + shift) >> 2);
      for (let i = 0; i < end; i++) {
        if (((i + shift) & 3) === 0) {
          while (i < end && (words[(i + shift) >> 2]! & 0x80808080) === 0) i += 4;
          if (i >= end) break;
        }
        const lead = bytes[i]!;
        if (lead < 0xe3 || lead > 0xe9) continue;
        const first = firstIndex(bytes, i);
        // Two continuation bytes follow (not a name's start, which is a lead byte): skip them. A broken sequence
        // is not skipped, so that a name right after a stray lead byte is still found.
        if (first < 0) continue;
        if (this.#firsts[first] === 0) {
          i += 2;
          continue;
        }
        const candidates = this.#byPrefix.get(nameKey(bytes, i));
        if (!candidates) continue;
        for (const name of candidates) if (bytesAt(bytes, name.bytes, i)) add(name, i);
      }
    }
    if (this.#ids.size === 0) return hits;
    // An id is a whole token: not inside a longer one (ZQ-2026-00293 is not ZQ-2026-002931).
    const token = /[A-Za-z0-9_.-]+/y;
    const ids: PersonHit[] = [];
    for (const prefix of this.#idPrefixes) {
      for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
        if (at > 0 && /[A-Za-z0-9_.-]/.test(text.charAt(at - 1))) continue;
        token.lastIndex = at;
        const id = token.exec(text)?.[0]?.replace(/[.-]+$/, '');
        if (id && this.#ids.has(id)) ids.push({ kind: 'revoked-id', value: id, index: at });
      }
    }
    // Prefixes start with different characters: no place is found twice.
    if (this.#idPrefixes.length > 1) ids.sort((a, b) => a.index - b.index);
    return [...hits, ...ids];
  }
}

/** A name to find: its UTF-8 bytes, the same as a Latin-1 string (for indexOf), and the name. */
interface Name {
  bytes: Uint8Array;
  latin1: string;
  value: string;
}

/** Up to this many names, one indexOf per name beats the walk (measured at 100,000 honorees: one name 0.4 ns a byte, four 1.3; the walk 0.7–1.1). */
const FEW_NAMES = 2;

/** The index in PeopleMatcher's table of the three bytes at `at` (a lead byte E3–E9 and two continuation bytes), or -1. */
function firstIndex(bytes: Uint8Array, at: number): number {
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return -1;
  return ((bytes[at]! - 0xe3) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
}

/** A name's first character (firstIndex) and its second's first two bytes, as a small integer; names that share it are told apart by bytesAt. */
function nameKey(bytes: Uint8Array, at: number): number {
  return (firstIndex(bytes, at) << 14) | ((bytes[at + 3]! & 0x3f) << 8) | bytes[at + 4]!;
}

function bytesAt(bytes: Uint8Array, name: Uint8Array, at: number): boolean {
  if (at + name.length > bytes.length) return false;
  for (let i = 0; i < name.length; i++) if (bytes[at + i] !== name[i]) return false;
  return true;
}

/** Whether the UTF-8 bytes at `at` encode a Han character (CJK unified ideographs and extension A). */
function hanAt(bytes: Uint8Array, at: number): boolean {
  if (at < 0 || at + 2 >= bytes.length) return false;
  const a = bytes[at]!;
  const b = bytes[at + 1]!;
  const c = bytes[at + 2]!;
  if (a < 0xe0 || a > 0xef || (b & 0xc0) !== 0x80 || (c & 0xc0) !== 0x80) return false;
  const code = ((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** The longest common prefix of the ids that start with each character. */
function idPrefixes(ids: readonly string[]): string[] {
  const prefixes = new Map<string, string>();
  for (const id of ids) {
    let prefix = prefixes.get(id[0]!) ?? id;
    while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
    prefixes.set(id[0]!, prefix);
  }
  return [...prefixes.values()];
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
