// What the map shows: layer, level and year. Layer and level live in the query string so a link
// reproduces the view; the year is the page itself (/map/ or /map/<year>/), which also works without JavaScript.
import type { MapLevel } from '../derive/map-data.ts';
import { DEFAULT_LAYER, mapLayer } from '../derive/map-layers.ts';
import type { RateId } from '../../regions/derive/region-rates.ts';

export interface ExplorerState {
  layer: RateId;
  level: MapLevel;
  year: number;
}

export function stateFromLocation(search: string, year: number): ExplorerState {
  const params = new URLSearchParams(search);
  const layer = mapLayer(params.get('layer') ?? '')?.id ?? DEFAULT_LAYER;
  const level: MapLevel = params.get('level') === 'county' ? 'county' : 'township';
  return { layer, level, year };
}

/** The query string for a state; defaults are left out so the plain page URL stays canonical. */
export function stateQuery(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.layer !== DEFAULT_LAYER) params.set('layer', state.layer);
  if (state.level !== 'township') params.set('level', state.level);
  const query = params.toString();
  return query ? `?${query}` : '';
}
