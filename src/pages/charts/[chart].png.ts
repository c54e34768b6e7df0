// /charts/<chart>.png: the standalone SVG rasterised at build time (twice its size), with Chinese text.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartPngs, loadCharts } from '../../charts/site-charts.ts';
import { fromParts, keyed } from '../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => {
  const paths = keyed(routePattern, await allPaths(), fromParts('honorees', 'projects', 'regions', 'regionFigures', 'boundaries'));
  // PNGs take a while: they start now, for the charts whose file is written, not when their routes come up.
  void chartPngs(new Set(paths.map((path) => path.props.id))).catch(() => undefined); // a missing font fails each PNG route, by name
  return paths;
}) satisfies GetStaticPaths;

const allPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { chart: chart.id }, props: { id: chart.id } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await (await chartPngs()).get(props.id);
  if (!png) throw new Error(`No PNG was rendered for chart ${props.id}`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
