// The rural industries of the Qinba mountains that stories and projects are built around.

import { groupThousands } from './number-text.ts';
import type { Random } from './random.ts';

export interface Industry {
  /** Short name used in project names and nicknames: 魔芋, 茶叶. */
  name: string;
  /** What a family does: 种魔芋, 养中蜂. */
  doing: string;
  /** The product that is sold: 魔芋精粉, 土蜂蜜. */
  product: string;
  /** A household-sized operation, e.g. `12亩茶园`. */
  householdScale: (random: Random) => string;
  /** A project-sized base, e.g. `300亩`, for project names and goals. */
  baseNoun: string;
  baseScale: (random: Random) => string;
}

/**
 * Large counts sometimes carry an ASCII thousands separator, as people type them
 * ("1,200株"), which puts plain commas inside CSV fields.
 */
export function countText(n: number, random: Random): string {
  return n >= 1000 && random.chance(0.5) ? groupThousands(n) : String(n);
}

export const INDUSTRIES: readonly Industry[] = [
  {
    name: '茶叶',
    doing: '种茶',
    product: '富硒绿茶',
    baseNoun: '茶园',
    householdScale: (r) => `${r.int(5, 60)}亩茶园`,
    baseScale: (r) => `${r.int(10, 80) * 10}亩`,
  },
  {
    name: '魔芋',
    doing: '种魔芋',
    product: '魔芋精粉',
    baseNoun: '魔芋种植基地',
    householdScale: (r) => `${r.int(4, 40)}亩魔芋`,
    baseScale: (r) => `${r.int(10, 60) * 10}亩`,
  },
  {
    name: '核桃',
    doing: '栽核桃',
    product: '核桃',
    baseNoun: '核桃园',
    householdScale: (r) => `${countText(r.int(20, 180) * 10, r)}株核桃`,
    baseScale: (r) => `${r.int(20, 100) * 10}亩`,
  },
  {
    name: '香菇',
    doing: '种香菇',
    product: '干香菇',
    baseNoun: '香菇大棚',
    householdScale: (r) => `${r.int(1, 8)}万袋香菇`,
    baseScale: (r) => `${r.int(10, 60)}座`,
  },
  {
    name: '生猪',
    doing: '养猪',
    product: '生猪',
    baseNoun: '生猪养殖场',
    householdScale: (r) => `年出栏生猪${r.int(30, 400)}头`,
    baseScale: (r) => `年出栏${countText(r.int(5, 30) * 100, r)}头`,
  },
  {
    name: '中蜂',
    doing: '养中蜂',
    product: '土蜂蜜',
    baseNoun: '中蜂养殖基地',
    householdScale: (r) => `中蜂${r.int(20, 150)}箱`,
    baseScale: (r) => `${r.int(20, 80) * 10}箱`,
  },
  {
    name: '富硒',
    doing: '做富硒农产品加工',
    product: '富硒腊肉',
    baseNoun: '富硒农产品加工厂房',
    householdScale: (r) => `年加工富硒腊肉${countText(r.int(8, 60) * 100, r)}斤`,
    baseScale: (r) => `${r.int(6, 30) * 100}平方米`,
  },
  {
    name: '蚕桑',
    doing: '栽桑养蚕',
    product: '蚕茧',
    baseNoun: '桑园',
    householdScale: (r) => `${r.int(5, 30)}亩桑园`,
    baseScale: (r) => `${r.int(10, 50) * 10}亩`,
  },
  {
    name: '土鸡',
    doing: '养土鸡',
    product: '土鸡蛋',
    baseNoun: '林下土鸡养殖基地',
    householdScale: (r) => `土鸡${countText(r.int(3, 30) * 100, r)}只`,
    baseScale: (r) => `${countText(r.int(5, 30) * 1000, r)}只`,
  },
  {
    name: '黄精',
    doing: '种中药材',
    product: '黄精',
    baseNoun: '中药材种植基地',
    householdScale: (r) => `${r.int(5, 40)}亩黄精`,
    baseScale: (r) => `${r.int(10, 50) * 10}亩`,
  },
];
