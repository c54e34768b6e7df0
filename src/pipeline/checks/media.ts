// Files beside the tables: every photo named in honorees.csv is a real image in photos/ within the size limits, every county and township has a boundary.
import type { LocatedBoundary } from '../boundaries.ts';
import { PHOTO_LIMITS, type PhotoFile, type PhotoFolder } from '../photos.ts';
import { problem } from '../problems.ts';
import type { Problem } from '../report.ts';
import { cellAt, LEVEL_NAMES, type ExportTables } from './tables.ts';

const PHOTO_EXPECTED = { zh: 'photos/ 文件夹中的 JPEG、PNG 或 WebP 文件名', en: 'a JPEG, PNG or WebP file name in photos/' };

export function checkPhotos(tables: ExportTables, folder: PhotoFolder): Problem[] {
  const problems: Problem[] = [];
  const referenced = new Set<string>();
  const byLowerCase = new Map([...folder.photos.keys(), ...folder.unreadable].map((name) => [name.toLowerCase(), name]));
  tables.honorees.rows.forEach((row, index) => {
    const name = row.photo;
    if (name === undefined) return;
    referenced.add(name);
    const photo = folder.photos.get(name);
    const tooLarge = photo && photoTooLarge(name, photo);
    if (photo && !tooLarge) return;
    const at = cellAt(tables.honorees, index, 'photo');
    const base = { ...at, value: name, expected: PHOTO_EXPECTED, entity: { table: 'honorees' as const, id: row.id } };
    if (tooLarge) {
      problems.push(problem({ ...base, code: 'photo-too-large', message: tooLarge }));
      return;
    }
    if (folder.unreadable.has(name)) {
      problems.push(
        problem({
          ...base,
          code: 'photo-not-image',
          message: {
            zh: `照片 photos/${name} 不是可读取的 JPEG、PNG 或 WebP 图片。`,
            en: `The photo photos/${name} is not a readable JPEG, PNG or WebP image.`,
          },
        }),
      );
      return;
    }
    if (folder.refused?.has(name)) {
      problems.push(
        problem({
          ...base,
          code: 'photo-link-refused',
          message: {
            zh: `照片 photos/${name} 是一个链接（快捷方式），不是照片文件本身：链接可能指向这台电脑上的任何文件，一律拒绝读取。请把照片文件本身放进 photos/。`,
            en: `The photo photos/${name} is a link (shortcut), not the photo file itself: a link could point at any file on this machine, so links are refused. Put the photo file itself in photos/.`,
          },
        }),
      );
      return;
    }
    const near = byLowerCase.get(name.toLowerCase());
    problems.push(
      problem({
        ...base,
        code: 'missing-photo',
        message: near
          ? {
              zh: `photos/ 中没有照片「${name}」，但有「${near}」：文件名的大小写要一致（网站服务器区分大小写）。`,
              en: `photos/ has no "${name}" but has "${near}": the case of the name must match (web servers are case-sensitive).`,
            }
          : { zh: `photos/ 中没有照片「${name}」。`, en: `photos/ has no photo "${name}".` },
      }),
    );
  });
  for (const name of folder.unreadable) {
    if (referenced.has(name)) continue;
    // Nothing names it, so nothing breaks: the catalogue's error, lowered to a warning.
    problems.push(
      problem(
        {
          code: 'photo-not-image',
          file: `photos/${name}`,
          message: {
            zh: '这个文件不是可读取的 JPEG、PNG 或 WebP 图片，也没有被 honorees.csv 引用，已忽略。',
            en: 'This file is not a readable JPEG, PNG or WebP image and honorees.csv does not name it; it is ignored.',
          },
        },
        'warning',
      ),
    );
  }
  return problems;
}

/**
 * Over 40 megapixels or 20 MB, from the header and the file size: nothing is decoded. Pages show photos at most a
 * few hundred pixels wide (PHOTO_WIDTHS in src/honorees/derive/honoree-photos.ts), and a 48 KB PNG declaring
 * 20,000 × 20,000 would have the build decode 400 megapixels.
 */
