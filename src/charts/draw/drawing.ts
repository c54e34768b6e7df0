// What each chart kind's drawing returns: markup in its own box, and the <defs> it refers to.

export interface DrawOptions {
  /** Width of the drawing in user units (the SVG scales to its container through its viewBox). */
  width: number;
  /** Height of the plot area for column and line charts; bars and maps size themselves. */
  plotHeight?: number;
  /** Prefix for ids inside the SVG (patterns), unique per chart on a page. */
  idPrefix: string;
}

export interface Drawing {
  width: number;
  height: number;
  /** Patterns and other definitions, placed once in the SVG's <defs>. */
  defs: string;
  /** The marks, axes and legend, drawn from (0, 0). */
  body: string;
}

/** Type sizes in user units: chosen so a 400-unit chart shown 300 px wide still reads at about 11 px. */
export const TYPE = { label: 16, tick: 14, value: 14, legend: 14, title: 20, source: 12 } as const;
