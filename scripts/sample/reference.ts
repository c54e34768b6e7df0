// Reads the real Ankang division codes, names and county outlines that the sample is built on.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

export const defaultReferenceDir = fileURLToPath(new URL('../reference/ankang/', import.meta.url));

export interface ReferenceCounty {
  code: string;
  name: string;
}

export interface ReferenceTownship {
  code: string;
  name: string;
  countyCode: string;
  kind: '镇' | '街道';
}

export interface ReferenceVillage {
  code: string;
  /** The short form people use (`张营村`, `大兴社区`), not the committee's name (`张营村委会`). */
  name: string;
  townshipCode: string;
  countyCode: string;
  kind: '村委会' | '居委会';
}

/** Planar ring of [longitude, latitude] pairs, closed (first = last). */
export type Ring = [number, number][];
export type MultiPolygon = Ring[][];

export interface CountyOutline {
  code: string;
  name: string;
  /** WGS-84, outer rings counter-clockwise (RFC 7946). */
  coordinates: MultiPolygon;
}

export interface Reference {
  city: ReferenceCounty;
  counties: ReferenceCounty[];
  townships: ReferenceTownship[];
  villages: ReferenceVillage[];
  outlines: CountyOutline[];
}

function readTable(dir: string, file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(`${dir}/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

function field(row: Record<string, string>, name: string, file: string): string {
  const value = row[name];
  if (value === undefined || value === '') throw new Error(`${file}: missing ${name} in ${JSON.stringify(row)}`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], file: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${file}: unexpected kind ${value}`);
  return value as T;
}

export function readReference(dir: string = defaultReferenceDir): Reference {
  const [cityRow] = readTable(dir, 'ankang_city.csv');
  if (!cityRow) throw new Error('ankang_city.csv is empty');
  const city = { code: field(cityRow, 'code', 'ankang_city.csv'), name: field(cityRow, 'name', 'ankang_city.csv') };

  const counties = readTable(dir, 'ankang_counties.csv').map((r) => ({
    code: field(r, 'code', 'counties'),
    name: field(r, 'name', 'counties'),
  }));
  const townships = readTable(dir, 'ankang_townships.csv').map((r) => ({
    code: field(r, 'code', 'townships'),
    name: field(r, 'name', 'townships'),
    countyCode: field(r, 'parent_code', 'townships'),
    kind: oneOf(field(r, 'kind', 'townships'), ['镇', '街道'] as const, 'townships'),
  }));
  const villages = readTable(dir, 'ankang_villages.csv').map((r) => ({
    code: field(r, 'code', 'villages'),
    name: field(r, 'short_name', 'villages'),
    townshipCode: field(r, 'parent_code', 'villages'),
    countyCode: field(r, 'county_code', 'villages'),
    kind: oneOf(field(r, 'kind', 'villages'), ['村委会', '居委会'] as const, 'villages'),
  }));

  const geojson = JSON.parse(readFileSync(`${dir}/ankang_counties.wgs84.geojson`, 'utf8')) as {
    features: { properties: { code: string; name: string }; geometry: { type: string; coordinates: MultiPolygon } }[];
  };
  const outlines = geojson.features.map((f) => {
    if (f.geometry.type !== 'MultiPolygon') throw new Error(`county ${f.properties.code}: expected a MultiPolygon`);
    return { code: f.properties.code, name: f.properties.name, coordinates: f.geometry.coordinates };
  });

  return { city, counties, townships, villages, outlines };
}
