// The charts for the pages and endpoints: built once per build from the dataset, PNGs rendered once.
import { siteConfig } from '../site/config.ts';
import { load } from '../site/dataset.ts';
import { chartCatalogue, type CatalogueSection } from './catalogue.ts';
import { cjkFontFiles, MISSING_FONT_MESSAGE } from './font.ts';
import { renderPng } from './png.ts';
import { drawChart, type RenderedChart } from './render.ts';
import type { ChartSource, ChartSpec } from './spec.ts';
import { absoluteUrl, chartPaths } from './urls.ts';

let catalogue: Promise<CatalogueSection[]> | undefined;

export function loadCatalogue(): Promise<CatalogueSection[]> {
  if (catalogue) return catalogue;
  catalogue = (async () => {
    const [meta, honorees, projects, regions, regionFigures, boundaries] = await Promise.all([
      load('meta'), load('honorees'), load('projects'), load('regions'), load('regionFigures'), load('boundaries'),
    ]);
    return chartCatalogue({ honorees, projects, regions, regionFigures, jurisdiction: meta.release.jurisdiction, boundaries });
  })();
  return catalogue;
}

export async function loadCharts(): Promise<ChartSpec[]> {
  return (await loadCatalogue()).flatMap((section) => section.charts);
}

/** Publisher, release and licence of the current release; with the chart's page for downloads. */
export async function chartSource(pageUrl?: string): Promise<ChartSource> {
  const { release } = await load('meta');
  return {
    publisher: release.publisher,
    release: release.release,
    license: release.license,
    ...(pageUrl ? { url: pageUrl } : {}),
    ...(release.sample ? { sample: true } : {}),
  };
}

/** The standalone drawing of a chart: what the SVG download contains and the PNG shows. */
export function standaloneChart(chart: ChartSpec, source: ChartSource): RenderedChart {
  return drawChart(chart, { standalone: { source } });
}

let pngs: Map<string, Promise<Buffer>> | undefined;

/**
 * Every chart's PNG, keyed by id. Without the CJK font this throws (the build checks the font before Astro starts
 * and names the problem): a PNG with every Chinese character missing is never published. Rendering starts with the catalogue and runs one chart at a time on the thread pool, leaving the other
 * core to Astro; each PNG route waits only for its own chart.
 */
/**
 * The charts' PNGs, rendered one after another from the first call on: the PNG route starts them from its
 * getStaticPaths with the charts whose file is to be written (`only`; an incremental build may write none), so
 * they are under way before the routes come up.
 */
export async function chartPngs(only?: ReadonlySet<string>): Promise<Map<string, Promise<Buffer>>> {
  const charts = (await loadCharts()).filter((chart) => !only || only.has(chart.id));
  if (pngs) return pngs;
  const fonts = cjkFontFiles();
  if (!fonts) throw new Error(`${MISSING_FONT_MESSAGE.zh} ${MISSING_FONT_MESSAGE.en}`);
  pngs = new Map();
  let previous: Promise<unknown> = Promise.resolve();
  for (const chart of charts) {
    const job = previous.then(async () => renderPng(standaloneChart(chart, await chartSource(chartPageUrl(chart.id))).svg, fonts));
    previous = job.catch(() => undefined); // a failed chart fails its own route, not the queue
    pngs.set(chart.id, job);
  }
  return pngs;
}

/** The chart's place in the catalogue on the public site, printed in its downloads. */
export function chartPageUrl(id: string): string {
  return absoluteUrl(chartPaths.page(id), import.meta.env.SITE ?? siteConfig.url);
}

/** Width of the iframe the oEmbed answer and the initial embed code assume, in CSS pixels. */
export const EMBED_WIDTH = 640;

/**
 * The embed page's height at EMBED_WIDTH: the chart scaled to the page's content width, plus its title,
 * description, source line and data-table toggle. Only a first guess: the embed script sets the real height.
 */
export function embedHeight(chart: ChartSpec): number {
  const { width, height } = drawChart(chart);
  const contentWidth = EMBED_WIDTH - 24;
  return Math.round((height * contentWidth) / width + 220);
}
