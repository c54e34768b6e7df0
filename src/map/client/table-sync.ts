// Keeps the server-rendered tables in step with the map: when the year changes in place, every
// figure cell is refilled from the same data the map colours with.
import type { MapData } from '../derive/map-data.ts';
import { formatLayerValue } from '../derive/map-legend.ts';
import { mapLayer } from '../derive/map-layers.ts';

export function showYearInTables(tables: readonly HTMLTableElement[], data: MapData, year: number): void {
  const yearIndex = data.years.indexOf(year);
  const indexByCode = new Map(data.regions.map((region, index) => [region.code, index]));
  for (const table of tables) {
    table.dataset['year'] = String(year);
    for (const text of table.querySelectorAll('[data-map-year-text]')) text.textContent = String(year);
    for (const row of table.tBodies[0]?.rows ?? []) {
      const index = indexByCode.get(row.dataset['code'] ?? '');
      if (index === undefined) continue;
      for (const cell of row.querySelectorAll<HTMLTableCellElement>('td[data-layer]')) {
        const layer = mapLayer(cell.dataset['layer'] ?? '');
        if (!layer) continue;
        const value = data.values[layer.id][yearIndex]?.[index] ?? null;
        cell.dataset['value'] = value === null ? '' : String(value);
        cell.textContent = formatLayerValue(layer.unit, value);
      }
    }
  }
}
