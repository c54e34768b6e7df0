// /charts/<chart>.png: the standalone SVG rasterised at build time (twice its size), with Chinese text.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { chartSource, loadCharts, loadPngs } from '../../charts/site-charts.ts';
import type { ChartSpec } from '../../charts/spec.ts';
import { absoluteUrl, chartPaths } from '../../charts/urls.ts';
import { siteConfig } from '../../site/config.ts';

const sourceOf = (chart: ChartSpec) => chartSource(absoluteUrl(chartPaths.page(chart.id), import.meta.env.SITE ?? siteConfig.url));

export const getStaticPaths = (async () => {
  const images = await loadPngs(sourceOf);
  if (!images) return [];
  return (await loadCharts()).flatMap((chart) => {
    const png = images.get(chart.id);
    return png ? [{ params: { chart: chart.id }, props: { png } }] : [];
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(new Uint8Array(props.png), { headers: { 'Content-Type': 'image/png' } });
