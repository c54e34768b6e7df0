// Finding a person by name, over the whole sample: every consenting honoree by exact name (first), part of the
// name, pinyin spaced or not, initials; polyphonic surnames by both readings; nobody masked or revoked at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { nameReadings } from '../../src/honorees/derive/honoree-name-forms.ts';
import { publishHonorees, type ConsentedHonoree, type PublishedHonoree } from '../../src/honorees/derive/honorees.ts';
import { loadExport, type ExportData } from '../../src/pipeline/load.ts';
import { indexRegions } from '../../src/regions/derive/regions.ts';
import { planNameQuery, rankNameMatches, type PersonMatch } from '../../src/search/client/name-search.ts';
import { buildNameIndex, nameIndexFrom, nameIndexInputs, type NameIndex, type NameIndexInputs } from '../../src/search/derive/name-index.ts';
import { shardOf } from '../../src/search/name-keys.ts';
import { pinyin } from 'pinyin-pro';

let data: ExportData;
let published: PublishedHonoree[];
let index: NameIndex;

beforeAll(async () => {
  const loaded = await loadExport('data');
  if (!loaded.data) throw new Error('the sample export must load');
  data = loaded.data;
  const regions = indexRegions(data.regions);
  published = publishHonorees(data.honorees, regions);
  index = buildNameIndex(
    published.map((honoree) => ({ honoree, readings: honoree.consent ? nameReadings(honoree.name) : [] })),
    regions.nodes,
    (name) => [pinyin(name, { toneType: 'none', type: 'array' })],
  );
}, 60_000);

function search(query: string): { people: PersonMatch[]; files: string[] } {
  const plan = planNameQuery(query, index.manifest);
  if (typeof plan === 'string') return { people: [], files: [] };
  const { people } = rankNameMatches(plan, plan.files.map((file) => index.files.get(file) ?? []));
  return { people, files: plan.files };
}

const consenting = () => published.filter((honoree): honoree is ConsentedHonoree => honoree.consent);

