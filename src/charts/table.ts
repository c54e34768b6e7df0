// The data behind a chart, twice: as a table people read (the accessible alternative) and as the CSV download.
import { toCsv, type CsvCell } from '../site/csv-out.ts';
import { csvUnitSuffix, csvValue, formatValue } from './format.ts';
import type { ChartSpec } from './spec.ts';

export interface ChartTable {
  header: string[];
  /** The first cell names the row (a year, a category, a region); the others are formatted figures. */
  rows: string[][];
}

/** The table shown under a chart: the same figures, formatted as the labels read. */
export function chartTable(spec: ChartSpec): ChartTable {
  const show = (value: number | null) => (value === null ? '—' : formatValue(value, spec.unit));
  if (spec.kind === 'choropleth') {
    return {
      header: [spec.regionLabel, spec.valueLabel],
      rows: spec.regions.map((region) => [region.name, show(region.value)]),
    };
  }
  const withTotal = spec.stacked === true && spec.series.length > 1;
  return {
    header: [spec.categoryLabel, ...spec.series.map((series) => series.label), ...(withTotal ? ['合计'] : [])],
    rows: spec.categories.map((category, index) => {
      const values = spec.series.map((series) => series.values[index] ?? null);
      const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
      return [category, ...values.map(show), ...(withTotal ? [show(total)] : [])];
    }),
  };
}

/** The CSV download: exact values (yuan with fen, percentages with two decimals), the same text as the marks' data-value. */
export function chartCsv(spec: ChartSpec): string {
  const suffix = csvUnitSuffix(spec.unit);
  if (spec.kind === 'choropleth') {
    const rows: CsvCell[][] = spec.regions.map((region) => [region.code, region.name, csvValue(region.value, spec.unit)]);
    return toCsv(['区划代码', spec.regionLabel, `${spec.valueLabel}${suffix}`], rows);
  }
  const rows: CsvCell[][] = spec.categories.map((category, index) => [
    category,
    ...spec.series.map((series) => csvValue(series.values[index] ?? null, spec.unit)),
  ]);
  return toCsv([spec.categoryLabel, ...spec.series.map((series) => `${series.label}${suffix}`)], rows);
}
