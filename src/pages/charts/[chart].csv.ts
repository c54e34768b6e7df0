// /charts/<chart>.csv: the figures behind the chart, exact, as UTF-8 CSV with BOM for Excel.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCharts } from '../../charts/site-charts.ts';
import { chartCsv } from '../../charts/table.ts';
import { fromParts, keyed } from '../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), fromParts('honorees', 'projects', 'regions', 'regionFigures', 'boundaries'))) satisfies GetStaticPaths;

const allPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(chartCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
