// /charts/<chart>.svg: the chart as a standalone SVG file with its title and source line, for print and CMSs.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartPageUrl, chartSource, loadCharts, standaloneChart } from '../../charts/site-charts.ts';
import { fromParts, keyed } from '../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), fromParts('honorees', 'projects', 'regions', 'regionFigures', 'boundaries'))) satisfies GetStaticPaths;

const allPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const source = await chartSource(chartPageUrl(props.chart.id));
  return new Response(standaloneChart(props.chart, source).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
