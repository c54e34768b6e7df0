// Where the share images live in the site (paths without the base path; pages add it with href()).
export const shareImagePaths = {
  site: () => '/share/site.png',
  noticeCard: (noticeId: string) => `/share/notices/${encodeURIComponent(noticeId)}/card.png`,
  /** Poster page n (1-based) of a notice. */
  noticePoster: (noticeId: string, page: number) => `/share/notices/${encodeURIComponent(noticeId)}/poster-${page}.png`,
  honoreeGroup: (key: string) => `/share/honorees/${key}.png`,
} as const;

/** The share images the build made, for the pages: the dataset's `shareImages` part. */
export interface ShareImages {
  site: string;
  /** By notice id: its card and, while its period has not ended, its poster pages. */
  notices: Record<string, { card: string; posters: string[] }>;
  /** By honoreeGroupKey (year-level-kind). */
  honorees: Record<string, string>;
}

/** Every card is this square. */
export const CARD_SIZE = 600;
/** Posters are this wide, as tall as their page of the list needs. */
export const POSTER_WIDTH = 750;
