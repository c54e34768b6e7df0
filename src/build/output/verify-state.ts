// What the output verification of one site keeps for the next build's (verify-output.ts --state-out): every file
// and the references it holds, the people it was checked against and who was found where. The next build reuses
// it for the files it hard-links from this site (byte-identical, same site address, same code), so that its
// verification reads only the files it wrote. At 100,000 honorees a site has ~260,000 files and ~5 million
// references: paths are interned once and references are integer arrays, in one v8.serialize file.
//
// The file names unpublished people (to know who is new next time): like the export it came from, it is private
// build state and must never be published.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import type { SiteAddress } from './references.ts';
import type { UnpublishedPeople } from './unpublished-people.ts';
import type { PersonFound } from './verify-files.ts';

export interface VerifyState {
  version: typeof STATE_VERSION;
  /** The verification's code (`verificationCode`): references recorded by other code are not trusted. */
  code: string;
  /** The address references were resolved against. */
  site: SiteAddress;
  /** Who the files were checked against. */
  people: UnpublishedPeople;
  /** Every path and reference target once; `files` and `targets` are indexes into it. */
  strings: string[];
  /** What holds a reference (`href`, `src`, `url()`, a JSON key…): a few dozen names; `vias` are indexes into it. */
  viaNames: string[];
  /** The site's files, sorted by path. */
  files: Uint32Array;
  /** File i's references are `targets`/`vias` [referenceStarts[i], referenceStarts[i + 1]): each target once per file, first holder. */
  referenceStarts: Uint32Array;
  targets: Uint32Array;
  vias: Uint16Array;
  /** People found, by file (empty for a site that was published: they fail the build). */
  found: (PersonFound & { file: string })[];
}

const STATE_VERSION = 1;

/** The sources whose behaviour the recorded references and people depend on. */
const CODE = ['references.ts', 'unpublished-people.ts', 'verify.ts', 'verify-files.ts', 'verify-state.ts', 'site-walk.ts'];
let code: string | undefined;
export function verificationCode(): string {
  code ??= CODE.reduce((hash, file) => hash.update(readFileSync(new URL(`./${file}`, import.meta.url))), createHash('sha256')).digest('hex');
  return code;
}

/** The state in `path`, or undefined when there is none, it cannot be read, or it was written by other code. */
export async function readVerifyState(path: string): Promise<VerifyState | undefined> {
  try {
    const state = deserialize(await readFile(path)) as VerifyState;
    return isUsable(state) ? state : undefined;
  } catch {
    return undefined;
  }
}

export async function writeVerifyState(path: string, state: VerifyState): Promise<void> {
  await writeFile(path, serialize(state));
}

/** A state of this version and code whose arrays agree with each other (a damaged file is not used). */
function isUsable(state: VerifyState): boolean {
  if (state?.version !== STATE_VERSION || state.code !== verificationCode()) return false;
  const { strings, viaNames, files, referenceStarts, targets, vias } = state;
  if (!Array.isArray(strings) || !Array.isArray(viaNames) || ![files, referenceStarts, targets].every((array) => array instanceof Uint32Array) || !(vias instanceof Uint16Array)) return false;
  if (referenceStarts.length !== files.length + 1 || targets.length !== vias.length || referenceStarts[files.length] !== targets.length) return false;
  const within = (array: Uint32Array | Uint16Array, table: readonly string[]) => array.every((id) => id < table.length);
  const people = state.people;
  return within(files, strings) && within(targets, strings) && within(vias, viaNames) && Array.isArray(state.found) && Array.isArray(people?.names) && Array.isArray(people?.revokedIds);
}

/** The people of `now` that `before` did not have: the only ones the reused files must still be searched for. */
export function newPeople(now: UnpublishedPeople, before: UnpublishedPeople): UnpublishedPeople {
  const names = new Set(before.names);
  const ids = new Set(before.revokedIds);
  return { names: now.names.filter((name) => !names.has(name)), revokedIds: now.revokedIds.filter((id) => !ids.has(id)) };
}

/**
 * Strings interned as they come: each gets the next number. A string kept is a copy: a reference found by a regular
 * expression is a slice of its file's whole text, and keeping the slice would keep the text (at 100,000 honorees,
 * the open data files of one batch: ~500 MB).
 */
export class StringTable {
  readonly list: string[] = [];
  readonly #ids = new Map<string, number>();
  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      const copy = ` ${value}`.slice(1);
      id = this.list.push(copy) - 1;
      this.#ids.set(copy, id);
    }
    return id;
  }
}

/** A Uint32Array that grows as numbers are pushed. */
export class GrowingNumbers {
  #array = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.#array.length) {
      const larger = new Uint32Array(this.#array.length * 2);
      larger.set(this.#array);
      this.#array = larger;
    }
    this.#array[this.length++] = value;
  }
  at(index: number): number {
    return this.#array[index]!;
  }
  toArray(): Uint32Array {
    return this.#array.slice(0, this.length);
  }
}
