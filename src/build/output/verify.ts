// The output verification: the finished site checked as a whole before it is swapped in. Every internal reference
// resolves to a file of the output, every file is referenced by a page, feed or manifest, and the people the site
// must not show appear in no file. Files are read on worker threads, a batch of folders at a time.
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { problem } from '../../pipeline/problems.ts';
import type { Problem } from '../../pipeline/report.ts';
import { extractReferences, servedFile, type SiteAddress } from './references.ts';
import { BINARY_EXTENSIONS, extension, onWorkers, readSiteFile, topUnits, walkUnits, type ScanUnit } from './site-walk.ts';
import { maskedName, PeopleMatcher, reportsRevocation, type UnpublishedPeople } from './unpublished-people.ts';

export interface VerifyInput {
  site: SiteAddress;
  people: UnpublishedPeople;
}

/** What one batch of files yields: the files, their references (first holder of each target), and people found. */
export interface BatchResult {
  files: string[];
  references: [target: string, source: string, via: string][];
  problems: Problem[];
}

/** Files that no page links to by design: the server's error page and headers, crawlers' files. */
const UNREFERENCED_BY_DESIGN = new Set(['404.html', '_headers', 'robots.txt', 'favicon.ico']);
/** Pagefind's own folders: their files are found by Pagefind's script through its manifests, not by our pages. */
const SEARCH_INDEX = 'pagefind/';

export async function verifyOutput(dir: string, input: VerifyInput, options: { workers?: number } = {}): Promise<ReferenceCheck> {
  const units = topUnits(dir);
  const workers = options.workers ?? Math.min(availableParallelism(), 4);
  const batches =
    workers <= 0 ? [verifyUnits(dir, units, input)] : await onWorkers<BatchResult>(new URL('./verify-worker.ts', import.meta.url), dir, units, workers, input);
  const { problems, unusedAssets } = checkReferences(batches, input.site);
  await Promise.all(unusedAssets.map((file) => rm(join(dir, file))));
  return { problems: [...batches.flatMap((batch) => batch.problems), ...problems], unusedAssets };
}

/**
 * The bundler's assets for a route that made no page (a list with no filter values in a small export): nothing can
 * fetch them, so they are removed rather than reported. Every other unreferenced file is a problem.
 */
const BUNDLER_ASSETS = '_astro/';

export interface ReferenceCheck {
  problems: Problem[];
  /** Bundler assets no page refers to, to remove. */
  unusedAssets: string[];
}

/** Broken references and orphans, from every batch's files and references. */
export function checkReferences(batches: readonly BatchResult[], site: SiteAddress): ReferenceCheck {
  const unusedAssets: string[] = [];
  const files = new Set(batches.flatMap((batch) => batch.files));
  const referenced = new Set<string>();
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const batch of batches) {
    for (const [target, source, via] of batch.references) {
      const file = servedFile(target, files);
      if (file) {
        referenced.add(file);
      } else if (!reported.has(target) && !target.startsWith('../')) {
        reported.add(target);
        problems.push(problem({
          code: 'output-broken-reference',
          file: source,
          value: `${site.base}${target}`,
          message: {
            zh: `${via} 指向「${site.base}${target}」，但网站中没有这个文件。`,
            en: `${via} points to "${site.base}${target}", which the site does not have.`,
          },
        }));
      }
    }
  }
  for (const file of [...files].sort()) {
    if (referenced.has(file) || file === 'index.html' || UNREFERENCED_BY_DESIGN.has(file) || file.startsWith(SEARCH_INDEX)) continue;
    if (file.startsWith(BUNDLER_ASSETS)) {
      unusedAssets.push(file);
      continue;
    }
    problems.push(problem({
      code: 'output-orphan-file',
      file,
      message: {
        zh: '此文件已发布，但没有任何页面、订阅源或清单引用它。',
        en: 'This file is published, but no page, feed or manifest refers to it.',
      },
    }));
  }
  return { problems, unusedAssets };
}

export function verifyUnits(root: string, units: readonly ScanUnit[], input: VerifyInput): BatchResult {
  const matcher = matcherFor(input.people);
  const result: BatchResult = { files: [], references: [], problems: [] };
  const seen = new Set<string>();
  walkUnits(root, units, (path) => {
    result.files.push(path);
    if (BINARY_EXTENSIONS.has(extension(path))) return;
    const text = readText(join(root, path));
    if (text === undefined) return;
    if (!path.startsWith(SEARCH_INDEX)) {
      for (const { target, via } of extractReferences(path, text, input.site)) {
        if (seen.has(target)) continue;
        seen.add(target);
        result.references.push([target, path, via]);
      }
    }
    result.problems.push(...peopleProblems(matcher, path, text));
  });
  return result;
}

let matcher: { people: UnpublishedPeople; matcher: PeopleMatcher } | undefined;
function matcherFor(people: UnpublishedPeople): PeopleMatcher {
  if (matcher?.people !== people) matcher = { people, matcher: new PeopleMatcher(people) };
  return matcher.matcher;
}

function peopleProblems(people: PeopleMatcher, file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  for (const hit of people.find(text)) {
    const lineStart = text.lastIndexOf('\n', hit.index) + 1;
    const lineEnd = text.indexOf('\n', hit.index);
    if (hit.kind === 'revoked-id' && reportsRevocation(file, text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) continue;
    const line = countLines(text, hit.index);
    // The text is UTF-8 read as Latin-1: count the line's characters, not its bytes.
    const column = Buffer.from(text.slice(lineStart, hit.index), 'latin1').toString('utf8').length + 1;
    problems.push(problem(
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
    ));
  }
  return problems;
}

function countLines(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

function readText(path: string): string | undefined {
  const bytes = readSiteFile(path);
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return undefined; // a PNG under another name
  // One character a byte: several times cheaper than decoding UTF-8, and what is searched for is ASCII (links,
  // ids) or matched as UTF-8 bytes (names); a reference holding other characters is decoded when found.
  return bytes.toString('latin1');
}
