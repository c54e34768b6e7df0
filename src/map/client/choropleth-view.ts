// The Leaflet map: counties and townships drawn on one canvas, the chosen level filled by class colour,
// county borders always drawn on top. Events report which region the pointer or a tap is on.
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { MapData, MapLevel } from '../derive/map-data.ts';
import { classIndex, NO_DATA_FILL } from '../derive/map-legend.ts';
import type { ExplorerState } from './state.ts';

export interface TileOptions {
  url: string;
  attribution: string;
}

export interface ViewEvents {
  /** The pointer entered a region (index into data.regions) or left all of them. */
  hover(index: number | undefined): void;
  /** A click or tap on a region. */
  activate(index: number, pointer: 'mouse' | 'touch'): void;
}

export interface ChoroplethView {
  render(state: ExplorerState): void;
  /** Outline one region (or none) more strongly. */
  highlight(index: number | undefined): void;
  /** Zoom to a region, e.g. one chosen from the list. */
  zoomTo(index: number): void;
  /** How many shapes each level has on the map. */
  shapeCounts(): Record<MapLevel, number>;
}

const LINE = '#2b2b2b';

export function createChoroplethView(container: HTMLElement, data: MapData, tiles: TileOptions | undefined, events: ViewEvents): ChoroplethView {
  const renderer = L.canvas({ padding: 0.3, tolerance: 2 });
  const map = L.map(container, { renderer, zoomControl: false, attributionControl: Boolean(tiles), zoomSnap: 0.25, minZoom: 5 });
  L.control.zoom({ zoomInTitle: '放大', zoomOutTitle: '缩小' }).addTo(map);
  if (tiles) {
    map.attributionControl.setPrefix(false);
    L.tileLayer(tiles.url, { attribution: tiles.attribution }).addTo(map);
  }

  const indexByCode = new Map(data.regions.map((region, index) => [region.code, index]));
  const paths = new Map<number, L.Path>();
  let lastPointer: 'mouse' | 'touch' = 'mouse';
  container.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType === 'touch' || event.pointerType === 'pen' ? 'touch' : 'mouse';
  }, { capture: true });

  const levelLayer = (level: MapLevel) => {
    const object = data.topology.objects[level] as GeometryCollection;
    return L.geoJSON(feature(data.topology, object), {
      onEachFeature: (shape, layer) => {
        const index = indexByCode.get(String(shape.id));
        if (index === undefined || !(layer instanceof L.Path)) return;
        paths.set(index, layer);
        layer.on('mouseover', () => events.hover(index));
        layer.on('mouseout', () => events.hover(undefined));
        layer.on('click', () => events.activate(index, lastPointer));
      },
    }).addTo(map);
  };
  // Townships first, counties on top: county borders stay visible over township fills.
  const townships = levelLayer('township');
  const counties = levelLayer('county');
  const bounds = counties.getBounds().isValid() ? counties.getBounds() : townships.getBounds();
  if (bounds.isValid()) {
    map.fitBounds(bounds, { padding: [6, 6] });
    map.setMaxBounds(bounds.pad(0.6));
    map.setMinZoom(Math.max(0, map.getZoom() - 1));
  }

  let current: ExplorerState | undefined;
  let highlighted: number | undefined;
  // Opaque without tiles: the legend's swatches then show exactly the colours on the map.
  const fillOpacity = tiles ? 0.7 : 1;

  const styleOf = (index: number): L.PathOptions => {
    const region = data.regions[index];
    if (!current || !region) return {};
    const active = region.level === current.level;
    const emphasis = index === highlighted;
    if (!active) {
      // The other level is only drawn as lines: county borders bold, township borders faint.
      return region.level === 'county'
        ? { interactive: false, fill: false, color: LINE, weight: 2, opacity: 1, dashArray: '' }
        : { interactive: false, fill: false, color: '#8a8a8a', weight: 0.6, opacity: 0.8, dashArray: '' };
    }
    const yearIndex = data.years.indexOf(current.year);
    const value = data.values[current.layer][yearIndex]?.[index];
    const classes = data.classes[current.layer][current.level][yearIndex];
    const hasValue = value !== null && value !== undefined && classes !== undefined;
    return {
      interactive: true,
      fill: true,
      fillColor: hasValue ? classes.colors[classIndex(value, classes.breaks)] ?? NO_DATA_FILL : NO_DATA_FILL,
      fillOpacity,
      color: emphasis ? '#000' : LINE,
      weight: emphasis ? 3.5 : region.level === 'county' ? 1.5 : 0.8,
      opacity: 1,
      // Regions without data get a dashed outline: a second cue besides the grey.
      dashArray: hasValue || emphasis ? '' : '4 3',
    };
  };

  const restyle = () => {
    for (const [index, path] of paths) {
      const style = styleOf(index);
      // Canvas hit-testing reads options.interactive at event time, so flipping it switches the clickable level.
      path.options.interactive = style.interactive ?? false;
      path.setStyle(style);
    }
    // County borders stay on top of township fills; a highlighted region goes above everything.
    counties.bringToFront();
    if (highlighted !== undefined) paths.get(highlighted)?.bringToFront();
  };

  return {
    render(state) {
      current = state;
      restyle();
    },
    highlight(index) {
      if (index === highlighted) return;
      const previous = highlighted;
      highlighted = index;
      if (previous !== undefined) paths.get(previous)?.setStyle(styleOf(previous));
      if (index !== undefined) {
        const path = paths.get(index);
        path?.setStyle(styleOf(index));
        path?.bringToFront();
      }
    },
    zoomTo(index) {
      const path = paths.get(index);
      if (path instanceof L.Polygon) map.flyToBounds(path.getBounds(), { padding: [24, 24], maxZoom: 11, duration: 0.5 });
    },
    shapeCounts() {
      const counts: Record<MapLevel, number> = { county: 0, township: 0 };
      for (const index of paths.keys()) {
        const level = data.regions[index]?.level;
        if (level) counts[level] += 1;
      }
      return counts;
    },
  };
}
