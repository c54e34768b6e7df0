// Deployment settings of the site: the one place to change for a real deployment.

export interface TileLayer {
  /** Leaflet URL template, e.g. a tile server operated by the city (never a third party by default). */
  url: string;
  /** Attribution shown on the map, required by every tile provider. */
  attribution: string;
}

export interface SiteConfig {
  /** Public address of the site; used in canonical links, QR codes on printed notices, feeds and oEmbed. */
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
