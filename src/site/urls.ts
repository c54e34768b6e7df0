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
  /** A filtered (and paged) notice list: `role-models/610902/2026` or `all/all/all/2`. */
  noticeList: (filterPath: string) => href(`/notices/list/${filterPath}/`),
  noticeFeed: () => href('/notices/feed.xml'),
  funds: () => href('/funds/'),
  project: (id: string) => href(`/funds/projects/${encodeURIComponent(id)}/`),
  /** Every county and township as plain links. */
  regions: () => href('/regions/'),
  region: (code: string) => href(`/regions/${code}/`),
  map: () => href('/map/'),
  /** The map for an earlier year; the latest year is `map()`. */
  mapYear: (year: number) => href(`/map/${year}/`),
  charts: () => href('/charts/'),
  data: () => href('/data/'),
  /** A file of the current release's open data: `honorees.csv`, `datapackage.json`. */
  dataFile: (file: string) => href(`/data/${file}`),
  /** The template workbook publishers fill in Excel. */
  template: () => href('/data/template.xlsx'),
  /** The export checker: publishers check an export's files in their own browser before handing them over. */
  exportChecker: () => href('/publish/check/'),
  /** A file of a past release, kept at a stable address. */
  releaseFile: (release: string, file: string) => href(`/data/releases/${release}/${file}`),
  changes: () => href('/data/changes/'),
  releaseChanges: (release: string) => href(`/data/changes/${release}/`),
  changesFeed: () => href('/data/changes/feed.xml'),
  search: () => href('/search/'),
  about: () => href('/about/'),
} as const;
