// The output verification: the finished site checked as a whole before it is swapped in. Every internal reference
// resolves to a file of the output, every file is referenced by a page, feed or manifest, and the people the site
// must not show appear in no file. Files are read on worker threads, a batch of folders at a time
// (verify-files.ts). An incremental build's files hard-linked from the previous site are not read again: their
// references come from the previous verification's state (verify-state.ts), and they are searched only for people
// new to the set; the checks over the whole — broken references, orphans — always run over every file, so the
// problems are those a full verification of the same folder finds.
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { problem } from '../../pipeline/problems.ts';
import type { Problem } from '../../pipeline/report.ts';
import { servedFile, type SiteAddress } from './references.ts';
import { onWorkers, topUnits } from './site-walk.ts';
import { personKey, SEARCH_INDEX, verifyUnits, type BatchResult, type PersonFound, type VerifyInput, type VerifyWork } from './verify-files.ts';
import { GrowingNumbers, newPeople, StringTable, verificationCode, type VerifyState } from './verify-state.ts';

export type { VerifyInput } from './verify-files.ts';

export interface VerifyOptions {
  /** Worker threads; defaults to the machine's cores (at most 4). 0 verifies on this thread. */
  workers?: number;
  /** The previous build's verification state, if any: without it (or for another site address) every file is read. */
  previous?: VerifyState | undefined;
  /** Files of this site (relative, with "/") hard-linked unchanged from the site `previous` describes. */
  reused?: readonly string[];
}

export interface VerifyResult {
  problems: Problem[];
  /** Bundler assets no page refers to, removed. */
  unusedAssets: string[];
  /** This site's state, for the next build (unused assets left out). */
  state: VerifyState;
  /** How many files' references came from the previous state, and why none did when one was given. */
  reusedFiles: number;
  previousIgnored?: string;
}

/** Files that no page links to by design: the server's error page and headers, crawlers' files. */
const UNREFERENCED_BY_DESIGN = new Set(['404.html', '_headers', 'robots.txt', 'favicon.ico']);

/**
 * The bundler's assets for a route that made no page (a list with no filter values in a small export): nothing can
 * fetch them, so they are removed rather than reported. Every other unreferenced file is a problem.
 */
const BUNDLER_ASSETS = '_astro/';

export async function verifyOutput(dir: string, input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const { previous, previousIgnored } = usablePrevious(options.previous, input.site);
  const previousFiles = new Map<string, number>();
  if (previous) previous.files.forEach((id, index) => previousFiles.set(previous.strings[id]!, index));
  const work: VerifyWork = {
    ...input,
    // A file the previous state does not list is read like a new one.
    reused: previous ? (options.reused ?? []).filter((file) => previousFiles.has(file)) : [],
    newPeople: previous ? newPeople(input.people, previous.people) : { names: [], revokedIds: [] },
  };
  const units = topUnits(dir);
  const workers = options.workers ?? Math.min(availableParallelism(), 4);
  const batches =
    workers <= 0 ? [verifyUnits(dir, units, work)] : await onWorkers<BatchResult>(new URL('./verify-worker.ts', import.meta.url), dir, units, workers, work);

  const site = combine(batches, previous, previousFiles);
  // Who the previous verification found in a reused file still counts while that person is still unpublished.
  const still = new Set([...input.people.names.map((value) => personKey({ kind: 'unpublished-name', value })), ...input.people.revokedIds.map((value) => personKey({ kind: 'revoked-id', value }))]);
  const reusedSet = new Set(work.reused);
  const found = sortFound([
    ...batches.flatMap((batch) => batch.found),
    ...(previous?.found ?? []).filter((hit) => reusedSet.has(hit.file) && still.has(hit.person) && site.index.has(hit.file)),
  ]);
  const { problems, unused } = checkReferences(site, input.site);
  await Promise.all([...unused].map((index) => rm(join(dir, site.paths[index]!))));
  const unusedAssets = [...unused].map((index) => site.paths[index]!);
  const removed = new Set(unusedAssets);
  return {
    problems: [...found.map((hit) => hit.problem), ...problems],
    unusedAssets,
    state: stateOf(site, unused, input, found.filter((hit) => !removed.has(hit.file))),
    reusedFiles: batches.reduce((count, batch) => count + batch.fresh.length - batch.fresh.reduce((sum, fresh) => sum + fresh, 0), 0),
    ...(previousIgnored ? { previousIgnored } : {}),
  };
}

