// Finding a person or a place by name in the browser: which shards of the name index a query needs (one or two
// small files), which entries match, and in what order — people of exactly the typed name first (all namesakes,
// newest year first, then the higher level), then names that start with it, names that contain it, then pinyin
// and initials. Pure: the search page fetches the files and draws the results.
import type { NameEntry, NameManifest, PersonEntry, PlaceEntry } from '../derive/name-index.ts';
import { initialsOf, normaliseQuery, shardFile, shardKey, shardOf, syllableSplits } from '../name-keys.ts';

/** How well an entry matches, best first. */
export const MATCH_TIERS = ['exact', 'starts', 'contains', 'surname+initials', 'pinyin', 'pinyin-start', 'initials', 'initials-start'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export interface NamePlan {
  /** Shard files to fetch, beside the manifest. */
  files: string[];
  /** The tier an entry matches in, or undefined. */
  match: (entry: NameEntry) => MatchTier | undefined;
}

/**
 * Why a query cannot be answered from the name index (the page then searches the text instead), or, for a
 * surname and initials (张mh), that the plan needs the manifest's surnames first.
 */
export type NameHint = 'empty' | 'one-character' | 'one-syllable' | 'needs-surnames';

/** What a plan needs to know of the index: the shard counts (the page has them) and, for 张mh, the surnames. */
export type NameKeys = Pick<NameManifest, 'shards'> & Partial<Pick<NameManifest, 'surnames'>>;

export interface PersonMatch {
  entry: PersonEntry;
  tier: MatchTier;
}
export interface PlaceMatch {
  entry: PlaceEntry;
  tier: MatchTier;
}

/** At most this many files per query, whatever it is: the first answer stays small. */
const MAX_FILES = 4;

export function planNameQuery(query: string, manifest: NameKeys): NamePlan | NameHint {
  const { han, latin } = normaliseQuery(query);
  if (!han && !latin) return 'empty';
  const files = new Set<string>();
  const add = (family: 's' | 'p' | 'i', text: string) => {
    if (files.size < MAX_FILES) files.add(shardFile(family, shardOf(shardKey(family, text), manifest.shards[family])));
  };

  if (han && !latin) {
    if ([...han].length < 2) return 'one-character';
    add('s', han);
    add('p', han);
    return {
      files: [...files],
      match: (entry: NameEntry) => {
        const name = entry[2];
        if (name === han) return 'exact';
        if (name.startsWith(han)) return 'starts';
        return name.includes(han) ? 'contains' : undefined;
      },
    };
  }

  if (han) {
    // A surname and the given name's initials or pinyin: 张mh, 张minghua.
    if (!manifest.surnames) return 'needs-surnames';
    const givenInitials = [latin, ...syllableSplits(latin).map(initialsOf)];
    for (const surnameInitials of manifest.surnames[han] ?? []) for (const initials of givenInitials) add('i', `${surnameInitials}${initials}`);
    if (files.size === 0) return 'one-character';
    return {
      files: [...files],
      match: (entry: NameEntry) => {
        if (entry[0] !== 'h' || !entry[2].startsWith(han)) return undefined;
        const surnameLength = [...han].length;
        const fits = readingsOf(entry).some((syllables) => {
          const given = syllables.slice(surnameLength);
          return initialsOf(given).startsWith(latin) || given.join('').startsWith(latin);
        });
        return fits ? 'surname+initials' : undefined;
      },
    };
  }

  const splits = syllableSplits(latin).filter((split) => split.length >= 2);
  if (latin.length <= 4) add('i', latin);
  for (const split of splits) add('i', initialsOf(split));
  if (files.size === 0) return 'one-syllable';
  return {
    files: [...files],
    match: (entry: NameEntry) => {
      let best: MatchTier | undefined;
      for (const syllables of readingsOf(entry)) {
        const joined = syllables.join('');
        const initials = initialsOf(syllables);
        const tier: MatchTier | undefined =
          joined === latin ? 'pinyin'
          : joined.startsWith(latin) && latin.length > 4 ? 'pinyin-start'
          : initials === latin ? 'initials'
          : initials.startsWith(latin) && latin.length >= 2 ? 'initials-start'
          : undefined;
        if (tier && (!best || MATCH_TIERS.indexOf(tier) < MATCH_TIERS.indexOf(best))) best = tier;
      }
      return best;
    },
  };
}

function readingsOf(entry: NameEntry): string[][] {
  return entry[3] ? entry[3].split('|').map((reading) => reading.split(' ')) : [];
}

/** The matches in the fetched shards, people and places apart, each in the order a reader expects. */
export function rankNameMatches(plan: NamePlan, shards: readonly (readonly NameEntry[])[]): { people: PersonMatch[]; places: PlaceMatch[] } {
  const people = new Map<string, PersonMatch>();
  const places = new Map<string, PlaceMatch>();
  for (const shard of shards) {
    for (const entry of shard) {
      const tier = plan.match(entry);
      if (!tier) continue;
      if (entry[0] === 'h') {
        const seen = people.get(entry[1]);
        if (!seen || MATCH_TIERS.indexOf(tier) < MATCH_TIERS.indexOf(seen.tier)) people.set(entry[1], { entry, tier });
      } else {
        const seen = places.get(entry[1]);
        if (!seen || MATCH_TIERS.indexOf(tier) < MATCH_TIERS.indexOf(seen.tier)) places.set(entry[1], { entry, tier });
      }
    }
  }
  const tierOrder = (a: { tier: MatchTier }, b: { tier: MatchTier }) => MATCH_TIERS.indexOf(a.tier) - MATCH_TIERS.indexOf(b.tier);
  return {
    people: [...people.values()].sort(
      (a, b) =>
        tierOrder(a, b) ||
        b.entry[5] - a.entry[5] ||
        b.entry[6] - a.entry[6] ||
        compareText(a.entry[2], b.entry[2]) ||
        compareText(a.entry[1], b.entry[1]),
    ),
    places: [...places.values()].sort((a, b) => tierOrder(a, b) || PLACE_ORDER.indexOf(a.entry[4]) - PLACE_ORDER.indexOf(b.entry[4]) || compareText(a.entry[1], b.entry[1])),
  };
}

const PLACE_ORDER = ['县（区）', '乡镇（街道）', '村（社区）'];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
