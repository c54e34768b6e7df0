// Sorting for server-rendered tables: each column header becomes a button; numbers sort by their
// data-value (empty = no data, always last), text by Chinese collation. Without JavaScript the table
// keeps its server order.
const collator = new Intl.Collator('zh-CN');

type Direction = 'ascending' | 'descending';

export function makeSortable(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...header.childNodes);
    const mark = document.createElement('span');
    mark.className = 'sort-button__mark';
    mark.setAttribute('aria-hidden', 'true');
    button.append(mark);
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      // Numbers are most interesting largest first; names from the start of the alphabet.
      const numeric = header.dataset['sortType'] === 'number';
      const current = header.getAttribute('aria-sort');
      const direction: Direction = current === 'descending' ? 'ascending' : current === 'ascending' ? 'descending' : numeric ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      sortRows(table, column, numeric, direction);
    });
  });
}

function sortRows(table: HTMLTableElement, column: number, numeric: boolean, direction: Direction): void {
  const body = table.tBodies[0];
  if (!body) return;
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = [...body.rows].map((row, position) => {
    const cell = row.cells[column];
    const raw = numeric ? cell?.dataset['value'] ?? '' : cell?.textContent?.trim() ?? '';
    return { row, position, raw, number: raw === '' ? Number.NaN : Number(raw) };
  });
  keyed.sort((a, b) => {
    if (numeric) {
      const aMissing = Number.isNaN(a.number);
      const bMissing = Number.isNaN(b.number);
      if (aMissing || bMissing) return aMissing === bMissing ? a.position - b.position : aMissing ? 1 : -1;
      return sign * (a.number - b.number) || a.position - b.position;
    }
    return sign * collator.compare(a.raw, b.raw) || a.position - b.position;
  });
  body.append(...keyed.map((entry) => entry.row));
}

/** Sorts again by the column the reader chose last, e.g. after the figures changed. */
export function resort(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const column = headers.findIndex((header) => header.hasAttribute('aria-sort'));
  const header = headers[column];
  if (!header) return;
  sortRows(table, column, header.dataset['sortType'] === 'number', header.getAttribute('aria-sort') === 'ascending' ? 'ascending' : 'descending');
}
