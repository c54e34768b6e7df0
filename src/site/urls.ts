// Links inside the site, honouring the deployment's base path (e.g. GitHub Pages project sites).

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `/honorees/` → `/base/honorees/`. */
export function href(path: string): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export const paths = {
  home: () => href('/'),
  honorees: () => href('/honorees/'),
  honoree: (id: string) => href(`/honorees/${encodeURIComponent(id)}/`),
  notices: () => href('/notices/'),
  notice: (id: string) => href(`/notices/${encodeURIComponent(id)}/`),
  funds: () => href('/funds/'),
  project: (id: string) => href(`/funds/projects/${encodeURIComponent(id)}/`),
  region: (code: string) => href(`/regions/${code}/`),
  map: () => href('/map/'),
  charts: () => href('/charts/'),
  data: () => href('/data/'),
  search: () => href('/search/'),
  about: () => href('/about/'),
} as const;