export function photoTooLarge(name: string, photo: Pick<PhotoFile, 'width' | 'height' | 'bytes'>): { zh: string; en: string } | undefined {
  const decimal = (value: number) => value.toFixed(1).replace(/\.0$/, '');
  if (photo.width * photo.height > PHOTO_LIMITS.maxPixels) {
    const size = `${photo.width} × ${photo.height}`;
    const megapixels = decimal((photo.width * photo.height) / 1e6);
    const limit = decimal(PHOTO_LIMITS.maxPixels / 1e6);
    return {
      zh: `照片 photos/${name} 有 ${size} 像素（${megapixels} 百万像素），超过上限 ${limit} 百万像素：请缩小后再放入导出（网页上的照片远小于此）。`,
      en: `The photo photos/${name} has ${size} pixels (${megapixels} megapixels), over the limit of ${limit} megapixels: make it smaller before exporting it (pages show photos far smaller).`,
    };
  }
  if (photo.bytes > PHOTO_LIMITS.maxBytes) {
    const megabytes = (bytes: number) => decimal(bytes / 2 ** 20);
    return {
      zh: `照片 photos/${name} 有 ${megabytes(photo.bytes)} MB，超过上限 ${megabytes(PHOTO_LIMITS.maxBytes)} MB：请压缩后再放入导出。`,
      en: `The photo photos/${name} is ${megabytes(photo.bytes)} MB, over the limit of ${megabytes(PHOTO_LIMITS.maxBytes)} MB: compress it before exporting it.`,
    };
  }
  return undefined;
}

/** Boundaries must belong to counties or townships in regions.csv, one each; a county or township without one cannot be drawn. */
export function checkBoundaries(tables: ExportTables, boundaries: readonly LocatedBoundary[], file: string): Problem[] {
  const problems: Problem[] = [];
  const regions = new Map(tables.regions.rows.map((region) => [region.code, region]));
  const expected = { zh: 'regions.csv 中某个县或乡镇的区划代码', en: 'the code of a county or township in regions.csv' };
  const drawn = new Map<string, string>();
  for (const { feature, path } of boundaries) {
    const code = feature.properties.code;
    const at = { file, field: `${path}.properties.code`, value: code, expected };
    const region = regions.get(code);
    if (!region) {
      if (tables.regions.present && !tables.regions.rejectedKeys.has(code)) {
        problems.push(
          problem({
            ...at,
            code: 'unknown-reference',
            message: { zh: `边界的区划代码「${code}」在 regions.csv 中不存在。`, en: `Boundary region code "${code}" does not exist in regions.csv.` },
          }),
        );
      }
    } else if (region.level !== 'county' && region.level !== 'township') {
      const level = LEVEL_NAMES[region.level];
      problems.push(
        problem({
          ...at,
          code: 'wrong-level',
          message: {
            zh: `边界「${code}」是${level.zh}（${region.name}），而边界只画县和乡镇。`,
            en: `Boundary "${code}" is a ${level.en} (${region.name}), but boundaries are drawn for counties and townships only.`,
          },
        }),
      );
    }
    const first = drawn.get(code);
    if (first !== undefined) {
      problems.push(
        problem({
          ...at,
          code: 'duplicate-id',
          message: {
            zh: `区划「${code}」的边界重复（${first} 已有）：一个区划只能有一个要素，多块用 MultiPolygon。`,
            en: `Region "${code}" has a second boundary (${first} is the first): one feature per region, use a MultiPolygon for several parts.`,
          },
        }),
      );
    } else drawn.set(code, path);
  }
  for (const region of tables.regions.rows) {
    if ((region.level !== 'county' && region.level !== 'township') || drawn.has(region.code)) continue;
    const level = LEVEL_NAMES[region.level];
    problems.push(
      problem({
        code: 'missing-boundary',
        file,
        value: region.code,
        entity: { table: 'regions', id: region.code },
        message: {
          zh: `${level.zh}「${region.name}」（${region.code}）没有边界，地图上不会显示。`,
          en: `The ${level.en} ${region.name} (${region.code}) has no boundary and will not appear on the map.`,
        },
      }),
    );
  }
  return problems;
}
