// /honorees/locator/<township>.svg: the small map on the profiles of a township's honorees, one file per
// township — cached by the browser from one profile to the next, and kept out of 100,000 profile pages.
import { locatorLabel, locatorSvg } from '../../../honorees/derive/honoree-locator.ts';
import { honoreeData } from '../../../honorees/routes.ts';
import type { GetStaticPathsOptions } from 'astro';
import { fromParts, keyed } from '../../../site/incremental.ts';

interface Props {
  svg: string;
}

export async function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  return keyed(routePattern, await allPaths(), fromParts('honorees', 'regions', 'notices', 'boundaries', 'photos'));
}

async function allPaths() {
  const { values, locator, regionNames } = await honoreeData();
  return values.township.flatMap((township) => {
    const county = township.county ? locator(township.county) : undefined;
    if (!county?.shapes.some((shape) => shape.code === township.key)) return [];
    const svg = locatorSvg(county, township.key, locatorLabel(regionNames.get(county.countyCode) ?? '', township.label));
    return [{ params: { township: township.key }, props: { svg } satisfies Props }];
  });
}

export function GET({ props }: { props: Props }): Response {
  return new Response(props.svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
