// /charts/<chart>.svg: the chart as a standalone SVG file with its title and source line, for print and CMSs.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartSource, loadCharts, standaloneChart } from '../../charts/site-charts.ts';
import { absoluteUrl, chartPaths } from '../../charts/urls.ts';
import { siteConfig } from '../../site/config.ts';

export const getStaticPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const source = await chartSource(absoluteUrl(chartPaths.page(props.chart.id), site ?? siteConfig.url));
  return new Response(standaloneChart(props.chart, source).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
