// projects.csv: each county's funded projects per year, announced in a 资金项目 notice before they start.

import { dayOf, isoDate, onOrAfterWorkingDay, sameDateInYear, yearOf, type Day } from './calendar.ts';
import type { CsvColumn } from './csv-writer.ts';
import { INDUSTRIES, type Industry } from './industries.ts';
import { fundNoticeId, type FundBatch, type NoticeDraft } from './notice-schedule.ts';
import { personGender, personName } from './person-names.ts';
import { villageYear, type PovertyLedger } from './poverty-ledger.ts';
import { PROJECT_KINDS, type Beneficiaries, type ProjectCategory, type ProjectKind, type ProjectPlace } from './project-catalog.ts';
import { apportion, pickWeighted, weightedPicker, type Random } from './random.ts';
import type { RegionTree } from './regions.ts';
import type { ScaleProfile } from './scale.ts';

export type ProjectStatus = '计划' | '在建' | '完工' | '验收';

export interface ProjectPlan {
  id: string;
  year: number;
  place: ProjectPlace;
  category: ProjectCategory;
  name: string;
  unit: string;
  responsible: string;
  start: Day;
  end: Day;
  status: ProjectStatus;
  beneficiaries: Beneficiaries;
  goal: string;
  mechanism: string;
  /** 建设任务. */
  task: string;
  /** 补助标准; empty for the few projects whose export leaves it blank. */
  subsidyStandard: string;
  /** Empty for the few projects funded without a notice of their own. */
  noticeId: string;
  budgetCents: number;
  fundLineCount: number;
  /** One of the two projects whose first fund line pays out more than was allocated. */
  overDisbursed: boolean;
}

const HOUSEHOLD_SIZE = 3.2;
/** Share of projects whose subsidy standard the export leaves blank, as real exports sometimes do. */
const BLANK_SUBSIDY_STANDARD = 0.03;
const KIND_WEIGHTS = PROJECT_KINDS.map((k) => [k, k.weight] as const);

function statusOn(start: Day, end: Day, release: Day, random: Random): ProjectStatus {
  if (release < start) return '计划';
  if (release < end) return '在建';
  // Acceptance (验收) follows completion after a review of a few months.
  return release - end > 90 && random.chance(0.7) ? '验收' : '完工';
}

function beneficiariesOf(place: ProjectPlace, ledger: PovertyLedger, year: number, random: Random): Beneficiaries {
  const villages = place.village ? [place.village] : place.township.villages;
  const population = villages.reduce((s, v) => s + v.population, 0);
  const poor = villages.reduce((s, v) => s + villageYear(ledger, v.code, year).poorHouseholds, 0);
  const reach = place.village ? random.float(0.15, 0.9) : random.float(0.05, 0.5);
  const households = Math.max(5, Math.round((population / HOUSEHOLD_SIZE) * reach));
  const poorHouseholds = Math.min(households, Math.max(1, Math.round(poor * random.float(0.3, 1))));
  return { households, persons: Math.round(households * random.float(2.2, 3.6)), poorHouseholds };
}

/** Projects funded without a notice of their own start some time in their year before the anniversary. */
function unannouncedStart(year: number, anchor: Day, random: Random): Day {
  const start = anchor - random.int(40, 300);
  return yearOf(start) === year ? start : dayOf(year, 1, 1) + random.int(10, 60);
}

/** Round thousands of yuan, with an odd amount now and then, in cents. */
function budgetCents([min, max]: [number, number], random: Random): number {
  const yuan = Math.round(random.float(min, max) / 1000) * 1000;
  return random.chance(0.15) ? (yuan + random.int(0, 999)) * 100 + random.int(0, 99) : yuan * 100;
}

/** How many fund lines each project gets; an exact total is spread as ±d pairs around the mean. */
function fundLineCounts(count: number, scale: ScaleProfile, random: Random): number[] {
  const rule = scale.fundLines;
  if (rule.kind === 'range') return Array.from({ length: count }, () => random.int(rule.min, rule.max));
  const counts = apportion(rule.total, new Array<number>(count).fill(1));
  for (let i = 0; i + 1 < count; i += 2) {
    const d = random.int(0, Math.min(counts[i]!, counts[i + 1]!) - 1);
    counts[i] = counts[i]! + d;
    counts[i + 1] = counts[i + 1]! - d;
  }
  return counts;
}

export interface ProjectPlanInput {
  tree: RegionTree;
  ledger: PovertyLedger;
  notices: ReadonlyMap<string, NoticeDraft>;
  scale: ScaleProfile;
  release: Day;
  random: Random;
}

