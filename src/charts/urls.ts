// Addresses of a chart's page, embed, oEmbed and downloads, honouring the site's base path.
import { href } from '../site/urls.ts';

export type ChartFileType = 'svg' | 'png' | 'csv';

export const chartPaths = {
  /** The chart in the catalogue. */
  page: (id: string) => href(`/charts/#${id}`),
  embed: (id: string) => href(`/embed/${id}/`),
  oembed: (id: string) => href(`/embed/${id}/oembed.json`),
  file: (id: string, type: ChartFileType) => href(`/charts/${id}.${type}`),
  /** The script a host page loads to resize our iframes (public/embed.js). */
  embedScript: () => href('/embed.js'),
} as const;

/** An absolute address on the public site, for code pasted into other sites and for oEmbed. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
