// The output verification's work on each file, on a worker thread a batch of folders at a time: every file listed,
// the references of each file read afresh, and the people found in it. Files reused from the previous build keep
// the references the previous verification recorded (verify-state.ts) and are only searched for people new to the
// set since then, with a matcher of those people alone.
import { join } from 'node:path';
import { problem } from '../../pipeline/problems.ts';
import type { Problem } from '../../pipeline/report.ts';
import { extractReferences, type SiteAddress } from './references.ts';
import { BINARY_EXTENSIONS, extension, readSiteFile, walkUnits, type ScanUnit } from './site-walk.ts';
import { StringTable } from './verify-state.ts';
import { maskedName, PeopleMatcher, reportsRevocation, type PersonHit, type UnpublishedPeople } from './unpublished-people.ts';

export interface VerifyInput {
  site: SiteAddress;
  /** Who must appear in no file. */
  people: UnpublishedPeople;
}

/** What each worker is given once: the input, and which files to take from the previous verification. */
export interface VerifyWork extends VerifyInput {
  /** Files of the site hard-linked from the previous build, whose references the previous state holds. */
  reused: readonly string[];
  /** People in `people` that the previous build did not look for: searched for in the reused files too. */
  newPeople: UnpublishedPeople;
}

/** A person found in a file: the problem, and who it is about (`kind:value`), so the next build knows whether it still counts. */
export interface PersonFound {
  person: string;
  problem: Problem;
}

/**
 * What one batch of folders yields. References are numbers into the batch's own string table, so that millions of
 * them cross from the worker as a few typed arrays.
 */
export interface BatchResult {
  /** Every file, relative, with "/". */
  files: string[];
  /** 1 where the file's references were read here, 0 where they come from the previous state. */
  fresh: Uint8Array;
  /** How many references each file has here (0 for reused and binary files), in `targets` and `vias` one after the other. */
  referenceCounts: Uint32Array;
  targets: Uint32Array;
  vias: Uint32Array;
  strings: string[];
  found: (PersonFound & { file: string })[];
}

/** Pagefind's own folders: their files are found by Pagefind's script through its manifests, not by our pages. */
export const SEARCH_INDEX = 'pagefind/';

export function verifyUnits(root: string, units: readonly ScanUnit[], work: VerifyWork): BatchResult {
  const { reused, matcher, newMatcher, newNeedles } = contextFor(work);
  const files: string[] = [];
  const fresh: number[] = [];
  const counts: number[] = [];
  const targets: number[] = [];
  const vias: number[] = [];
  const strings = new StringTable();
  const found: BatchResult['found'] = [];
  walkUnits(root, units, (path) => {
    files.push(path);
    const isReused = reused.has(path);
    fresh.push(isReused ? 0 : 1);
    const before = targets.length;
    const searched = isReused ? newMatcher : matcher;
    if (searched && !BINARY_EXTENSIONS.has(extension(path))) {
      const bytes = readSiteFile(join(root, path));
      // A PNG under another name is not text; a reused file without the bytes of any new person's name or id has
      // none of them (a search of the raw bytes, before any string is made).
      const skip = isReused && newNeedles !== undefined && !newNeedles.some((needle) => bytes.includes(needle));
      if (!skip && !(bytes[0] === 0x89 && bytes[1] === 0x50)) {
        // One character a byte: several times cheaper than decoding UTF-8, and what is searched for is ASCII (links,
        // ids) or matched as UTF-8 bytes (names); a reference holding other characters is decoded when found.
        const text = bytes.toString('latin1');
        if (!isReused && !path.startsWith(SEARCH_INDEX)) {
          const seen = new Set<string>();
          for (const { target, via } of extractReferences(path, text, work.site)) {
            if (seen.has(target)) continue;
            seen.add(target);
            targets.push(strings.id(target));
            vias.push(strings.id(via));
          }
        }
        for (const person of peopleFound(searched, path, text, bytes)) found.push({ file: path, ...person });
      }
    }
    counts.push(targets.length - before);
  });
  return {
    files,
    fresh: Uint8Array.from(fresh),
    referenceCounts: Uint32Array.from(counts),
    targets: Uint32Array.from(targets),
    vias: Uint32Array.from(vias),
    strings: strings.list,
    found,
  };
}

/** The matchers and the set of reused files, made once per worker (and again only for other work). */
let context: { work: VerifyWork; reused: ReadonlySet<string>; matcher: PeopleMatcher; newMatcher: PeopleMatcher | undefined; newNeedles: Buffer[] | undefined } | undefined;
function contextFor(work: VerifyWork) {
  if (context?.work !== work) {
    const needles = [...work.newPeople.names, ...work.newPeople.revokedIds].map((value) => Buffer.from(value, 'utf8'));
    context = {
      work,
      reused: new Set(work.reused),
      matcher: new PeopleMatcher(work.people),
      newMatcher: needles.length > 0 ? new PeopleMatcher(work.newPeople) : undefined,
      // A few people: one search of the bytes each rules out most files at memory speed.
      newNeedles: needles.length > 0 && needles.length <= NEEDLES ? needles : undefined,
    };
  }
  return context;
}

/** Up to this many new people, reused files are first searched for their bytes. */
const NEEDLES = 8;

/** Who `matcher` finds in a file (its text read as Latin-1, and its bytes), as problems. */
export function peopleFound(matcher: PeopleMatcher, file: string, text: string, bytes?: Uint8Array): PersonFound[] {
  const found: PersonFound[] = [];
  for (const hit of matcher.find(text, bytes)) {
    const lineStart = text.lastIndexOf('\n', hit.index) + 1;
    const lineEnd = text.indexOf('\n', hit.index);
    if (hit.kind === 'revoked-id' && reportsRevocation(file, text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) continue;
    const line = countLines(text, hit.index);
    // The text is UTF-8 read as Latin-1: count the line's characters, not its bytes.
    const column = Buffer.from(text.slice(lineStart, hit.index), 'latin1').toString('utf8').length + 1;
    found.push({ person: personKey(hit), problem: personProblem(hit, file, line, column) });
  }
  return found;
}

/** Who a hit is about, as the state keeps it: `revoked-id:ZQ-1` or `unpublished-name:王建国`. */
export function personKey({ kind, value }: Pick<PersonHit, 'kind' | 'value'>): string {
  return `${kind}:${value}`;
}

function personProblem(hit: PersonHit, file: string, line: number, column: number): Problem {
  return problem(
    hit.kind === 'revoked-id'
      ? {
          code: 'output-unpublished-person',
          file,
          line,
          column,
          value: hit.value,
          message: {
            zh: `已撤销表彰的人物（编号 ${hit.value}）出现在此文件中：撤销的表彰不得出现在任何文件中（更新日志中的「已表彰 → 已撤销」除外）。`,
            en: `The revoked honoree ${hit.value} appears here: a revoked honour appears in no file (except as 已表彰 → 已撤销 in the changelog).`,
          },
        }
      : {
          code: 'output-unpublished-person',
          file,
          line,
          column,
          value: maskedName(hit.value),
          message: {
            zh: `未同意公开或已撤销的人物的全名（${maskedName(hit.value)}）出现在此文件中。`,
            en: `The full name of an honoree who did not consent or was revoked (${maskedName(hit.value)}) appears here.`,
          },
        },
  );
}

function countLines(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
