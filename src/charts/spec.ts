// What a chart shows, independent of how it is drawn: the contract between data shaping and drawing.
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * How values are kept and read. Values stay exact in the spec (fen as integers, ratios 0–1);
 * only labels, axes and the CSV convert them.
 * - count: people, households, projects (integers)
 * - fen: money in whole fen, read in 元/万元
 * - ratio: a share between 0 and 1, read as a percentage
 * - decimal: any other figure, e.g. honorees per 10,000 residents, read with one decimal
 */
export type ValueUnit = 'count' | 'fen' | 'ratio' | 'decimal';

/** One series of values, aligned with the chart's categories; null means "no data", never zero. */
export interface ChartSeries {
  /** Stable machine key, used in CSV headers' order and data attributes: `allocated`. */
  key: string;
  /** What people read in the legend and the table: 计划资金. */
  label: string;
  values: readonly (number | null)[];
}

interface ChartBase {
  /** Stable slug: the chart's URL (/embed/<id>/) and file names. */
  id: string;
  /** Title in Chinese, one line: 历年自强标兵人数（按级别）. */
  title: string;
  /** The text alternative: what the chart shows and its main finding, in one or two sentences. */
  description: string;
  /** A caveat shown under the chart, e.g. what is not counted. */
  note?: string;
}

/** Bars (horizontal, for named categories), columns (vertical, for years) or lines (for trends over years). */
export interface CategoryChart extends ChartBase {
  kind: 'bar' | 'column' | 'line';
  /** What the categories are, the first column of the table: 年度, 项目类别, 县（区）. */
  categoryLabel: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  unit: ValueUnit;
  /** Stack the series (bars and columns only); otherwise they stand side by side. */
  stacked?: boolean;
}

export interface ChoroplethRegion {
  code: string;
  name: string;
  /** The figure shown; null when the region has no data (drawn hatched). */
  value: number | null;
  geometry: Polygon | MultiPolygon;
}

/** Regions shaded by a figure in ordered classes. Geometry is WGS-84 and projected at drawing time. */
export interface ChoroplethChart extends ChartBase {
  kind: 'choropleth';
  /** What the regions are: 乡镇. */
  regionLabel: string;
  /** What the figure is, with its unit: 每万名常住人口中的自强标兵（人）. */
  valueLabel: string;
  unit: ValueUnit;
  regions: readonly ChoroplethRegion[];
  /** Larger regions drawn over the shading for orientation, with their names (the counties of a township map). */
  outlines?: readonly Omit<ChoroplethRegion, 'value'>[];
  /** Outlines are drawn, not surveyed: the chart must say 示意边界. */
  schematic: boolean;
}

export type ChartSpec = CategoryChart | ChoroplethChart;

/** Who published the figures, shown under every chart and in every download. */
export interface ChartSource {
  publisher: string;
  /** Release date, YYYY-MM-DD. */
  release: string;
  license: string;
  /** Public address of the chart's page, printed in downloads so a printed chart leads back. */
  url?: string;
  /** The release is sample data: every copy of the chart must say its figures are fictitious. */
  sample?: boolean;
}
