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
 * Finds the people in a text. Names are looked up by their first two characters at each CJK character of the
 * text (one hash lookup a character: a regular expression of 10,000 alternatives is several times slower), ids
 * by their fixed prefix.
 */
export class PeopleMatcher {
  readonly #byPrefix = new Map<string, string[]>();
  readonly #ids: ReadonlySet<string>;
  /** What every revoked id starts with (ZQ-), to jump from one candidate to the next with indexOf. */
  readonly #idPrefix: string;

  constructor(people: UnpublishedPeople) {
    for (const name of people.names) {
      const key = name.slice(0, 2);
      const list = this.#byPrefix.get(key);
      if (list) list.push(name);
      else this.#byPrefix.set(key, [name]);
    }
    this.#ids = new Set(people.revokedIds);
    this.#idPrefix = commonPrefix(people.revokedIds);
  }

  find(text: string): PersonHit[] {
    const hits: PersonHit[] = [];
    if (this.#byPrefix.size > 0) {
      for (let i = 0; i < text.length - 1; i++) {
        if (text.charCodeAt(i) < 0x3400) continue;
        const candidates = this.#byPrefix.get(text.slice(i, i + 2));
        if (!candidates) continue;
        for (const name of candidates) if (text.startsWith(name, i)) hits.push({ kind: 'unpublished-name', value: name, index: i });
      }
    }
    if (this.#ids.size === 0) return hits;
    // An id is a whole token: not inside a longer one (ZQ-2026-00293 is not ZQ-2026-002931).
    const token = /[A-Za-z0-9_.-]+/y;
    for (let at = text.indexOf(this.#idPrefix); at !== -1; at = text.indexOf(this.#idPrefix, at + 1)) {
      if (at > 0 && /[A-Za-z0-9_.-]/.test(text.charAt(at - 1))) continue;
      token.lastIndex = at;
      const id = token.exec(text)?.[0]?.replace(/[.-]+$/, '');
      if (id && this.#ids.has(id)) hits.push({ kind: 'revoked-id', value: id, index: at });
    }
    return hits;
  }
}

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** A changelog line that reports a revocation may name the revoked honoree's id (under the masked name). */
export function reportsRevocation(file: string, line: string): boolean {
  return file.startsWith('data/changes/') && line.includes('已撤销');
}

/** A name as a problem may print it: the surname and stars, like the masked names on the site. */
export function maskedName(name: string): string {
  return `${[...name][0] ?? ''}${'*'.repeat(Math.max(1, [...name].length - 1))}`;
}
