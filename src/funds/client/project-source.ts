// Fetches what the enhanced table needs: the manifest once, then only the year-and-county files a view
// covers, each at most once per visit.
import { chunksFor, readChunk, type FundsChunk, type FundsManifest } from '../derive/funds-client-data.ts';
import type { FundProjectSummary } from '../derive/funds-summary.ts';

export interface ProjectSource {
  manifest: FundsManifest;
  /** Every project of a year (or all years) in a county (or the whole city). */
  projects(year: number | undefined, countyCode: string | undefined): Promise<FundProjectSummary[]>;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function openProjectSource(manifestUrl: string): Promise<ProjectSource> {
  const manifest = await fetchJson<FundsManifest>(manifestUrl);
  const folder = new URL('./', new URL(manifestUrl, location.href)).href;
  const chunks = new Map<string, Promise<FundProjectSummary[]>>();
  const chunk = (file: string) => {
    let pending = chunks.get(file);
    if (!pending) {
      pending = fetchJson<FundsChunk>(new URL(file, folder).href).then((data) => readChunk(data, manifest));
      // A failed download may be retried by the next view.
      pending.catch(() => chunks.delete(file));
      chunks.set(file, pending);
    }
    return pending;
  };
  return {
    manifest,
    async projects(year, countyCode) {
      const parts = await Promise.all(chunksFor(manifest, year, countyCode).map((ref) => chunk(ref.file)));
      return parts.flat();
    },
  };
}
