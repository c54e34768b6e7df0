// The sample's previous release, derived from the current one as the data stood on an earlier date, plus a few
// seeded corrections — so the changelog between the two has what real releases have: honorees and projects
// announced since, publicity periods that ended, money disbursed, a revocation, a withdrawn notice.
import type { ExportData } from '../../src/pipeline/load.ts';
import type { FundLineRow, HonoreeRow, NoticeRow, ProjectRow } from '../../src/pipeline/schemas/index.ts';
import { createRandom } from './random.ts';

export interface EarlierRelease {
  release: string;
  notices: NoticeRow[];
  honorees: HonoreeRow[];
  projects: ProjectRow[];
  fundLines: FundLineRow[];
  /** What the next release will show as changed, for the test and the log. */
  planted: {
    /** Honorees of the current release that the earlier one did not have yet. */
    newHonorees: number;
    newProjects: number;
    /** Honorees 已表彰 then, 已撤销 now. */
    revoked: string[];
    /** Honorees still 公示中 then. */
    stillInPublicity: string[];
    /** Fund lines not yet disbursed then (project_id). */
    disbursedSince: number;
    /** The notice the earlier release had and the current one removed. */
    removedNotice: string;
    /** Consent given since (no consent then); consent withdrawn since (consent then). */
    consentGiven: string;
    consentWithdrawn: string;
    /** Awards decided since. */
    awardsAdded: string[];
  };
}

/** `asOf` is the earlier release's date: anything announced or paid after it had not happened yet. */
export function earlierRelease(current: ExportData, asOf: string, seed: number): EarlierRelease {
  const random = createRandom(seed).fork(`earlier-release ${asOf}`);
  const announced = current.notices.filter((notice) => notice.published_on <= asOf);
  const noticeIds = new Set(announced.map((notice) => notice.id));
  const periodEnd = new Map(announced.map((notice) => [notice.id, notice.period_end]));

  const projects = current.projects
    .filter((project) => !project.notice_id || noticeIds.has(project.notice_id))
    .map((project) => (project.status === '完工' && project.end > asOf ? { ...project, status: '在建' as const } : project));
  const projectIds = new Set(projects.map((project) => project.id));
  let disbursedSince = 0;
  const fundLines = current.fundLines
    .filter((line) => projectIds.has(line.project_id))
    .map((line) => {
      if (!line.date || line.date <= asOf) return line;
      disbursedSince += 1;
      return { ...line, disbursed: 0, date: undefined };
    });

  const kept = current.honorees.filter((honoree) => noticeIds.has(honoree.notice_id));
  const settled = (honoree: HonoreeRow) => (periodEnd.get(honoree.notice_id) ?? '') < asOf;
  const revoked = random.sample(kept.filter((honoree) => honoree.status === '已撤销' && settled(honoree)), 2).map((honoree) => honoree.id);
  const consentGiven = random.pick(kept.filter((honoree) => honoree.consent && honoree.status === '已表彰' && settled(honoree))).id;
  const consentWithdrawn = random.pick(kept.filter((honoree) => !honoree.consent && honoree.status === '已表彰' && settled(honoree))).id;
  const awardsAdded = random
    .sample(kept.filter((honoree) => honoree.award && honoree.consent && honoree.status === '已表彰' && settled(honoree) && honoree.id !== consentGiven), 3)
    .map((honoree) => honoree.id);
  const stillInPublicity: string[] = [];
  const honorees = kept.map((honoree): HonoreeRow => {
    if (revoked.includes(honoree.id)) return { ...honoree, status: '已表彰' };
    if (honoree.id === consentGiven) return { ...honoree, consent: false };
    if (honoree.id === consentWithdrawn) return { ...honoree, consent: true };
    if (awardsAdded.includes(honoree.id)) return { ...honoree, award: undefined };
    if (honoree.status === '已表彰' && !settled(honoree)) {
      stillInPublicity.push(honoree.id);
      return { ...honoree, status: '公示中' };
    }
    return honoree;
  });

  // A notice posted twice by mistake; the current release no longer has the copy.
  const original = random.pick(announced.filter((notice) => notice.type === '资金项目' && notice.period_end < asOf));
  const duplicate: NoticeRow = { ...original, id: `${original.id}-CF` };
  return {
    release: asOf,
    notices: [...announced, duplicate],
    honorees,
    projects,
    fundLines,
    planted: {
      // Announced since, less those revoked since: an honour added and revoked in between is news nowhere.
      newHonorees: current.honorees.filter((honoree) => !noticeIds.has(honoree.notice_id) && honoree.status !== '已撤销').length,
      newProjects: current.projects.length - projects.length,
      revoked,
      stillInPublicity,
      disbursedSince,
      removedNotice: duplicate.id,
      consentGiven,
      consentWithdrawn,
      awardsAdded,
    },
  };
}
