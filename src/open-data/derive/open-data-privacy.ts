// Privacy across releases: what any release — past files, changelog — may show of an honoree is decided by
// what the current release publishes. Withdrawn consent masks old records too; a revocation hides them.
import type { HonoreeRow } from '../../pipeline/schemas/index.ts';
import { maskName, type PublishedHonoree } from '../../honorees/derive/honorees.ts';
import { publishedPhotoPath } from '../../honorees/derive/honoree-photos.ts';
import type { OpenRow } from './open-data.ts';
import type { RegionIndex } from '../../regions/derive/regions.ts';

/** The honoree fields a masked record keeps (PIPL: no name, story, photo or village without consent). */
export const MASKED_HONOREE_FIELDS = ['id', 'kind', 'name', 'year', 'level', 'region_code', 'consent', 'notice_id', 'status'] as const;

/** full: published with consent now; masked: published without consent now; hidden: revoked or gone. */
export type HonoreeVisibility = 'full' | 'masked' | 'hidden';

/** What the current release lets anyone see of an honoree, and the photo it publishes of them (site path, or null). */
export type SeenNow = ((id: string) => HonoreeVisibility) & { photo: (id: string) => string | null };

export function honoreeVisibility(current: readonly PublishedHonoree[]): SeenNow {
  const visibility = new Map<string, HonoreeVisibility>(current.map((honoree) => [honoree.id, honoree.consent ? 'full' : 'masked']));
  const photos = new Set(current.filter((honoree) => honoree.consent && honoree.photo).map((honoree) => honoree.id));
  return Object.assign((id: string) => visibility.get(id) ?? 'hidden', {
    photo: (id: string) => (photos.has(id) ? publishedPhotoPath(id) : null),
  });
}

/** The township a published region code lies in (a village's parent), from a release's regions table. */
export function townshipResolver(regions: readonly OpenRow[]): (code: string) => string {
  const parent = new Map<string, string>();
  for (const region of regions) {
    if (region['level'] === 'village' && typeof region['parent_code'] === 'string') parent.set(String(region['code']), region['parent_code']);
  }
  return (code) => parent.get(code) ?? code;
}

/** The masked form of a published honoree record; masking a masked record changes nothing. */
export function maskHonoreeRow(row: OpenRow, townshipOf: (code: string) => string): OpenRow {
  const masked: OpenRow = {};
  for (const field of Object.keys(row)) masked[field] = null;
  for (const field of MASKED_HONOREE_FIELDS) masked[field] = row[field] ?? null;
  masked['name'] = maskName(String(row['name'] ?? ''));
  masked['region_code'] = townshipOf(String(row['region_code'] ?? ''));
  masked['consent'] = false;
  return masked;
}

/**
 * A release's honoree records as the current release allows them to be seen: unchanged when published in
 * full now, masked when published without consent now; records of honorees no longer published (revoked or
 * removed) are dropped from files, and masked where the changelog must still say what happened to them.
 */
export function redactHonorees(
  rows: readonly OpenRow[],
  visibility: SeenNow,
  townshipOf: (code: string) => string,
  hidden: 'drop' | 'mask',
): OpenRow[] {
  const redacted: OpenRow[] = [];
  for (const row of rows) {
    const seen = visibility(String(row['id']));
    if (seen === 'hidden' && hidden === 'drop') continue;
    if (seen === 'full' && row['consent'] === true) {
      // Only the photo the site publishes now, by its site path: an older release named the export's file.
      redacted.push(row['photo'] === null || row['photo'] === undefined ? row : { ...row, photo: visibility.photo(String(row['id'])) });
    } else {
      redacted.push(maskHonoreeRow(row, townshipOf));
    }
  }
  return redacted;
}

/** Revoked honorees, masked, for the changelog only: their revocation is news, their details are not. */
export function revokedHonoreeRows(rows: readonly HonoreeRow[], regions: RegionIndex): OpenRow[] {
  return rows
    .filter((row) => row.status === '已撤销')
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      name: maskName(row.name),
      gender: null,
      year: row.year,
      level: row.level,
      region_code: regions.placeOf(row.region_code).townshipCode ?? row.region_code,
      category: null,
      summary: null,
      story: null,
      photo: null,
      consent: false,
      notice_id: row.notice_id,
      status: row.status,
      award: null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
