// How much data each scale produces. `sample` is committed in data/; `large` feeds `npm run bench`.

export type ScaleName = 'sample' | 'large';

export interface ScaleProfile {
  /** The campaign years covered, counted back from the release year. */
  yearCount: number;
  /** 自强标兵 per year (all levels, 市级 included), oldest year first. */
  selfReliancePerYear: readonly number[];
  /** The city names exactly 100 市级 自强标兵 a year. */
  cityLevelPerYear: number;
  /** 交友帮扶好干部 per year. */
  cadresPerYear: number;
  projectsPerYear: number;
  /** Fund lines per project: a uniform range, or an exact grand total spread evenly. */
  fundLines: { kind: 'range'; min: number; max: number } | { kind: 'total'; total: number };
  /** 市级 honorees with a portrait per year; the photos stay few at every scale. */
  photosPerYear: number;
  cadrePhotosPerYear: number;
}

export const scales: Readonly<Record<ScaleName, ScaleProfile>> = {
  sample: {
    yearCount: 4,
    selfReliancePerYear: [1012, 1036, 1058, 1081],
    cityLevelPerYear: 100,
    cadresPerYear: 100,
    projectsPerYear: 500,
    fundLines: { kind: 'range', min: 1, max: 8 },
    photosPerYear: 10,
    cadrePhotosPerYear: 2,
  },
  large: {
    yearCount: 4,
    // 99,600 自强标兵 + 400 cadres = 100,000 honorees, the budget in PRODUCT.md §6.
    selfReliancePerYear: [24_600, 24_800, 25_000, 25_200],
    cityLevelPerYear: 100,
    cadresPerYear: 100,
    projectsPerYear: 5_000,
    fundLines: { kind: 'total', total: 1_000_000 },
    photosPerYear: 10,
    cadrePhotosPerYear: 2,
  },
};

export function isScaleName(value: string): value is ScaleName {
  return Object.hasOwn(scales, value);
}
