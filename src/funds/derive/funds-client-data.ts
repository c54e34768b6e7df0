// The data the enhanced funds table fetches: one small file per year and county, rows as compact arrays,
// money already summed per project and source at build time. No browser ever receives fund lines, and a
// view of one county in one year downloads only that file.
import type { FundProjectSummary, FundSource, ProjectCategory, ProjectStatus } from './funds-summary.ts';

export interface FundsManifest {
  version: 1;
  categories: string[];
  sources: string[];
  statuses: string[];
  counties: { code: string; name: string }[];
  townships: { code: string; name: string; countyCode: string }[];
  chunks: FundsChunkRef[];
}

export interface FundsChunkRef {
  year: number;
  /** '' for projects outside every county (not expected, kept so no project is lost). */
  countyCode: string;
  /** File name inside /funds/data/. */
  file: string;
  projects: number;
}

/**
 * [id, name, year, category index, status index, region code, township code, village name,
 *  allocated fen, disbursed fen, households, poor households, over-disbursed 0/1,
 *  [source index, allocated fen, disbursed fen, …]]
 */
export type CompactProject = [string, string, number, number, number, string, string, string, number, number, number, number, 0 | 1, number[]];

export interface FundsChunk {
  year: number;
  countyCode: string;
  rows: CompactProject[];
}

export interface Vocabulary {
  categories: readonly string[];
  sources: readonly string[];
  statuses: readonly string[];
}

export function chunkFile(year: number, countyCode: string): string {
  return `${year}-${countyCode || 'none'}.json`;
}

/** Groups the projects by year and county: the chunks and the manifest that lists them. */
export function buildClientData(summaries: readonly FundProjectSummary[], vocabulary: Vocabulary) {
  const index = (list: readonly string[], value: string) => list.indexOf(value);
  const chunks = new Map<string, FundsChunk>();
  const counties = new Map<string, string>();
  const townships = new Map<string, { code: string; name: string; countyCode: string }>();
  for (const summary of summaries) {
    const countyCode = summary.countyCode ?? '';
    if (summary.countyCode) counties.set(summary.countyCode, summary.countyName ?? summary.countyCode);
    if (summary.townshipCode) {
      townships.set(summary.townshipCode, { code: summary.townshipCode, name: summary.townshipName ?? summary.townshipCode, countyCode });
    }
    const file = chunkFile(summary.year, countyCode);
    let chunk = chunks.get(file);
    if (!chunk) chunks.set(file, (chunk = { year: summary.year, countyCode, rows: [] }));
    chunk.rows.push([
      summary.id, summary.name, summary.year,
      index(vocabulary.categories, summary.category), index(vocabulary.statuses, summary.status),
      summary.regionCode, summary.townshipCode ?? '', summary.villageName ?? '',
      summary.allocated, summary.disbursed, summary.households, summary.poorHouseholds, summary.overDisbursed ? 1 : 0,
      summary.bySource.flatMap((amount) => [index(vocabulary.sources, amount.source), amount.allocated, amount.disbursed]),
    ]);
  }
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  const manifest: FundsManifest = {
    version: 1,
    categories: [...vocabulary.categories],
    sources: [...vocabulary.sources],
    statuses: [...vocabulary.statuses],
    counties: [...counties].map(([code, name]) => ({ code, name })).sort(byCode),
    townships: [...townships.values()].sort(byCode),
    chunks: [...chunks].map(([file, chunk]) => ({ year: chunk.year, countyCode: chunk.countyCode, file, projects: chunk.rows.length }))
      .sort((a, b) => b.year - a.year || a.countyCode.localeCompare(b.countyCode)),
  };
  return { manifest, chunks };
}

/** The chunks a view needs: one year and county is one file; the whole city over all years is all of them. */
export function chunksFor(manifest: FundsManifest, year: number | undefined, countyCode: string | undefined): FundsChunkRef[] {
  return manifest.chunks.filter((chunk) => (year === undefined || chunk.year === year) && (!countyCode || chunk.countyCode === countyCode));
}

/** Back to the summaries the build shaped, names restored from the manifest. */
export function readChunk(chunk: FundsChunk, manifest: FundsManifest): FundProjectSummary[] {
  const countyName = manifest.counties.find((county) => county.code === chunk.countyCode)?.name;
  const townshipNames = new Map(manifest.townships.map((township) => [township.code, township.name]));
  return chunk.rows.map((row) => {
    const [id, name, year, category, status, regionCode, townshipCode, villageName, allocated, disbursed, households, poor, over, sources] = row;
    const summary: FundProjectSummary = {
      id,
      name,
      year,
      category: manifest.categories[category] as ProjectCategory,
      status: manifest.statuses[status] as ProjectStatus,
      regionCode,
      allocated,
      disbursed,
      households,
      poorHouseholds: poor,
      overDisbursed: over === 1,
      bySource: [],
    };
    for (let i = 0; i + 2 < sources.length; i += 3) {
      summary.bySource.push({ source: manifest.sources[sources[i] ?? -1] as FundSource, allocated: sources[i + 1] ?? 0, disbursed: sources[i + 2] ?? 0 });
    }
    if (chunk.countyCode) Object.assign(summary, { countyCode: chunk.countyCode, countyName: countyName ?? chunk.countyCode });
    if (townshipCode) Object.assign(summary, { townshipCode, townshipName: townshipNames.get(townshipCode) ?? townshipCode });
    if (villageName) summary.villageName = villageName;
    return summary;
  });
}