function usablePrevious(previous: VerifyState | undefined, site: SiteAddress): { previous?: VerifyState; previousIgnored?: string } {
  if (!previous) return {};
  if (previous.code !== verificationCode()) return { previousIgnored: 'the verification code changed' };
  if (previous.site.origin !== site.origin || previous.site.base !== site.base) return { previousIgnored: 'the site address changed' };
  return { previous };
}

/** Every file of the site, sorted by path, with its references as numbers into one table. */
interface SiteReferences {
  strings: StringTable;
  /** Files sorted by path, their string ids, and their index by path. */
  paths: string[];
  ids: Uint32Array;
  index: Map<string, number>;
  starts: Uint32Array;
  targets: Uint32Array;
  vias: Uint32Array;
}

/** The batches' files and references, and the previous state's for reused files, in one table sorted by path. */
function combine(batches: readonly BatchResult[], previous: VerifyState | undefined, previousFiles: ReadonlyMap<string, number>): SiteReferences {
  const strings = new StringTable();
  // Each file, where its references are: a batch's (from `start`) or, with batch -1, the previous state's file `start`.
  const files: { path: string; batch: number; start: number; count: number }[] = [];
  const locals = batches.map((batch, b) => {
    let at = 0;
    batch.files.forEach((path, file) => {
      const count = batch.referenceCounts[file]!;
      if (batch.fresh[file] === 1) {
        files.push({ path, batch: b, start: at, count });
      } else {
        const index = previousFiles.get(path)!;
        files.push({ path, batch: -1, start: index, count: previous!.referenceStarts[index + 1]! - previous!.referenceStarts[index]! });
      }
      at += count;
    });
    return batch.strings.map((value) => strings.id(value));
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const fromPrevious = new Int32Array(previous?.strings.length ?? 0).fill(-1);
  const previousId = (id: number) => {
    if (fromPrevious[id] === -1) fromPrevious[id] = strings.id(previous!.strings[id]!);
    return fromPrevious[id]!;
  };
  const previousVia = (previous?.viaNames ?? []).map((name) => strings.id(name));
  const total = files.reduce((sum, file) => sum + file.count, 0);
  const targets = new Uint32Array(total);
  const vias = new Uint32Array(total);
  const starts = new Uint32Array(files.length + 1);
  let next = 0;
  files.forEach(({ batch: b, start, count }, file) => {
    starts[file] = next;
    const batch = batches[b];
    if (batch) {
      const local = locals[b]!;
      for (let i = start; i < start + count; i++, next++) {
        targets[next] = local[batch.targets[i]!]!;
        vias[next] = local[batch.vias[i]!]!;
      }
    } else {
      const from = previous!.referenceStarts[start]!;
      for (let i = from; i < from + count; i++, next++) {
        targets[next] = previousId(previous!.targets[i]!);
        vias[next] = previousVia[previous!.vias[i]!]!;
      }
    }
  });
  starts[files.length] = next;
  const paths = files.map((file) => file.path);
  return { strings, paths, ids: Uint32Array.from(paths, (path) => strings.id(path)), index: new Map(paths.map((path, file) => [path, file])), starts, targets, vias };
}

/**
 * Broken references (each target once, named at the first file by path that holds it) and orphans, over every
 * file; unreferenced bundler assets are returned to be removed.
 */
function checkReferences(site: SiteReferences, address: SiteAddress): { problems: Problem[]; unused: Set<number> } {
  const files = new Set(site.paths);
  const referenced = new Uint8Array(site.paths.length);
  // Each target resolved once: the file that serves it, or -1.
  const served = new Int32Array(site.strings.list.length).fill(-2);
  const reported = new Set<number>();
  const problems: Problem[] = [];
  for (let file = 0; file < site.paths.length; file++) {
    for (let i = site.starts[file]!; i < site.starts[file + 1]!; i++) {
      const id = site.targets[i]!;
      if (served[id] === -2) {
        const path = servedFile(site.strings.list[id]!, files);
        served[id] = path === undefined ? -1 : site.index.get(path)!;
      }
      if (served[id]! >= 0) {
        referenced[served[id]!] = 1;
        continue;
      }
      const target = site.strings.list[id]!;
      if (reported.has(id) || target.startsWith('../')) continue;
      reported.add(id);
      const via = site.strings.list[site.vias[i]!]!;
      problems.push(problem({
        code: 'output-broken-reference',
        file: site.paths[file]!,
        value: `${address.base}${target}`,
        message: {
          zh: `${via} 指向「${address.base}${target}」，但网站中没有这个文件。`,
          en: `${via} points to "${address.base}${target}", which the site does not have.`,
        },
      }));
    }
  }
  const unused = new Set<number>();
  site.paths.forEach((file, index) => {
    if (referenced[index] === 1 || file === 'index.html' || UNREFERENCED_BY_DESIGN.has(file) || file.startsWith(SEARCH_INDEX)) return;
    if (file.startsWith(BUNDLER_ASSETS)) {
      unused.add(index);
      return;
    }
    problems.push(problem({
      code: 'output-orphan-file',
      file,
      message: {
        zh: '此文件已发布，但没有任何页面、订阅源或清单引用它。',
        en: 'This file is published, but no page, feed or manifest refers to it.',
      },
    }));
  });
  return { problems, unused };
}

/** People found, in one order whichever files were read where and whichever worker finished first: by file, line, column and value. */
function sortFound<T extends PersonFound>(found: T[]): T[] {
  const key = ({ problem }: PersonFound) => [problem.file, problem.line ?? 0, problem.column ?? 0, String(problem.value ?? '')] as const;
  return found.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

/** The state of the verified site for the next build: every file but the removed assets. */
function stateOf(site: SiteReferences, unused: ReadonlySet<number>, input: VerifyInput, found: readonly (PersonFound & { file: string })[]): VerifyState {
  // The few names that hold references, numbered apart so that each reference's holder takes two bytes.
  const viaNames = new StringTable();
  const viaIndex = new Int32Array(site.strings.list.length).fill(-1);
  const via = (id: number) => {
    if (viaIndex[id] === -1) {
      viaIndex[id] = viaNames.id(site.strings.list[id]!);
      if (viaIndex[id]! > 0xffff) throw new Error('verify: more than 65,536 kinds of reference holders');
    }
    return viaIndex[id]!;
  };
  const common = { version: 1 as const, code: verificationCode(), site: input.site, people: input.people, strings: site.strings.list, viaNames: viaNames.list, found: [...found] };
  if (unused.size === 0) {
    const vias = new Uint16Array(site.vias.length);
    for (let i = 0; i < vias.length; i++) vias[i] = via(site.vias[i]!);
    return { ...common, files: site.ids, referenceStarts: site.starts, targets: site.targets, vias };
  }
  const files: number[] = [];
  const starts: number[] = [];
  const targets = new GrowingNumbers();
  const vias: number[] = [];
  for (let file = 0; file < site.paths.length; file++) {
    if (unused.has(file)) continue;
    files.push(site.ids[file]!);
    starts.push(targets.length);
    for (let i = site.starts[file]!; i < site.starts[file + 1]!; i++) {
      targets.push(site.targets[i]!);
      vias.push(via(site.vias[i]!));
    }
  }
  starts.push(targets.length);
  return { ...common, files: Uint32Array.from(files), referenceStarts: Uint32Array.from(starts), targets: targets.toArray(), vias: Uint16Array.from(vias) };
}
