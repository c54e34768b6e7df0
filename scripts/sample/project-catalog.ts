// The kinds of poverty-alleviation projects a county funds, with how each is named, run and described.
//
// Templates follow the national guidance for fund notices: a project states its
// place, task, implementing unit, performance goal and the mechanism through
// which poor households benefit.

import type { Industry } from './industries.ts';
import type { Random } from './random.ts';
import type { CountyNode, TownshipNode, VillageNode } from './regions.ts';

export type ProjectCategory = '产业发展' | '就业扶持' | '教育扶持' | '易地搬迁' | '健康扶贫' | '兜底保障' | '基础设施' | '其他';

export interface ProjectPlace {
  county: CountyNode;
  township: TownshipNode;
  /** Null for township-wide projects. */
  village: VillageNode | null;
}

export interface Beneficiaries {
  households: number;
  persons: number;
  poorHouseholds: number;
}

export interface ProjectKind {
  category: ProjectCategory;
  weight: number;
  /** Share of such projects built in one village rather than across a township. */
  villageShare: number;
  name: (place: string, industry: Industry, r: Random) => string;
  /** Implementing unit and the title of its responsible official. */
  unit: (p: ProjectPlace) => [unit: string, title: string];
  budgetYuan: [number, number];
  durationDays: [number, number];
  goal: (b: Beneficiaries, industry: Industry, r: Random) => string;
  mechanism: (b: Beneficiaries, industry: Industry, r: Random) => string;
  /** 建设任务: what is built or done. */
  task: (industry: Industry, r: Random) => string;
  /** 补助标准: what a household, person, mu or kilometre receives. */
  subsidyStandard: (r: Random) => string;
}

const townshipGov = (p: ProjectPlace): [string, string] =>
  p.township.kind === '街道' ? [`${p.township.name}办事处`, '主任'] : [`${p.township.name}人民政府`, '镇长'];
const countyBureau =
  (bureau: string, head = '局长') =>
  (p: ProjectPlace): [string, string] => [`${p.county.name}${bureau}`, head];
const cooperative = (p: ProjectPlace): [string, string] => (p.village ? [`${p.village.name}股份经济合作社`, '理事长'] : townshipGov(p));

const equityMechanism = (b: Beneficiaries, _i: Industry, r: Random): string =>
  `采取"村集体+合作社+农户"模式，${b.poorHouseholds}户脱贫户以土地、劳力入股，年底按股分红；基地优先吸纳脱贫户务工，人均年务工收入${r.int(30, 80) * 100}元以上。`;
const assetMechanism = (_b: Beneficiaries, _i: Industry, r: Random): string =>
  `项目形成的资产归村集体所有，收益的${r.int(5, 8) * 10}%用于设置公益性岗位和扶持脱贫户发展产业。`;

