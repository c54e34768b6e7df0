// Deployment settings of the site that are the same for every release (its public URL is in release.json: site_url).

export interface TileLayer {
  /** Leaflet URL template, e.g. a tile server operated by the city (never a third party by default). */
  url: string;
  /** Attribution shown on the map, required by every tile provider. */
  attribution: string;
}

export interface SiteConfig {
  /**
   * The placeholder public address, used only when no URL is configured: the real one is release.json's `site_url`
   * or `npm run build -- --site`, resolved once per build (src/site/site-url.ts) and given to Astro, so pages read
   * it as `Astro.site`. A build on the placeholder warns (site-url-missing); `npm run publish` refuses it.
   */
  url: string;
  /** Name of the site in the header and the title bar. */
  title: string;
  /** Optional background tiles for the map; without them the polygons alone are the map. */
  tiles?: TileLayer;
}

export const siteConfig: SiteConfig = {
  url: 'https://yangguang.example.org',
  title: '阳光公示',
};
