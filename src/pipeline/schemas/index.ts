// Every export file of format v1, in the order the build reads and reports them.
import { fundLines } from './fund-lines.ts';
import { honorees } from './honorees.ts';
import { indicators } from './indicators.ts';
import { notices } from './notices.ts';
import { pairings } from './pairings.ts';
import { projects } from './projects.ts';
import { regions } from './regions.ts';
import { targets } from './targets.ts';

export const TABLES = { regions, notices, honorees, projects, fundLines, pairings, indicators, targets } as const;
export type TableName = keyof typeof TABLES;

export { fundLines, honorees, indicators, notices, pairings, projects, regions, targets };
export * from './fields.ts';
export type { FundLineRow } from './fund-lines.ts';
export type { HonoreeRow } from './honorees.ts';
export type { IndicatorRow } from './indicators.ts';
export type { NoticeRow } from './notices.ts';
export type { PairingRow } from './pairings.ts';
export type { ProjectRow } from './projects.ts';
export type { Region, RegionLevel } from './regions.ts';
export { EXIT_CHANNELS, type ExitChannel, type TargetRow } from './targets.ts';
export { release, type Release } from './release.ts';
