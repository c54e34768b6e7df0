// Which page links a pager shows: the first, the last, and two either side of the current one.

export type PagerItem = number | 'gap';

export function pagerItems(page: number, pages: number): PagerItem[] {
  const shown = new Set([1, pages]);
  for (let offset = -2; offset <= 2; offset += 1) shown.add(page + offset);
  const items: PagerItem[] = [];
  let previous = 0;
  for (const item of [...shown].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b)) {
    // A gap of one page shows that page: "…" would hide no more than the number itself.
    if (item - previous === 2) items.push(previous + 1);
    else if (item - previous > 2) items.push('gap');
    items.push(item);
    previous = item;
  }
  return items;
}
