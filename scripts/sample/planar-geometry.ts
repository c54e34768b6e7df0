// Small planar geometry over [x, y] rings: area, centroid, containment, orientation, rounding.

import type { MultiPolygon, Ring } from './reference.ts';

export type Point = [number, number];
type Polygon = Ring[];

/** Shoelace area: positive when the ring runs counter-clockwise (y up). */
export function signedRingArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    twice += x0 * y1 - x1 * y0;
  }
  return twice / 2;
}

export function polygonArea(polygon: Polygon): number {
  const [outer, ...holes] = polygon;
  if (!outer) return 0;
  return Math.abs(signedRingArea(outer)) - holes.reduce((sum, h) => sum + Math.abs(signedRingArea(h)), 0);
}

export function multiPolygonArea(multi: MultiPolygon): number {
  return multi.reduce((sum, p) => sum + polygonArea(p), 0);
}

/** Area-weighted centroid of a polygon's outer ring. */
export function ringCentroid(ring: Ring): Point {
  let cx = 0;
  let cy = 0;
  let twice = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    twice += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (twice === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * twice), cy / (3 * twice)];
}

/** Even–odd ray casting over every ring, so holes and separate parts both count right. */
export function containsPoint(multi: MultiPolygon, [px, py]: Point): boolean {
  let inside = false;
  for (const polygon of multi) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundsOf(multi: MultiPolygon): Bounds {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const polygon of multi) {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        b.minX = Math.min(b.minX, x);
        b.minY = Math.min(b.minY, y);
        b.maxX = Math.max(b.maxX, x);
        b.maxY = Math.max(b.maxY, y);
      }
    }
  }
  return b;
}

export function mapPoints(multi: MultiPolygon, f: (p: Point) => Point): MultiPolygon {
  return multi.map((polygon) => polygon.map((ring) => ring.map(f)));
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. */
export function orientRfc7946(multi: MultiPolygon): MultiPolygon {
  return multi.map((polygon) =>
    polygon.map((ring, i) => {
      const counterClockwise = signedRingArea(ring) > 0;
      return counterClockwise === (i === 0) ? ring : ring.slice().reverse();
    }),
  );
}

/**
 * Rounds to a fixed number of decimals, then drops the repeated vertices and
 * collapsed rings that rounding can leave behind.
 */
export function roundMultiPolygon(multi: MultiPolygon, decimals: number): MultiPolygon {
  const scale = 10 ** decimals;
  const round = (v: number): number => Math.round(v * scale) / scale;
  const out: MultiPolygon = [];
  for (const polygon of multi) {
    const rings: Ring[] = [];
    for (const ring of polygon) {
      const kept: Ring = [];
      for (const [x, y] of ring) {
        const p: Point = [round(x), round(y)];
        const last = kept[kept.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
      }
      if (kept.length >= 4 && signedRingArea(kept) !== 0) rings.push(kept);
      else if (rings.length === 0) break; // a vanished outer ring takes its holes with it
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}
