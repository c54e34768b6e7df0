// Story templates for 自强标兵, one set per 事迹类型, filled with the honoree's real village and an industry.
//
// Paragraphs are drawn independently (opening, what they did, the result, and
// optional colour), so a few dozen templates give thousands of distinct stories.
// Some templates quote people with ASCII or Chinese quotation marks, and counts
// may carry thousands separators, so the CSV writer's quoting gets exercised.

import type { Industry } from './industries.ts';
import type { Gender } from './person-names.ts';
import type { Random } from './random.ts';
import type { SelfRelianceCategory } from './honoree-plan.ts';
import { assembleStory, checkedSummary } from './story-paragraphs.ts';

export interface StoryContext {
  name: string;
  gender: Gender;
  age: number;
  county: string;
  township: string;
  village: string;
  year: number;
  /** e.g. 市级自强标兵 */
  title: string;
  industry: Industry;
  /** The size of the family's operation (`12亩茶园`). */
  scale: string;
  /** Households the honoree helped, employed or brought along. */
  households: number;
  /** Debt once owed, in 万元. */
  debt: number;
  /** Years of caring for an elder. */
  careYears: number;
}

/** The facts a story states, drawn once so that the summary and every paragraph agree on them. */
export function storyFacts(industry: Industry, r: Random): Pick<StoryContext, 'industry' | 'scale' | 'households' | 'debt' | 'careYears'> {
  return { industry, scale: industry.householdScale(r), households: r.int(8, 60), debt: r.int(3, 12), careYears: r.int(6, 20) };
}

type Template = (c: StoryContext, r: Random) => string;

interface CategoryTemplates {
  summaries: Template[];
  openings: Template[];
  actions: Template[];
  results: Template[];
}

const he = (c: StoryContext): string => (c.gender === '男' ? '他' : '她');
const spouse = (c: StoryContext): string => (c.gender === '男' ? '妻子' : '丈夫');
const elder = (c: StoryContext): string => (c.gender === '男' ? '老母亲' : '婆婆');