describe('the name index over the sample', () => {
  it('holds every consenting honoree and nobody else, in files of a few hundred entries', () => {
    expect(index.manifest.people).toBe(consenting().length);
    const ids = new Set([...index.files.values()].flat().filter((entry) => entry[0] === 'h').map((entry) => entry[1]));
    expect(ids).toEqual(new Set(consenting().map((honoree) => honoree.id)));
    expect(Math.max(...[...index.files.values()].map((entries) => entries.length))).toBeLessThan(700);
  });

  it(`puts a person of exactly the typed name first, for every consenting honoree`, () => {
    const misses: string[] = [];
    for (const honoree of consenting()) {
      const { people, files } = search(honoree.name);
      expect(files.length).toBeLessThanOrEqual(2);
      if (people[0]?.entry[2] !== honoree.name || !people.some((match) => match.entry[1] === honoree.id)) misses.push(honoree.name);
    }
    expect(misses).toEqual([]);
    expect(consenting().length).toBeGreaterThan(1000);
  });

  it('lists all namesakes first, newest year first, then the higher level', () => {
    const names = new Map<string, number>();
    for (const honoree of consenting()) names.set(honoree.name, (names.get(honoree.name) ?? 0) + 1);
    const [name, count] = [...names].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    expect(count).toBeGreaterThan(1);
    const { people } = search(name);
    const first = people.slice(0, count);
    expect(first.every((match) => match.entry[2] === name)).toBe(true);
    const order = first.map((match) => [match.entry[5], match.entry[6]] as const);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
  });

  it('finds every consenting honoree in the first ten by a part of the name, pinyin (spaced or not, with tones) and initials', () => {
    const misses: string[] = [];
    const inTopTen = (query: string, id: string) => search(query).people.slice(0, 10).some((match) => match.entry[1] === id);
    for (const honoree of consenting()) {
      const chars = [...honoree.name];
      const [reading = []] = nameReadings(honoree.name);
      const forms = [
        ...(chars.length >= 3 ? [chars.slice(1).join('')] : []),
        reading.join(''),
        `${reading[0]} ${reading.slice(1).join('')}`,
        pinyin(honoree.name, { surname: 'head' }), // with tones: zhāng míng huá
      ];
      for (const form of forms) if (!inTopTen(form, honoree.id) && !isCrowded(form)) misses.push(`${honoree.name} ← ${form}`);
      // Initials are shared by many: the person is among the matches, which the page lets the reader narrow.
      if (!search(reading.map((syllable) => syllable[0]).join('')).people.some((match) => match.entry[1] === honoree.id)) misses.push(`${honoree.name} ← initials`);
    }
    expect(misses).toEqual([]);
  }, 60_000);

  it('finds a surname by its surname reading and by the common one (曾 zeng/ceng, 单 shan/dan)', () => {
    const polyphonic = consenting().filter((honoree) => nameReadings(honoree.name).length > 1);
    expect(polyphonic.length).toBeGreaterThan(0);
    for (const honoree of polyphonic) {
      for (const reading of nameReadings(honoree.name)) expect(search(reading.join('')).people.map((match) => match.entry[1])).toContain(honoree.id);
    }
  });

  it('finds 张mh and 张minghua forms: a surname and the given name in initials or pinyin', () => {
    const honoree = consenting().find((candidate) => [...candidate.name].length === 3);
    if (!honoree) throw new Error('no three-character name in the sample');
    const [reading = []] = nameReadings(honoree.name);
    const surname = [...honoree.name][0] ?? '';
    expect(search(`${surname}${reading.slice(1).map((s) => s[0]).join('')}`).people.map((match) => match.entry[1])).toContain(honoree.id);
    expect(search(`${surname}${reading.slice(1).join('')}`).people.map((match) => match.entry[1])).toContain(honoree.id);
  });

  it('never finds an honoree without consent or a revoked one, by name, pinyin or initials', () => {
    const consentingNames = new Set(consenting().map((honoree) => honoree.name));
    const hidden = data.honorees.filter((row) => row.status === '已撤销' || !row.consent);
    expect(hidden.length).toBeGreaterThan(100);
    for (const row of hidden) {
      const [reading = []] = nameReadings(row.name);
      for (const form of [row.name, reading.join(''), reading.map((syllable) => syllable[0]).join('')]) {
        const found = search(form).people.map((match) => match.entry[1]);
        expect(found).not.toContain(row.id);
      }
      // Not even as someone else's exact match, unless a consenting honoree bears the same name.
      if (!consentingNames.has(row.name)) expect(search(row.name).people.filter((match) => match.entry[2] === row.name)).toEqual([]);
    }
  });

  it('spreads keys evenly: FNV-1a over the same key lands in the same shard', () => {
    expect(shardOf('张明', 97)).toBe(shardOf('张明', 97));
    expect(new Set(['张明', '王芳', '李强', '刘洋', '陈静'].map((key) => shardOf(key, 97))).size).toBeGreaterThan(3);
  });

  it('is made from its inputs alone, as JSON: a digest of them says whether a previous index can be kept', () => {
    const regions = indexRegions(data.regions);
    const people = published.map((honoree) => ({ honoree, readings: honoree.consent ? nameReadings(honoree.name) : [] }));
    const inputs = nameIndexInputs(people, regions.nodes, (name) => [pinyin(name, { toneType: 'none', type: 'array' })]);
    expect(inputs.people.map((person) => person.id)).toEqual(consenting().map((honoree) => honoree.id));
    expect(nameIndexFrom(JSON.parse(JSON.stringify(inputs)) as NameIndexInputs)).toEqual(index);
  });
});

/** A part or reading shared by more than ten people cannot put everyone in the first ten: skip those. */
function isCrowded(query: string): boolean {
  const plan = planNameQuery(query, index.manifest);
  if (typeof plan === 'string') return false;
  const { people } = rankNameMatches(plan, plan.files.map((file) => index.files.get(file) ?? []));
  const tier = people[9]?.tier;
  return people.length > 10 && tier !== undefined && people.slice(0, 10).every((match) => match.tier === tier);
}
