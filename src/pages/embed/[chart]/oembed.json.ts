// /embed/<chart>/oembed.json: oEmbed 1.0 "rich" answer, so a CMS given the chart's URL embeds the iframe.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { embedCode } from '../../../charts/embed-code.ts';
import { chartSource, EMBED_WIDTH, embedHeight, loadCharts } from '../../../charts/site-charts.ts';
import { absoluteUrl, chartPaths } from '../../../charts/urls.ts';
import { siteConfig } from '../../../site/config.ts';
import { href } from '../../../site/urls.ts';
import { fromParts, keyed } from '../../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), fromParts('honorees', 'projects', 'regions', 'regionFigures', 'boundaries'))) satisfies GetStaticPaths;

const allPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { chart } = props;
  const base = site ?? siteConfig.url;
  const source = await chartSource();
  const height = embedHeight(chart);
  const answer = {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    author_name: source.publisher,
    provider_name: siteConfig.title,
    provider_url: absoluteUrl(href('/'), base),
    // The same code as the catalogue's: the iframe, and the script that makes it fit its content.
    html: embedCode({ embedUrl: absoluteUrl(chartPaths.embed(chart.id), base), scriptUrl: absoluteUrl(chartPaths.embedScript(), base), title: chart.title, height }),
    width: EMBED_WIDTH,
    height,
    // The figures change only with a new release, and a daily rebuild is the most a page ever sees.
    cache_age: 86_400,
  };
  return new Response(`${JSON.stringify(answer, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