const STORIES: Readonly<Record<SelfRelianceCategory, CategoryTemplates>> = {
  自主创业: {
    summaries: [
      (c) => `返乡创业${c.industry.doing}，发展${c.scale}，一家人靠产业脱了贫`,
      (c) => `从贫困户到创业带头人，用${c.industry.product}闯出一条致富路`,
    ],
    openings: [
      (c, r) =>
        `${c.name}是${c.township}${c.village}人，早年在外务工，${c.year - r.int(4, 9)}年回乡创业。那时家里还有一位常年吃药的老人，日子过得紧巴巴。`,
      (c) =>
        `${c.name}今年${c.age}岁，曾是${c.village}的建档立卡贫困户。看着村里山坡上撂荒的土地，${he(c)}心里一直在琢磨：守着青山，能不能闯出一条自己的路？`,
      (c) =>
        `在${c.county}${c.township}，提起${c.name}，不少人都会竖起大拇指。几年前，${he(c)}还是村里有名的困难户，一家四口挤在漏雨的土坯房里。`,
    ],
    actions: [
      (c, r) =>
        `${he(c)}拿出打工攒下的积蓄，又申请了${r.int(3, 5)}万元扶贫小额信贷，${c.industry.doing}，从${c.scale}起步。没有技术，${he(c)}就跑到县农技站请教，晚上对着手机学视频。`,
      (c) =>
        `${he(c)}和几户乡亲一起成立了合作社，${c.industry.doing}，如今已发展到${c.scale}。为了打开销路，${he(c)}学会了网上直播，把“${c.village}${c.industry.product}”卖到了西安、武汉。`,
      (c) => `起步并不顺利：第一年遇上连阴雨，投进去的钱几乎全赔了。${he(c)}没有泄气，第二年改进技术，规模扩大到${c.scale}。`,
    ],
    results: [
      (c, r) => `去年，${he(c)}家${c.industry.product}收入超过${r.int(5, 30)}万元，还清了全部贷款，盖起了两层小楼。`,
      (c, r) => `如今，${he(c)}的产业带动周边${r.int(8, 60)}户农户参与，户均年增收${r.int(20, 80) * 100}元。`,
    ],
  },
  勤劳致富: {
    summaries: [
      (c) => `起早贪黑${c.industry.doing}，靠${c.scale}和务工收入撑起一个家`,
      () => `起早贪黑、一专多能，靠一双勤劳的手让全家过上了好日子`,
    ],
    openings: [
      (c) => `${c.name}家住${c.township}${c.village}，${spouse(c)}患病多年，两个孩子还在上学，全家的担子压在${he(c)}一个人肩上。`,
      (c) => `${c.name}今年${c.age}岁，是${c.village}出了名的“闲不住”。几年前，家里因病致贫，最困难的时候连孩子的学费都凑不齐。`,
      (c) => `${c.village}地处深山，人均耕地不到一亩。${c.name}一家五口，过去全靠几亩坡地种玉米，年年收入不够开销。`,
    ],
    actions: [
      (c) => `${he(c)}每天天不亮就上山，${c.industry.doing}，发展了${c.scale}，农闲时还到附近工地打零工，一年到头几乎没有歇过一天。`,
      (c) =>
        `驻村工作队上门讲技术，${he(c)}每次都拿个小本子记下来，几年下来记满了厚厚三本。${he(c)}家的${c.industry.product}品质好，收购商每年都上门来收。`,
      (c, r) =>
        `${he(c)}在村里的社区工厂找了份工作，每月工资${r.int(20, 45) * 100}元；下班后回家${c.industry.doing}，一份工资、一份产业，两头都不耽误。`,
    ],
    results: [
      (c, r) => `靠着一双勤劳的手，${he(c)}家${c.year - r.int(1, 3)}年人均纯收入达到${r.int(9, 18) * 1000}元，顺利脱贫。`,
      (c) => `${he(c)}常说："幸福是奋斗出来的，等靠要换不来好日子。"这句话如今成了村里不少年轻人的口头禅。`,
      (c, r) => `去年，${he(c)}家翻修了老房子，还添置了一台旋耕机，存款也有了${r.int(2, 8)}万元。`,
    ],
  },
  孝老爱亲: {
    summaries: [
      (c) => `${c.careYears}年如一日悉心照料年迈的老人，孝老爱亲的家风在村里传为佳话`,
      () => `孝老爱亲、勤俭持家，带出一个和睦的好家庭`,
    ],
    openings: [
      (c) => `${c.name}的${elder(c)}瘫痪在床已经${c.careYears}年。这些年，${he(c)}每天给老人擦身、喂饭、按摩，老人从没生过一次褥疮。`,
      (c) => `走进${c.village}${c.name}家，小院收拾得干干净净，八十多岁的老人坐在门口晒太阳，精神头很足。`,
      (c, r) =>
        c.gender === '女'
          ? `${c.name}${r.int(18, 30)}岁时嫁到${c.village}，没过几年，公公就因病去世，留下年迈的婆婆和一笔外债。`
          : `${c.name}是家里的长子。父亲早年因病去世，留下年迈的母亲、${r.int(2, 3)}个弟妹和一笔外债。`,
    ],
    actions: [
      (c) => `为了照顾老人，${he(c)}放弃了外出务工的机会，在家门口${c.industry.doing}，发展了${c.scale}，一边挣钱一边尽孝。`,
      (c) => `老人有高血压，${he(c)}专门学会了量血压、记用药，夜里老人咳嗽一声，${he(c)}就起身查看。邻居们说，亲生儿女也不过如此。`,
      (c) => `${he(c)}把家里最向阳的房间让给老人住，自己住在靠山的偏房。逢年过节，${he(c)}总是先给老人添置新衣，自己却舍不得买一件。`,
    ],
    results: [
      (c) => `在${he(c)}的带动下，家里兄弟姐妹和睦相处，${c.village}的乡亲们都说，这家人的家风是村里的榜样。`,
      (c, r) =>
        `${he(c)}家先后被评为“${c.township}好家庭”“${c.county}最美家庭”，家里的日子也一年比一年好，去年收入达到${r.int(4, 12)}万元。`,
    ],
  },
  诚实守信: {
    summaries: [
      (c) => `因病欠下外债${c.debt}万元，靠${c.industry.doing}一笔一笔全部还清`,
      () => `"欠人家的，一分都不能少"，诚实守信还清全部外债`,
    ],
    openings: [
      (c, r) => `${c.year - r.int(6, 10)}年，${c.name}家因病欠下外债${c.debt}万元。不少债主没打借条，还有人劝${he(c)}别着急还。`,
      (c) => `${c.name}家曾因${spouse(c)}生病欠下外债${c.debt}万元。最难的时候，一家人一天只吃两顿饭，可${he(c)}从没想过赖账。`,
    ],
    actions: [
      (c) => `${he(c)}把每一笔账都记在本子上，逢人就说："欠人家的，一分都不能少。"`,
      (c) => `${he(c)}${c.industry.doing}，发展了${c.scale}。每卖一批货，${he(c)}先把钱送到债主家里，自家再苦也不拖欠。`,
      (c) => `有一回，收购商多给了${he(c)}一千多元货款，${he(c)}连夜骑摩托车赶了二十多里山路把钱送了回去。`,
    ],
    results: [
      (c, r) => `用了${r.int(3, 6)}年时间，${he(c)}把欠款全部还清。如今，${he(c)}在信用社的信用等级是“AAA”，贷款再也不用愁。`,
      (c) => `如今，${he(c)}不仅还清了所有欠款，还在村里开了一家小卖部，从不缺斤短两，乡亲们都说在${he(c)}店里买东西放心。`,
    ],
  },
  邻里互助: {
    summaries: [() => `热心肠、好邻居，谁家有难处都第一个赶到`, (c) => `带着邻居一起发展产业，先后帮助${c.households}户乡亲增收`],
    openings: [
      (c) => `${c.name}是${c.village}出了名的热心人。谁家老人生病、谁家秋收缺人手，${he(c)}总是第一个赶到。`,
      (c) => `${c.name}自己也是从困难中走过来的。${he(c)}说，当年要不是乡亲们帮衬，就没有今天的好日子。`,
    ],
    actions: [
      (c) => `${he(c)}把自己${c.industry.doing}的技术毫无保留地教给邻居，先后帮助${c.households}户乡亲发展产业，还免费借出自家的工具。`,
      (c, r) => `村里修通组路时，${he(c)}主动让出自家${r.int(2, 8)}分地，还带着邻居们投工投劳，${r.int(20, 60)}天就把路修通了。`,
      (c) => `村里几位独居老人的柴米油盐，${he(c)}常年帮着张罗；下雪天，${he(c)}挨家挨户去看水管冻没冻、屋顶漏没漏。`,
    ],
    results: [
      (c) => `${c.village}的乡亲们说，有${he(c)}在，大家心里就踏实。`,
      (c, r) => `在${he(c)}的带动下，村里成立了互助小组，${r.int(10, 40)}户人家结成了对子，遇事有人帮，致富有人带。`,
    ],
  },
  身残志坚: {
    summaries: [
      (c) => `身有残疾不言弃，${c.industry.doing}自食其力，还带着病友一起干`,
      (c) => `“身体残疾了，志气不能残”，靠${c.industry.product}撑起一个家`,
    ],
    openings: [
      (c, r) =>
        `${c.name}${c.age - r.int(5, 12)}岁那年在工地上受伤，失去了左腿。回到${c.village}时，家里欠着医药费，${he(c)}一度不愿出门。`,
      (c) => `${c.name}从小患有小儿麻痹症，走路一瘸一拐。在${c.village}，${he(c)}家曾是最困难的几户之一。`,
    ],
    actions: [
      (c) => `${he(c)}没有向命运低头，拄着拐杖学技术，${c.industry.doing}，硬是发展起了${c.scale}。`,
      (c) => `县残联送来了技术培训，${he(c)}一期不落地参加。${he(c)}说：“身体残疾了，志气不能残。”`,
      (c, r) => `${he(c)}还把村里另外${r.int(2, 6)}名残疾人组织起来，一起${c.industry.doing}，谁有困难大家互相搭把手。`,
    ],
    results: [
      (c, r) => `如今，${he(c)}家年收入超过${r.int(4, 10)}万元，不但还清了欠款，还供孩子读完了大学。`,
      (c) => `${he(c)}的故事在${c.township}传开后，不少身处困境的人都来找${he(c)}取经。`,
    ],
  },
  带贫致富: {
    summaries: [
      (c) => `牵头成立${c.industry.name}专业合作社，带动${c.households}户脱贫户务工增收`,
      () => `自己富了不忘乡亲，用"合作社+基地+农户"模式带着大家一起干`,
    ],
    openings: [
      (c, r) => `作为村里的致富带头人，${c.name}${c.year - r.int(3, 7)}年牵头成立了${c.village}${c.industry.name}专业合作社。`,
      (c) => `${c.name}是${c.township}有名的“${c.industry.name}能人”。自己的日子好起来后，${he(c)}心里惦记着村里还没脱贫的乡亲。`,
    ],
    actions: [
      (c, r) => `合作社采取"合作社+基地+农户"的模式，吸纳${c.households}户脱贫户务工，每人每年工资收入${r.int(8, 20) * 1000}元以上。`,
      (c) => `${he(c)}为脱贫户免费提供种苗、技术，并按保底价收购，让大家“零风险”发展产业。`,
      (c, r) => `${he(c)}流转了${r.int(50, 300)}亩撂荒地，建起${c.industry.baseNoun}，脱贫户以土地入股，年底按股分红。`,
    ],
    results: [
      (c, r) => `去年，合作社销售额达到${r.int(80, 600)}万元，${c.households}户脱贫户户均增收${r.int(20, 60) * 100}元。`,
      (c) => `乡亲们说：“跟着${c.name}干，心里有底。”`,
    ],
  },
  移风易俗: {
    summaries: [
      (c) => `带头简办婚事，推动${c.village}把“婚事新办、丧事简办”写进村规民约`,
      () => `当好红白理事会会长，刹住大操大办之风，为乡亲们省下真金白银`,
    ],
    openings: [
      (c) => `${c.name}是${c.village}红白理事会会长。过去，村里办酒席攀比成风，一场酒席动辄花费好几万元，不少人家因此背上了债。`,
      (c) => `${c.name}是${c.village}的村民小组长。${he(c)}常说，脱贫不光要鼓起“钱袋子”，还要富了“脑袋子”。`,
    ],
    actions: [
      (c) => `儿子结婚时，${he(c)}带头不收彩礼、不大操大办，省下的钱全部投进了自家的${c.industry.name}产业。`,
      (c) => `${he(c)}挨家挨户上门做工作，和大家算“人情账”，推动村里修订村规民约，把“婚事新办、丧事简办、其他不办”写了进去。`,
      (c, r) => `${he(c)}组织成立了${r.int(5, 12)}人的红白理事会，谁家办事都上门帮着张罗，酒席标准定到每桌不超过${r.int(3, 6) * 100}元。`,
    ],
    results: [
      (c, r) => `这几年，${c.village}群众办酒席的开支下降了一大半，全村一年少花${r.int(20, 90)}万元人情钱。`,
      (c) => `如今，村里打牌赌博的少了，学技术、谋发展的多了，${c.village}被评为${c.county}文明村。`,
    ],
  },
};

