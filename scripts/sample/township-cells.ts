// Schematic township outlines: Voronoi cells of seeded points inside the real county outline.
//
// No free township polygons exist for Ankang, so the sample draws one cell per
// township. Voronoi cells tile the plane, so neighbouring townships share edges,
// and clipping them to the county outline makes them fill the county exactly.

import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import {
  boundsOf,
  containsPoint,
  mapPoints,
  multiPolygonArea,
  orientRfc7946,
  polygonArea,
  ringCentroid,
  roundMultiPolygon,
  type Point,
} from './planar-geometry.ts';
import type { Random } from './random.ts';
import type { CountyOutline, MultiPolygon } from './reference.ts';

/** Lloyd relaxation rounds: a few even out the cell sizes without making a regular grid. */
const RELAXATION_ROUNDS = 3;
const MAX_ATTEMPTS = 25;
/** A cell smaller than this share of the average one would be unreadable on the map. */
const MIN_AREA_SHARE = 0.2;
const DECIMALS = 6;

/**
 * Degrees of longitude are shorter than degrees of latitude at 32–34°N; the cells
 * are computed on a locally equal-scaled plane so they come out round, not squashed.
 */
function equirectangular(latitude: number): { forward: (p: Point) => Point; inverse: (p: Point) => Point } {
  const k = Math.cos((latitude * Math.PI) / 180);
  return { forward: ([x, y]) => [x * k, y], inverse: ([x, y]) => [x / k, y] };
}

function samplePointsInside(outline: MultiPolygon, count: number, random: Random): Point[] {
  const b = boundsOf(outline);
  const points: Point[] = [];
  while (points.length < count) {
    const p: Point = [random.float(b.minX, b.maxX), random.float(b.minY, b.maxY)];
    if (containsPoint(outline, p)) points.push(p);
  }
  return points;
}

function clippedCells(points: readonly Point[], outline: MultiPolygon): MultiPolygon[] {
  const b = boundsOf(outline);
  const pad = Math.max(b.maxX - b.minX, b.maxY - b.minY);
  const voronoi = Delaunay.from(points).voronoi([b.minX - pad, b.minY - pad, b.maxX + pad, b.maxY + pad]);
  return points.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Point[] | null;
    return cell ? (polygonClipping.intersection([cell], outline) as MultiPolygon) : [];
  });
}

/** Moves each point to the centroid of the largest piece of its cell, if that stays inside the county. */
function relax(points: readonly Point[], cells: readonly MultiPolygon[], outline: MultiPolygon): Point[] {
  return points.map((point, i) => {
    const pieces = cells[i] ?? [];
    const largest = pieces.reduce<MultiPolygon[number] | undefined>(
      (best, p) => (!best || polygonArea(p) > polygonArea(best) ? p : best),
      undefined,
    );
    const centroid = largest?.[0] ? ringCentroid(largest[0]) : point;
    return containsPoint(outline, centroid) ? centroid : point;
  });
}

function vertexKeys(polygon: MultiPolygon[number]): Set<string> {
  return new Set(polygon.flatMap((ring) => ring.map(([x, y]) => `${x},${y}`)));
}

/**
 * Where the county outline is concave, a Voronoi cell can re-enter the county and
 * leave a detached sliver. Each sliver that touches another township is handed to
 * it, so townships stay in one piece; parts of the county that lie apart from the
 * rest (紫阳县 has two) touch no other cell and stay with their owner.
 */
function mergeDetachedSlivers(cells: MultiPolygon[]): MultiPolygon[] {
  const result = cells.map((cell) => cell.slice().sort((a, b) => polygonArea(b) - polygonArea(a)));
  for (let owner = 0; owner < result.length; owner++) {
    const [main, ...slivers] = result[owner]!;
    if (!main || slivers.length === 0) continue;
    const kept: MultiPolygon = [main];
    for (const sliver of slivers) {
      const keys = vertexKeys(sliver);
      const neighbour = result.findIndex(
        (other, i) => i !== owner && other.some((piece) => piece.some((ring) => ring.some(([x, y]) => keys.has(`${x},${y}`)))),
      );
      if (neighbour < 0) {
        kept.push(sliver);
        continue;
      }
      const merged = polygonClipping.union(result[neighbour]! as MultiPolygon, sliver) as MultiPolygon;
      result[neighbour] = merged.sort((a, b) => polygonArea(b) - polygonArea(a));
    }
    result[owner] = kept;
  }
  return result;
}

/** Keeps every `step`-th vertex of each ring (rings stay closed and at least a quadrilateral). */
function coarsen(multi: MultiPolygon, step: number): MultiPolygon {
  return multi.map((polygon) =>
    polygon.map((ring) => {
      if (ring.length <= step * 5) return ring;
      const kept = ring.filter((_, i) => i % step === 0 && i < ring.length - 1);
      kept.push(ring[0]!);
      return kept;
    }),
  );
}

function cellsAreReadable(cells: readonly MultiPolygon[]): boolean {
  const areas = cells.map(multiPolygonArea);
  const mean = areas.reduce((a, b) => a + b, 0) / areas.length;
  return areas.every((a) => a >= MIN_AREA_SHARE * mean);
}

/**
 * One cell per township code, in the order given, as WGS-84 MultiPolygons rounded to
 * six decimals. Retries with fresh points until no cell is empty or a sliver.
 */
export function drawTownshipCells(county: CountyOutline, townshipCount: number, random: Random): MultiPolygon[] {
  const b = boundsOf(county.coordinates);
  const plane = equirectangular((b.minY + b.maxY) / 2);
  const outline = mapPoints(county.coordinates, plane.forward);
  // Relaxation only needs approximate cells, so it clips against a coarser outline.
  const coarse = coarsen(outline, 4);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let points = samplePointsInside(outline, townshipCount, random);
    for (let round = 0; round < RELAXATION_ROUNDS; round++) points = relax(points, clippedCells(points, coarse), outline);
    const cells = clippedCells(points, outline);
    const rounded = cells.map((cell) => roundMultiPolygon(mapPoints(cell, plane.inverse), DECIMALS));
    // Merging re-runs the clipper, so the result is oriented and rounded once more.
    const finished = mergeDetachedSlivers(rounded).map((cell) => roundMultiPolygon(orientRfc7946(cell), DECIMALS));
    if (finished.every((cell) => cell.length > 0) && cellsAreReadable(finished)) return finished;
  }
  throw new Error(`county ${county.code}: no readable township cells after ${MAX_ATTEMPTS} attempts`);
}
