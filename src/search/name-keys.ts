// The name index's keys, shared by the build that writes it and the browser that reads it: how a query is
// normalised, split into pinyin syllables, and which shard file holds each key. Pure, no dependencies.
//
// Three families of shards, each keyed by a short prefix and spread over a fixed number of files by a hash
// of it (so that the manifest stays a few numbers, whatever the names):
//   s  the first two characters of a name (张明 for 张明华, 欧阳 for 欧阳娜娜)  → full names, names starting with the query
//   p  every two characters that start after the first (明华 in 张明华)       → any other part of a name
//   i  the first three initials of each reading (zmh; sd for 单丹 read shàn or dān) → pinyin and initials

/** Every pinyin syllable, without tones, ü written u (generated from pinyin-pro over U+4E00–U+9FA5; m, n, ng, hng left out). */
export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(
  `
  a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen
  ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci
  cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du
  duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong
  gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang
  hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng
  kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin
  ling liu lo long lou lu luan lue lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo
  mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo o ou
  pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing
  qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se
  sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si
  song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun
  tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan
  yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang
  zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui
  zun zuo
  `.trim().split(/\s+/),
);

export type ShardFamily = 's' | 'p' | 'i';

/** Entries a shard holds on average: a few kilobytes gzipped, so one query stays far inside its 60 KB. */
const ENTRIES_PER_SHARD = 250;

/**
 * How many files each family is spread over, from two numbers the search page knows before it fetches anything
 * (the people in the index and the places): the page computes the same counts, so a query fetches its shards
 * beside the manifest, in one round trip — on Slow 4G each round trip is over half a second.
 */
export function shardCounts(people: number, places: number): Record<ShardFamily, number> {
  const files = (entries: number) => Math.max(1, Math.ceil(entries / ENTRIES_PER_SHARD));
  return { s: files(people + 2 * places), p: files(people), i: files(people + 2 * places) };
}

/** Han characters (CJK unified ideographs and extension A), as names are written. */
const HAN = /\p{Script=Han}/u;

/** A query as typed, reduced to what is matched: NFKC, no spaces or separators; Latin letters lowercase, tones and ü removed. */
export function normaliseQuery(query: string): { han: string; latin: string } {
  const text = query.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff·'’,，.。\-_]/g, '');
  let han = '';
  let latin = '';
  for (const char of text) {
    if (HAN.test(char)) {
      // A Han character after Latin letters starts a new query part we do not combine: keep the first part only.
      if (latin) break;
      han += char;
    } else {
      latin += char;
    }
  }
  return { han, latin: plainLatin(latin) };
}

/** Latin letters without tones or umlauts, lowercase: zhāng → zhang, lǚ and lv → lu. */
export function plainLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/v/g, 'u')
    .replace(/[^a-z]/g, '');
}

/**
 * The ways `letters` splits into pinyin syllables, fewest syllables first, at most `limit` of them
 * (xian → xian, xi an). Empty when it does not split (zmh).
 */
export function syllableSplits(letters: string, limit = 8): string[][] {
  const found: string[][] = [];
  const walk = (at: number, taken: string[]) => {
    if (found.length >= limit * 4) return;
    if (at === letters.length) {
      found.push([...taken]);
      return;
    }
    for (let end = Math.min(letters.length, at + 6); end > at; end--) {
      const syllable = letters.slice(at, end);
      if (PINYIN_SYLLABLES.has(syllable)) walk(end, [...taken, syllable]);
    }
  };
  walk(0, []);
  return found.sort((a, b) => a.length - b.length).slice(0, limit);
}

/** The initials of a reading: zhang ming hua → zmh. */
export function initialsOf(syllables: readonly string[]): string {
  return syllables.map((syllable) => syllable[0] ?? '').join('');
}

/** The key of a name or query part in a family: two characters, or three initials. */
export function shardKey(family: ShardFamily, text: string): string {
  return family === 'i' ? text.slice(0, 3) : [...text].slice(0, 2).join('');
}

/** The shard (0…count-1) of a key: FNV-1a over its UTF-16 code units. */
export function shardOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** A shard's file name beside the manifest. */
export function shardFile(family: ShardFamily, shard: number): string {
  return `${family}-${shard}.json`;
}