const COLOUR: readonly Template[] = [
  (c) => `驻村工作队和结对干部常到${he(c)}家里坐坐，帮着算收入账、理发展思路。${he(c)}说，是党的好政策给了${he(c)}底气。`,
  (c, r) => `${c.year - r.int(1, 3)}年，${he(c)}参加了${c.county}组织的实用技术培训，拿到了结业证书，回来后把学到的本事都用上了。`,
  (c) => `${c.township}的干部说，${c.name}身上有一股不服输的劲儿，这正是“诚、孝、俭、勤、和”的样子。`,
  (c) => `记者来到${c.village}时，${he(c)}正忙着整理刚收回来的${c.industry.product}，手上沾满了泥土，脸上却一直带着笑。`,
];

/** Only for stories about making a living, where "expanding next year" makes sense. */
const LIVELIHOODS: ReadonlySet<SelfRelianceCategory> = new Set(['自主创业', '勤劳致富', '带贫致富', '身残志坚']);
const LIVELIHOOD_CLOSINGS: readonly Template[] = [
  (c) => `谈起今后的打算，${he(c)}笑着说：“日子是干出来的，明年还要再扩大规模。”`,
  (c) => `${he(c)}正盘算着明年再添些${c.industry.product}的销路，让更多乡亲跟着一起干。`,
];

