// Story templates for 交友帮扶好干部: a cadre sent from a unit to a village, told by 事迹类型.
//
// Households they helped are never named — household data stays anonymous.

import type { CadreCategory } from './honoree-plan.ts';
import type { Random } from './random.ts';
import type { StoryContext } from './self-reliance-stories.ts';
import { assembleStory, checkedSummary } from './story-paragraphs.ts';

export interface CadreStoryContext extends StoryContext {
  /** The unit the cadre comes from, e.g. 安康市财政局. */
  unit: string;
  /** Years the cadre has been stationed in the village. */
  yearsStationed: number;
}

type Template = (c: CadreStoryContext, r: Random) => string;

const he = (c: CadreStoryContext): string => (c.gender === '男' ? '他' : '她');

const SUMMARIES: Readonly<Record<CadreCategory, Template[]>> = {
  驻村帮扶: [
    (c) => `扎根${c.village}担任第一书记，走遍全村每一户，带领群众发展${c.industry.name}产业`,
    (c) => `驻村${c.yearsStationed}年，把${c.village}从软弱涣散村带成了${c.township}的先进村`,
  ],
  结对交友: [
    (_c, r) => `结对帮扶${r.int(3, 8)}户脱贫户，把结对户当亲戚走，户户交成了朋友`,
    () => `一年入户走访几十次，帮结对户理清发展思路，电话回访满意率百分之百`,
  ],
  产业帮扶: [(c, r) => `协调产业资金${r.int(30, 300)}万元，建起${c.industry.baseNoun}，带动脱贫户稳定增收`],
  就业帮扶: [(_c, r) => `联系社区工厂和用工企业，帮助${r.int(20, 120)}名脱贫劳动力在家门口就业`],
  教育帮扶: [(_c, r) => `牵线资助${r.int(10, 60)}名困难家庭学生，确保没有一个孩子因贫失学`],
  健康帮扶: [(_c, r) => `组织义诊${r.int(6, 20)}场，帮助大病患者落实医疗救助，守住不因病返贫的底线`],
};

const OPENINGS: readonly Template[] = [
  (c) =>
    `${c.year - c.yearsStationed}年，${c.name}从${c.unit}派驻${c.township}${c.village}担任第一书记。初到村里，${he(c)}用三个月时间走遍了全村，记满了两本民情日记。`,
  (c) => `${c.name}是${c.unit}的一名干部，结对帮扶${c.village}的几户脱贫户。${he(c)}说，结对不是走过场，要把群众当亲人。`,
  (c, r) =>
    `${c.village}山高路远，从县城开车过去要${r.int(1, 3)}个多小时。${c.name}作为${c.unit}的驻村干部，一住就是${c.yearsStationed}年。`,
];

const ACTIONS: Readonly<Record<CadreCategory, Template[]>> = {
  驻村帮扶: [
    (c, r) => `${he(c)}带着村两委一班人理思路、找项目，争取资金修通了${r.int(3, 15)}公里产业路，又引进企业发展${c.industry.name}产业。`,
    (c) => `村里的大事小情，${he(c)}都召集群众坐下来商量，重大事项一律张榜公示，群众的怨气少了，干劲足了。`,
  ],
  结对交友: [
    (c, r) =>
      `${he(c)}把结对户当亲戚走，一年入户${r.int(8, 30)}次。谁家缺劳力、谁家孩子在哪上学、谁家老人吃什么药，${he(c)}都记得清清楚楚。`,
    (c) => `每年3月底前，${he(c)}都会和结对户一起确认交友关系；平时一个电话打过去，大事小事都能说上话。`,
  ],
  产业帮扶: [
    (c, r) => `${he(c)}跑项目、找资金，帮村里建起${c.industry.baseScale(r)}${c.industry.baseNoun}，脱贫户通过务工、入股两条路增收。`,
    (c) => `为了解决${c.industry.product}卖难的问题，${he(c)}联系${c.unit}的食堂和职工开展消费帮扶，还帮合作社开起了网店。`,
  ],
  就业帮扶: [
    (c, r) =>
      `${he(c)}联系${c.county}的社区工厂，组织了${r.int(3, 10)}场招聘会，帮助脱贫劳动力在家门口就业，月工资在${r.int(20, 40) * 100}元以上。`,
    (c) => `对外出务工的脱贫户，${he(c)}和工作队逐一建立台账，定期电话联系，帮助落实交通补助和稳岗政策。`,
  ],
  教育帮扶: [(c, r) => `${he(c)}发动${c.unit}职工与困难学生结成对子，累计捐资助学${r.int(5, 30)}万元，还为村小学建起了图书室。`],
  健康帮扶: [
    (c, r) => `${he(c)}协调${c.county}人民医院专家进村义诊${r.int(6, 20)}场，为慢性病患者建立了健康档案，帮助落实家庭医生签约服务。`,
  ],
};

const COLOUR: readonly Template[] = [
  (c, r) => `${he(c)}随身带着一本民情日记，记下了群众反映的${r.int(4, 20) * 10}多件事，件件有回音。`,
  (c) => `${he(c)}的家人在城里，一年到头难得回去几次。${he(c)}说，村里的事就是自家的事。`,
  (c) => `在${c.village}，老人们都叫${he(c)}“${c.name.slice(0, 1)}书记”，孩子们见了${he(c)}会远远地打招呼。`,
  () => `遇到政策问题，群众不用跑腿，打个电话就能问清楚；遇到急事难事，工作队当天就到。`,
];

const CLOSINGS: readonly Template[] = [
  (c) => `一位结对户说："${c.name}就像我们自家人，有啥难处都愿意跟${he(c)}说。"`,
  (c) => `${c.year}年，${c.name}被评为安康市交友帮扶好干部。${he(c)}说，荣誉属于和${he(c)}一起奋战的乡亲们。`,
  (c, r) => `电话回访中，${he(c)}结对帮扶的群众满意度连续${r.int(2, 4)}年达到百分之百。`,
];

export function cadreStory(category: CadreCategory, c: CadreStoryContext, r: Random): { summary: string; story: string } {
  const summary = checkedSummary(r.pick(SUMMARIES[category])(c, r));
  const story = assembleStory([
    [r.pick(OPENINGS)(c, r), true],
    [r.pick(ACTIONS[category])(c, r), true],
    [r.pick(COLOUR)(c, r), r.chance(0.6)],
    [r.pick(CLOSINGS)(c, r), r.chance(0.85)],
  ]);
  return { summary, story };
}
