// Invented Chinese personal names: a weighted surname and a one- or two-character given name.
//
// Given names are drawn from small pools of common characters, so at sample scale
// many people share a two-character substring (张明华, 李明华, 刘明) — exactly
// what partial-name search has to handle.

import { pickWeighted, type Random } from './random.ts';

export type Gender = '男' | '女';

/** Roughly by frequency, with names common in southern Shaanxi (柯, 储, 冉, 覃) mixed in. */
// prettier-ignore
const SURNAMES: readonly (readonly [string, number])[] = [
  ["王", 72], ["李", 70], ["张", 68], ["刘", 54], ["陈", 46], ["杨", 32], ["赵", 24], ["黄", 22],
  ["周", 20], ["吴", 18], ["徐", 14], ["孙", 13], ["胡", 12], ["朱", 11], ["高", 11], ["林", 8],
  ["何", 10], ["郭", 10], ["马", 10], ["罗", 9], ["梁", 7], ["宋", 7], ["郑", 7], ["谢", 6],
  ["韩", 6], ["唐", 6], ["冯", 6], ["于", 5], ["董", 5], ["程", 5], ["曹", 5], ["袁", 5],
  ["邓", 5], ["许", 5], ["傅", 4], ["沈", 4], ["曾", 4], ["彭", 4], ["吕", 4], ["苏", 4],
  ["蒋", 4], ["蔡", 4], ["贾", 4], ["丁", 3], ["魏", 3], ["薛", 3], ["叶", 3], ["余", 3],
  ["潘", 3], ["杜", 3], ["戴", 3], ["夏", 3], ["钟", 3], ["汪", 3], ["田", 3], ["任", 3],
  ["姜", 3], ["范", 3], ["方", 3], ["石", 3], ["姚", 3], ["谭", 3], ["廖", 3], ["邹", 3],
  ["熊", 3], ["金", 2], ["陆", 2], ["郝", 2], ["孔", 2], ["白", 2], ["崔", 2], ["康", 2],
  ["毛", 2], ["邱", 2], ["秦", 2], ["江", 2], ["史", 2], ["顾", 2], ["侯", 2], ["邵", 2],
  ["孟", 2], ["龙", 2], ["万", 2], ["段", 2], ["雷", 2], ["钱", 2], ["汤", 2], ["尹", 2],
  ["黎", 2], ["易", 2], ["常", 2], ["武", 2], ["乔", 2], ["贺", 2], ["赖", 2], ["龚", 2],
  ["文", 2], ["柯", 3], ["储", 2], ["冉", 2], ["覃", 1], ["阮", 1], ["屈", 1], ["向", 2],
  ["欧阳", 1], ["司马", 1], ["诸葛", 0.5],
];

const MALE_CHARS = [...'建国明华军强伟勇平海林文德志成俊福贵兴春生金山忠祥安宝全永长树学友洪顺庆发荣宏新东红光世正家利清中小运开有'];
const FEMALE_CHARS = [...'秀英兰芳玲梅霞珍娟艳丽琴凤燕红敏桂云翠萍春花娥芬静莲香玉菊琼晓婷雪慧月青巧彩淑'];
/** Whole given names so common that several honorees in a year will share them. */
const COMMON_MALE = ['明华', '建国', '志强', '德华', '国强', '海军', '建华', '春生', '永红', '文明'];
const COMMON_FEMALE = ['秀英', '桂兰', '海燕', '春花', '玉兰', '秀兰', '明华', '小红', '翠萍', '丽娟'];

function givenName(gender: Gender, random: Random): string {
  const chars = gender === '男' ? MALE_CHARS : FEMALE_CHARS;
  const roll = random.next();
  if (roll < 0.18) return random.pick(gender === '男' ? COMMON_MALE : COMMON_FEMALE);
  if (roll < 0.42) return random.pick(chars);
  let second = random.pick(chars);
  const first = random.pick(chars);
  while (second === first) second = random.pick(chars);
  return first + second;
}

export function personName(gender: Gender, random: Random): string {
  return pickWeighted(random, SURNAMES) + givenName(gender, random);
}

/** The source documents give no gender split; the default share of women is invented. */
export function personGender(random: Random, womenShare = 0.38): Gender {
  return random.chance(womenShare) ? '女' : '男';
}