const CLOSINGS: readonly Template[] = [
  (c) => `${c.year}年，${c.name}被评为${c.title}。${he(c)}说，今后要带动更多乡亲一起过上好日子。`,
  (c) => `${he(c)}的故事在${c.township}广为流传，成为“树千名自强标兵、交万名农民朋友”活动中的一个缩影。`,
  (c) => `这些年，${he(c)}家的日子越过越红火，${he(c)}也成了${c.village}群众身边看得见、学得来的榜样。`,
];

export function selfRelianceStory(category: SelfRelianceCategory, c: StoryContext, r: Random): { summary: string; story: string } {
  const t = STORIES[category];
  const summary = checkedSummary(r.pick(t.summaries)(c, r));
  const opening = r.pick(t.openings)(c, r);
  const action = r.pick(t.actions)(c, r);
  const result = r.pick(t.results)(c, r);
  const colour = r.pick(COLOUR)(c, r);
  const closing = r.pick(LIVELIHOODS.has(category) ? [...CLOSINGS, ...LIVELIHOOD_CLOSINGS] : CLOSINGS)(c, r);
  // A tenth of stories come in two long paragraphs; the rest in three to five.
  if (r.chance(0.1)) return { summary, story: [opening + action, result + closing].join('\n\n') };
  const story = assembleStory([
    [opening, true],
    [action, true],
    [colour, r.chance(0.55)],
    [result, true],
    [closing, r.chance(0.7)],
  ]);
  return { summary, story };
}