export const PROJECT_KINDS: readonly ProjectKind[] = [
  {
    category: '产业发展',
    weight: 22,
    villageShare: 0.85,
    name: (place, i) => `${place}${i.baseNoun}建设项目`,
    unit: cooperative,
    budgetYuan: [100_000, 3_000_000],
    durationDays: [90, 330],
    goal: (b, i, r) => `新建${i.baseNoun}${i.baseScale(r)}，带动${b.poorHouseholds}户脱贫户户均增收${r.int(10, 40) * 100}元以上。`,
    mechanism: equityMechanism,
    task: (i, r) => `新建${i.baseNoun}，配套生产便道${r.int(1, 6)}公里、灌溉设施和管理用房${r.int(1, 4) * 50}平方米。`,
    subsidyStandard: (r) => `基地建设按工程预算据实补助；脱贫户入股每户折股量化${r.int(3, 10) * 1000}元。`,
  },
  {
    category: '产业发展',
    weight: 8,
    villageShare: 0.7,
    name: (place, i) => `${place}${i.name}产业提质增效项目`,
    unit: countyBureau('农业农村局'),
    budgetYuan: [50_000, 1_200_000],
    durationDays: [60, 270],
    goal: (b, i, r) => `为${b.households}户农户提供${i.name}种苗、技术培训和保底收购，亩均增收${r.int(5, 20) * 100}元。`,
    mechanism: assetMechanism,
    task: (i, r) => `发放${i.name}种苗（种畜）和农资，开展技术培训${r.int(2, 8)}期，设立保底收购点${r.int(1, 5)}个。`,
    subsidyStandard: (r) => `种苗农资按每户${r.int(5, 20) * 100}元以实物补助；参加培训每人每天补助误工费${r.int(5, 10) * 10}元。`,
  },
  {
    category: '产业发展',
    weight: 5,
    villageShare: 1,
    name: (place) => `${place}村级光伏电站运维项目`,
    unit: cooperative,
    budgetYuan: [80_000, 600_000],
    durationDays: [120, 360],
    goal: (b, _i, r) => `运维${r.int(60, 300)}千瓦村级光伏电站，年发电收益${r.int(6, 30)}万元，惠及${b.poorHouseholds}户脱贫户。`,
    mechanism: assetMechanism,
    task: () => `电站日常运维、组件清洗和线路检修，更换损坏组件及逆变器。`,
    subsidyStandard: (r) => `运维费用按每千瓦每年${r.int(20, 60)}元标准据实列支。`,
  },
  {
    category: '基础设施',
    weight: 10,
    villageShare: 0.9,
    name: (place) => `${place}通组道路硬化工程`,
    unit: countyBureau('交通运输局'),
    budgetYuan: [300_000, 5_000_000],
    durationDays: [60, 300],
    goal: (b, _i, r) => `硬化通组道路${r.int(2, 25) / 2}公里，解决${b.households}户群众出行难问题。`,
    mechanism: (b) => `改善${b.poorHouseholds}户脱贫户生产生活条件，降低农产品运输成本；工程建设优先雇用当地脱贫劳动力。`,
    task: (_i, r) => `硬化通组道路，路面宽${r.pick(['3.5', '4.5'])}米、厚${r.pick([18, 20])}厘米，配套排水边沟、错车道和安全防护设施。`,
    subsidyStandard: (r) => `按每公里${r.int(40, 90)}万元标准补助，超出部分由县级统筹解决。`,
  },
  {
    category: '基础设施',
    weight: 8,
    villageShare: 0.9,
    name: (place) => `${place}安全饮水巩固提升工程`,
    unit: countyBureau('水利局'),
    budgetYuan: [200_000, 2_500_000],
    durationDays: [60, 240],
    goal: (b, _i, r) => `新建蓄水池${r.int(1, 6)}口，铺设供水管网${r.int(2, 30)}公里，保障${b.persons}人饮水安全。`,
    mechanism: (b) => `解决${b.poorHouseholds}户脱贫户季节性缺水问题，建后管护由村级水管员负责，优先聘用脱贫户。`,
    task: () => `新建蓄水池、铺设供水管网，配套净化消毒设备和入户水表。`,
    subsidyStandard: (r) => `主体工程按预算据实补助，入户管网每户补助${r.int(3, 8) * 100}元。`,
  },
  {
    category: '基础设施',
    weight: 4,
    villageShare: 1,
    name: (place) => `${place}产业路及便民桥建设项目`,
    unit: townshipGov,
    budgetYuan: [200_000, 3_000_000],
    durationDays: [90, 300],
    goal: (b, i) => `打通${i.name}产业基地生产便道，方便${b.households}户群众出行和农产品运输。`,
    mechanism: (b) => `以工代赈，吸纳${b.poorHouseholds}户脱贫户参与建设，增加劳务收入。`,
    task: (_i, r) => `新建（改建）产业路${r.int(1, 8)}公里、便民桥${r.int(1, 3)}座。`,
    subsidyStandard: (r) => `产业路每公里补助${r.int(20, 50)}万元，便民桥每座补助${r.int(10, 40)}万元。`,
  },
  {
    category: '就业扶持',
    weight: 6,
    villageShare: 0.4,
    name: (place) => `${place}社区工厂建设项目`,
    unit: townshipGov,
    budgetYuan: [200_000, 1_500_000],
    durationDays: [60, 240],
    goal: (b, _i, r) =>
      `建成社区工厂厂房${r.int(5, 30) * 100}平方米，吸纳${Math.max(10, Math.round(b.poorHouseholds / 2))}名脱贫劳动力就近就业。`,
    mechanism: () => `厂房租金收益归村集体，工厂优先招用脱贫劳动力，实现"一人就业、全家脱贫"。`,
    task: () => `新建（改造）社区工厂厂房及配套水电设施，购置生产设备。`,
    subsidyStandard: (r) => `厂房建设每平方米补助${r.int(6, 12) * 100}元；吸纳脱贫劳动力稳定就业半年以上的，每人一次性奖补${r.int(1, 3) * 1000}元。`,
  },
  {
    category: '就业扶持',
    weight: 4,
    villageShare: 0,
    name: (place) => `${place}脱贫劳动力技能培训项目`,
    unit: countyBureau('人力资源和社会保障局'),
    budgetYuan: [50_000, 600_000],
    durationDays: [30, 180],
    goal: (b, _i, r) => `开展技能培训${r.int(2, 10)}期，培训脱贫劳动力${b.persons}人次，转移就业${Math.round(b.persons * 0.6)}人。`,
    mechanism: () => `培训与岗位对接，帮助脱贫劳动力掌握一技之长、稳定就业增收。`,
    task: () => `开展电工、焊工、家政、烹饪等技能培训，培训后组织就业对接。`,
    subsidyStandard: (r) => `每人每期培训补助${r.int(10, 30) * 100}元，培训期间每人每天生活补助${r.int(3, 6) * 10}元。`,
  },
  {
    category: '教育扶持',
    weight: 5,
    villageShare: 0,
    name: (place) => `${place}雨露计划职业教育补助`,
    unit: countyBureau('教育体育局'),
    budgetYuan: [50_000, 900_000],
    durationDays: [120, 300],
    goal: (b) => `资助脱贫家庭中高职在校学生${b.persons}名，每生每学期补助1500元。`,
    mechanism: () => `阻断贫困代际传递，补助资金通过“一卡通”直接发放到学生家庭。`,
    task: () => `资助脱贫家庭子女接受中、高等职业教育。`,
    subsidyStandard: () => `每生每学期补助1500元（每年3000元）。`,
  },
  {
    category: '教育扶持',
    weight: 3,
    villageShare: 0.3,
    name: (place) => `${place}中心小学校舍改造项目`,
    unit: countyBureau('教育体育局'),
    budgetYuan: [300_000, 2_000_000],
    durationDays: [60, 240],
    goal: (b) => `改造校舍及配套设施，改善${b.persons}名学生就学条件。`,
    mechanism: (b) => `保障${b.poorHouseholds}户脱贫家庭子女就近入学，不让一个孩子因贫失学。`,
    task: () => `改造教学楼和学生宿舍，更新课桌椅和食堂设施，完善围墙和运动场。`,
    subsidyStandard: () => `按工程预算据实补助。`,
  },
  {
    category: '易地搬迁',
    weight: 6,
    villageShare: 0.3,
    name: (place) => `${place}易地扶贫搬迁安置点配套设施建设项目`,
    unit: countyBureau('移民搬迁工作中心', '主任'),
    budgetYuan: [500_000, 8_000_000],
    durationDays: [120, 400],
    goal: (b) => `完善安置点水、电、路、污水处理等配套设施，保障${b.households}户搬迁群众稳得住。`,
    mechanism: () => `配套社区工厂和产业园区，确保搬迁群众"搬得出、稳得住、能致富"。`,
    task: () => `建设安置点供排水管网、道路硬化、污水处理设施和社区服务中心。`,
    subsidyStandard: (r) => `配套设施按每户${r.int(1, 3)}万元标准补助，据实结算。`,
  },
  {
    category: '健康扶贫',
    weight: 4,
    villageShare: 0.8,
    name: (place) => `${place}村卫生室标准化建设项目`,
    unit: countyBureau('卫生健康局'),
    budgetYuan: [50_000, 500_000],
    durationDays: [45, 180],
    goal: (b) => `建成标准化村卫生室，为${b.persons}名群众提供基本医疗和家庭医生签约服务。`,
    mechanism: () => `脱贫人口常见病、慢性病在村就诊，落实“先诊疗后付费”，防止因病致贫返贫。`,
    task: (_i, r) => `新建或改扩建村卫生室${r.int(60, 120)}平方米，配置诊疗和检查设备。`,
    subsidyStandard: (r) => `每个村卫生室补助${r.int(5, 15)}万元。`,
  },
  {
    category: '健康扶贫',
    weight: 3,
    villageShare: 0,
    name: (place) => `${place}脱贫人口医疗救助项目`,
    unit: countyBureau('医疗保障局'),
    budgetYuan: [50_000, 1_000_000],
    durationDays: [90, 330],
    goal: (b) => `对${b.persons}名脱贫人口和监测对象实施医疗救助，个人自付比例控制在10%以内。`,
    mechanism: () => `落实“一站式”结算，大病患者救助资金直接结算到医疗机构。`,
    task: () => `对脱贫人口和监测对象住院、慢病门诊费用经基本医保、大病保险报销后的个人负担部分给予救助。`,
    subsidyStandard: (r) => `政策范围内个人自付费用按${r.int(6, 8) * 10}%救助，年度救助封顶${r.int(3, 10)}万元。`,
  },
  {
    category: '兜底保障',
    weight: 5,
    villageShare: 0,
    name: (place) => `${place}特困人员供养补助`,
    unit: countyBureau('民政局'),
    budgetYuan: [30_000, 600_000],
    durationDays: [180, 360],
    goal: (b) => `为${b.persons}名特困人员按月发放基本生活供养金。`,
    mechanism: () => `对无劳动能力的脱贫人口实行兜底保障，补助资金按月发放到户。`,
    task: () => `为特困人员按月发放基本生活供养金，落实照料护理。`,
    subsidyStandard: (r) => `基本生活标准每人每月${r.int(70, 100) * 10}元，照料护理标准每人每月${r.int(1, 4) * 100}元。`,
  },
  {
    category: '兜底保障',
    weight: 2,
    villageShare: 0.6,
    name: (place) => `${place}互助幸福院建设项目`,
    unit: townshipGov,
    budgetYuan: [100_000, 800_000],
    durationDays: [60, 240],
    goal: (b, _i, r) => `建成互助幸福院${r.int(1, 3)}处，为${b.persons}名留守、独居老人提供日间照料。`,
    mechanism: () => `由村集体运营，聘用脱贫户担任护理员，兼顾养老服务和就业增收。`,
    task: () => `改建互助幸福院用房，配置床位、厨房和文娱设施。`,
    subsidyStandard: (r) => `每处补助${r.int(10, 30)}万元。`,
  },
  {
    category: '其他',
    weight: 3,
    villageShare: 0.8,
    name: (place) => `${place}人居环境整治项目`,
    unit: townshipGov,
    budgetYuan: [50_000, 1_000_000],
    durationDays: [45, 200],
    goal: (b) => `实施改厕、垃圾收集和村庄绿化，惠及${b.households}户群众。`,
    mechanism: (b) => `以工代赈，吸纳${b.poorHouseholds}户脱贫户参与建设和日常保洁，增加劳务收入。`,
    task: () => `实施户厕改造、垃圾集中收集点建设和村庄绿化。`,
    subsidyStandard: (r) => `户厕改造每户补助${r.int(8, 20) * 100}元，垃圾收集点每处补助${r.int(3, 10) * 1000}元。`,
  },
  {
    category: '其他',
    weight: 2,
    villageShare: 0,
    name: (place) => `${place}扶贫小额信贷贴息项目`,
    unit: countyBureau('扶贫开发局'),
    budgetYuan: [100_000, 2_000_000],
    durationDays: [180, 360],
    goal: (b) => `对${b.households}户脱贫户发放的扶贫小额信贷给予全额贴息。`,
    mechanism: () => `帮助有劳动能力、有发展意愿的脱贫户解决产业发展资金难题。`,
    task: () => `对脱贫户5万元以下、3年以内的扶贫小额信贷给予贴息。`,
    subsidyStandard: (r) => `按贷款市场报价利率（LPR）全额贴息，每户每年最高贴息${r.int(20, 25) * 100}元。`,
  },
];
