// The name index: every published honoree who consented, by name, and every county, township and village, in
// small shards (src/search/name-keys.ts), so that a name typed into the search page is answered over every
// year at once by one or two files of a few kilobytes. Honorees without consent are not in it at all: they are
// never found by name, pinyin or initials. Pagefind keeps the words of stories, notices and projects.
import { HONOREE_KINDS, HONOREE_LEVELS } from '../../pipeline/schemas/honorees.ts';
import { splitName } from '../../honorees/derive/honoree-name-forms.ts';
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';
import { initialsOf, plainLatin, shardCounts, shardFile, shardKey, shardOf, type ShardFamily } from '../name-keys.ts';

/** A person: id, name, readings (syllables spaced, readings split by |), kind, year, level, township (indexes into the manifest). */
export type PersonEntry = ['h', string, string, string, number, number, number, number];
/** A place: code, name, readings, level (县/乡镇/村…), and the places it lies in (汉滨区关庙镇). */
export type PlaceEntry = ['r', string, string, string, string, string];
export type NameEntry = PersonEntry | PlaceEntry;

export interface NameManifest {
  version: 1;
  /** People in the index: every published honoree who consented. */
  people: number;
  places: number;
  /** How many files each family is spread over (s-0.json …): every file exists, empty or not. */
  shards: Record<ShardFamily, number>;
  kinds: readonly string[];
  levels: readonly string[];
  /** Townships people are placed in: [township code, name, county name]. */
  townships: [string, string, string][];
  /** Each surname in the index → the initials of its readings (张 [z], 单 [s, d], 欧阳 [oy]): for queries like 张mh. */
  surnames: Record<string, string[]>;
}

export interface NameIndex {
  manifest: NameManifest;
  /** Every shard's entries by file name (s-12.json), including empty ones. */
  files: Map<string, NameEntry[]>;
}

const PLACE_LEVELS = { city: '市', county: '县（区）', township: '乡镇（街道）', village: '村（社区）' } as const;
/** Endings that are not part of what people call a place (关庙 for 关庙镇). */
const PLACE_SUFFIX = /(街道办事处|街道|办事处|社区|居委会|村委会|镇|乡|村|县|区|市)$/;

export interface NamedHonoree {
  honoree: PublishedHonoree;
  /** The name's readings as syllables (nameReadings), surname reading first. */
  readings: string[][];
}

/** A person as the index is made from them: only what it reads. */
export interface NameIndexPerson {
  id: string;
  name: string;
  /** The part of the name that is the surname (splitName: 欧阳 of 欧阳娜娜). */
  surname: string;
  /** Indexes into the manifest's kinds and levels. */
  kind: number;
  year: number;
  level: number;
  /** [township code, township name, county name]. */
  township: [string, string, string];
  readings: string[][];
}

/** A county, township or village as the index is made from it. */
export interface NameIndexPlace {
  code: string;
  name: string;
  level: keyof typeof PLACE_LEVELS;
  /** The places it lies in, joined (汉滨区关庙镇). */
  within: string;
  /** Its name's readings as syllables. */
  readings: string[][];
}

/**
 * Exactly what the name index is made from: `nameIndexFrom` reads nothing else, so that a digest of this value
 * says whether a previous build's name index can be kept (search-index.ts).
 */
export interface NameIndexInputs {
  kinds: readonly string[];
  levels: readonly string[];
  /** Every consenting honoree, in the order given. */
  people: NameIndexPerson[];
  places: NameIndexPlace[];
}

export function nameIndexInputs(people: readonly NamedHonoree[], regions: ReadonlyMap<string, RegionNode>, readPlace: (name: string) => string[][]): NameIndexInputs {
  const name = (code: string) => regions.get(code)?.name ?? '';
  return {
    kinds: HONOREE_KINDS,
    levels: HONOREE_LEVELS,
    people: people.flatMap(({ honoree, readings }) => (honoree.consent ? [{
      id: honoree.id,
      name: honoree.name,
      surname: splitName(honoree.name).surname,
      kind: HONOREE_KINDS.indexOf(honoree.kind),
      year: honoree.year,
      level: HONOREE_LEVELS.indexOf(honoree.level),
      township: [honoree.townshipCode, name(honoree.townshipCode), name(honoree.countyCode)] as [string, string, string],
      readings,
    }] : [])),
    places: [...regions.values()].flatMap((region) => (region.level === 'city' ? [] : [{
      code: region.code,
      name: region.name,
      level: region.level,
      within: region.ancestors.filter((ancestor) => ancestor.level !== 'city').map((ancestor) => ancestor.name).join(''),
      readings: readPlace(region.name),
    }])),
  };
}

export function buildNameIndex(people: readonly NamedHonoree[], regions: ReadonlyMap<string, RegionNode>, readPlace: (name: string) => string[][]): NameIndex {
  return nameIndexFrom(nameIndexInputs(people, regions, readPlace));
}

export function nameIndexFrom(inputs: NameIndexInputs): NameIndex {
  const townships: [string, string, string][] = [];
  const townshipIndex = new Map<string, number>();
  const surnames: Record<string, string[]> = {};
  const keyed: Record<ShardFamily, [string, NameEntry][]> = { s: [], p: [], i: [] };

  for (const person of inputs.people) {
    let township = townshipIndex.get(person.township[0]);
    if (township === undefined) {
      township = townships.length;
      townshipIndex.set(person.township[0], township);
      townships.push(person.township);
    }
    const plain = person.readings.map((syllables) => syllables.map(plainLatin));
    const entry: PersonEntry = ['h', person.id, person.name, plain.map((syllables) => syllables.join(' ')).join('|'), person.kind, person.year, person.level, township];
    const chars = [...person.name];
    const { surname } = person;
    surnames[surname] = [...new Set([...(surnames[surname] ?? []), ...plain.map((syllables) => initialsOf(syllables.slice(0, [...surname].length)))])];
    keyed.s.push([shardKey('s', person.name), entry]);
    for (let at = 1; at + 2 <= chars.length; at++) keyed.p.push([shardKey('p', chars.slice(at).join('')), entry]);
    for (const key of new Set(plain.map((syllables) => shardKey('i', initialsOf(syllables))))) keyed.i.push([key, entry]);
  }

  for (const place of inputs.places) {
    const readings = place.readings.map((syllables) => syllables.map(plainLatin));
    const entry: PlaceEntry = ['r', place.code, place.name, readings.map((syllables) => syllables.join(' ')).join('|'), PLACE_LEVELS[place.level], place.within];
    const stem = place.name.replace(PLACE_SUFFIX, '') || place.name;
    for (const key of new Set([shardKey('s', place.name), shardKey('s', stem)])) keyed.s.push([key, entry]);
    const initials = new Set<string>();
    for (const syllables of readings) {
      initials.add(shardKey('i', initialsOf(syllables)));
      initials.add(shardKey('i', initialsOf(syllables.slice(0, [...stem].length))));
    }
    for (const key of initials) keyed.i.push([key, entry]);
  }

  const people = inputs.people.length;
  const places = inputs.places.length;
  const shards = shardCounts(people, places);
  const files = new Map<string, NameEntry[]>();
  for (const family of ['s', 'p', 'i'] as const) {
    const total = shards[family];
    const buckets: NameEntry[][] = Array.from({ length: total }, () => []);
    for (const [key, entry] of keyed[family].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) buckets[shardOf(key, total)]?.push(entry);
    buckets.forEach((entries, shard) => files.set(shardFile(family, shard), entries));
  }
  return {
    manifest: { version: 1, people, places, shards, kinds: inputs.kinds, levels: inputs.levels, townships, surnames },
    files,
  };
}
