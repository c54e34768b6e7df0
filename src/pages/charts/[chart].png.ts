// /charts/<chart>.png: the standalone SVG rasterised at build time (twice its size), with Chinese text.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartPngs, loadCharts } from '../../charts/site-charts.ts';
import { fromParts, keyed } from '../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), fromParts('honorees', 'projects', 'regions', 'regionFigures', 'boundaries'))) satisfies GetStaticPaths;

const allPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { chart: chart.id }, props: { id: chart.id } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await (await chartPngs()).get(props.id);
  if (!png) throw new Error(`No PNG was rendered for chart ${props.id}`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