export function planProjects({ tree, ledger, notices, scale, release, random }: ProjectPlanInput): ProjectPlan[] {
  const plans: (Omit<ProjectPlan, 'id' | 'fundLineCount' | 'overDisbursed' | 'task' | 'subsidyStandard'> & { kind: ProjectKind; industry: Industry })[] = [];
  for (const year of ledger.years) {
    const anchor = sameDateInYear(release, year);
    const perCounty = apportion(
      scale.projectsPerYear,
      tree.counties.map((c) => c.villages.length),
      1,
    );
    tree.counties.forEach((county, countyIndex) => {
      const poorVillage = weightedPicker(county.villages, (v) => villageYear(ledger, v.code, year).poorHouseholds + 1);
      for (let k = 0; k < perCounty[countyIndex]!; k++) {
        const kind = pickWeighted(random, KIND_WEIGHTS);
        const village = random.chance(kind.villageShare) ? poorVillage(random) : null;
        const township = village ? village.township : random.pick(county.townships);
        const place: ProjectPlace = { county, township, village };
        const batch: FundBatch | null = pickWeighted(random, [
          [1, 60],
          [2, 30],
          [null, 10],
        ] as const);
        const notice = batch ? notices.get(fundNoticeId(year, county.code, batch)) : undefined;
        if (batch && !notice) throw new Error(`fund notice ${fundNoticeId(year, county.code, batch)} was not scheduled`);
        // Work starts only after the notice's publicity period has ended.
        const start = notice
          ? onOrAfterWorkingDay(notice.periodEnd + random.int(5, batch === 1 ? 60 : 40))
          : unannouncedStart(year, anchor, random);
        const end = start + random.int(...kind.durationDays);
        const industry = random.pick(INDUSTRIES);
        const beneficiaries = beneficiariesOf(place, ledger, year, random);
        const [unit, title] = kind.unit(place);
        const placeName = village ? `${township.name}${village.name}` : `${county.name}${township.name}`;
        plans.push({
          year,
          place,
          category: kind.category,
          name: `${year}年${kind.name(placeName, industry, random)}`,
          unit,
          responsible: `${personName(personGender(random, 0.25), random)}（${title}）`,
          start,
          end,
          status: statusOn(start, end, release, random),
          beneficiaries,
          goal: kind.goal(beneficiaries, industry, random),
          mechanism: kind.mechanism(beneficiaries, industry, random),
          noticeId: notice?.id ?? '',
          budgetCents: budgetCents(kind.budgetYuan, random),
          kind,
          industry,
        });
      }
    });
  }
  const regionCode = (p: (typeof plans)[number]): string => p.place.village?.code ?? p.place.township.code;
  plans.sort(
    (a, b) => a.year - b.year || a.start - b.start || (regionCode(a) < regionCode(b) ? -1 : regionCode(a) > regionCode(b) ? 1 : 0),
  );
  const lineCounts = fundLineCounts(plans.length, scale, random);
  const sequence = new Map<number, number>();
  const projects = plans.map(({ kind, industry, ...p }, i): ProjectPlan => {
    const n = (sequence.get(p.year) ?? 0) + 1;
    sequence.set(p.year, n);
    const id = `XM-${p.year}-${String(n).padStart(5, '0')}`;
    // A stream of its own per project: the columns added later leave every other draw, and so every other file, as it was.
    const terms = random.fork(`terms/${id}`);
    const task = kind.task(industry, terms);
    const subsidyStandard = terms.chance(BLANK_SUBSIDY_STANDARD) ? '' : kind.subsidyStandard(terms);
    return { ...p, id, task, subsidyStandard, fundLineCount: lineCounts[i]!, overDisbursed: false };
  });
  // Exactly two finished projects paid out more than allocated: warnings the site must flag.
  const finished = projects.filter((p) => p.status === '完工' || p.status === '验收');
  for (const p of random.sample(finished, 2)) p.overDisbursed = true;
  return projects;
}

export const projectColumns: readonly CsvColumn<ProjectPlan>[] = [
  { en: 'id', zh: '项目编号', value: (p) => p.id },
  { en: 'year', zh: '年度', value: (p) => p.year },
  { en: 'region_code', zh: '实施地点', value: (p) => p.place.village?.code ?? p.place.township.code },
  { en: 'name', zh: '项目名称', value: (p) => p.name },
  { en: 'category', zh: '项目类别', value: (p) => p.category },
  { en: 'unit', zh: '实施单位', value: (p) => p.unit },
  { en: 'responsible', zh: '责任人', value: (p) => p.responsible },
  { en: 'start', zh: '开工日期', value: (p) => isoDate(p.start) },
  { en: 'end', zh: '完工日期', value: (p) => isoDate(p.end) },
  { en: 'status', zh: '进度', value: (p) => p.status },
  { en: 'beneficiary_households', zh: '受益户数', value: (p) => p.beneficiaries.households },
  { en: 'beneficiary_persons', zh: '受益人数', value: (p) => p.beneficiaries.persons },
  { en: 'poor_households', zh: '其中贫困户', value: (p) => p.beneficiaries.poorHouseholds },
  { en: 'goal', zh: '绩效目标', value: (p) => p.goal },
  { en: 'mechanism', zh: '带贫减贫机制', value: (p) => p.mechanism },
  { en: 'notice_id', zh: '公示编号', value: (p) => p.noticeId },
  { en: 'task', zh: '建设任务', value: (p) => p.task },
  { en: 'subsidy_standard', zh: '补助标准', value: (p) => p.subsidyStandard },
];
