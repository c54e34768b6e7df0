// The blueprints' tables in the browser: sortable by any column, like the map's (sortable-table.ts).
import { makeSortable } from './sortable-table.ts';

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-blueprint-table]')) makeSortable(table);
