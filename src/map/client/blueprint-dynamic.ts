// The dynamic map (动态图) in the browser: a month control whose month lives in the address (?month=YYYY-MM), a
// play button that steps through the months (pausable, slower and without fades when the reader asks for reduced
// motion), and one year's figures fetched when a month of that year is first shown. Map fills, the townships'
// names for screen readers, the month's table and the highlighted row of the months' table all follow the month.
import { dynamicTitle, monthLabel, type MonthlyFile, type MonthFigures } from '../derive/blueprint-dynamic.ts';
import { fillOf, type ClassScale } from '../derive/class-fill.ts';
import { NO_DATA_FILL } from '../derive/map-legend.ts';
import { fenToYuanText } from '../../site/csv-out.ts';
import { formatCount, formatYuan } from '../../site/format.ts';
import { resort } from './sortable-table.ts';

const STEP_MS = 1500;
const REDUCED_STEP_MS = 3000;

function start(control: HTMLElement): void {
  const months = JSON.parse(control.dataset['months'] ?? '[]') as string[];
  const scale = JSON.parse(control.dataset['scale'] ?? '{}') as ClassScale;
  const range = control.querySelector<HTMLInputElement>('[data-month-range]');
  const output = control.querySelector<HTMLOutputElement>('[data-month-output]');
  const play = control.querySelector<HTMLButtonElement>('[data-month-play]');
  const table = document.querySelector<HTMLTableElement>('table[data-blueprint-table="dynamic-townships"]');
  const monthsTable = document.querySelector<HTMLTableElement>('table[data-blueprint-table="dynamic-months-table"]');
  if (!range || !output || !play || !table || months.length === 0) return;
  const sources = new Map([...control.querySelectorAll<HTMLElement>('[data-year][data-src]')].map((item) => [item.dataset['year'] ?? '', item.dataset['src'] ?? '']));
  const files = new Map<string, Promise<MonthlyFile>>();
  const load = (year: string): Promise<MonthlyFile> => {
    let file = files.get(year);
    if (!file) {
      file = fetch(sources.get(year) ?? '').then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<MonthlyFile>;
      });
      file.catch(() => files.delete(year));
      files.set(year, file);
    }
    return file;
  };
  const shapes = new Map([...document.querySelectorAll<SVGPathElement>('[data-blueprint="dynamic"] path[data-code]')].map((path) => [path.dataset['code'] ?? '', path]));
  const names = new Map([...table.tBodies[0]?.rows ?? []].map((row) => [row.dataset['code'] ?? '', row.cells[0]?.textContent?.trim() ?? '']));
  const reduced = matchMedia('(prefers-reduced-motion: reduce)');

  let shown = Number(range.value);
  let request = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const paint = (index: number, file: MonthlyFile) => {
    const month = months[index] ?? '';
    const m = file.months.indexOf(month);
    const label = monthLabel(month);
    file.townships.forEach((code, t) => {
      // The file's yuan back to whole fen, as the page's own figures are.
      const figures: MonthFigures = { disbursed: Math.round((file.disbursed[m]?.[t] ?? 0) * 100), started: file.started[m]?.[t] ?? 0, finished: file.finished[m]?.[t] ?? 0 };
      const path = shapes.get(code);
      if (path) {
        path.setAttribute('fill', fillOf(scale, figures.disbursed / 1_000_000) ?? NO_DATA_FILL);
        const title = dynamicTitle(names.get(code) ?? code, figures);
        path.querySelector('title')?.replaceChildren(title);
        path.parentElement?.setAttribute('aria-label', title);
      }
      const row = table.querySelector<HTMLTableRowElement>(`tr[data-code="${code}"]`);
      if (!row) return;
      for (const cell of row.querySelectorAll<HTMLTableCellElement>('td[data-field]')) {
        const field = cell.dataset['field'] as keyof MonthFigures;
        const value = figures[field];
        // Money as yuan with its fen, as every page writes it (an amount's bare fen could read as a phone number).
        cell.dataset['value'] = field === 'disbursed' ? fenToYuanText(value) : String(value);
        cell.textContent = field === 'disbursed' ? formatYuan(value) : formatCount(value);
      }
    });
    resort(table);
    for (const text of document.querySelectorAll('[data-month-text]')) text.textContent = label;
    const caption = table.querySelector('[data-blueprint-caption]');
    if (caption) caption.textContent = caption.textContent.replace(/^\d{4}年\d{1,2}月/, label);
    for (const row of monthsTable?.tBodies[0]?.rows ?? []) {
      const current = row.dataset['code'] === month;
      row.classList.toggle('is-current-month', current);
      if (current) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
    control.dataset['month'] = month;
  };

  /** Shows a month: the control and address at once, the map and table when its year's figures are in. */
  const show = async (index: number): Promise<void> => {
    const clamped = Math.min(Math.max(index, 0), months.length - 1);
    const month = months[clamped] ?? '';
    shown = clamped;
    range.value = String(clamped);
    range.setAttribute('aria-valuetext', monthLabel(month));
    output.value = monthLabel(month);
    const url = new URL(location.href);
    if (clamped === months.length - 1) url.searchParams.delete('month');
    else url.searchParams.set('month', month);
    history.replaceState(null, '', url);
    const ticket = ++request;
    control.dataset['loading'] = 'true';
    try {
      const file = await load(month.slice(0, 4));
      if (ticket === request) paint(clamped, file);
    } catch {
      if (ticket === request) output.value = `${monthLabel(month)}（数据未能加载）`;
    } finally {
      if (ticket === request) delete control.dataset['loading'];
    }
  };

  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = '播放';
  };
  const tick = () => {
    if (shown >= months.length - 1) {
      stop();
      return;
    }
    void show(shown + 1).then(() => {
      if (timer !== undefined) timer = setTimeout(tick, reduced.matches ? REDUCED_STEP_MS : STEP_MS);
    });
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) {
      stop();
      return;
    }
    play.setAttribute('aria-pressed', 'true');
    play.textContent = '暂停';
    // From the last month, playing starts again at the first.
    if (shown >= months.length - 1) void show(0);
    timer = setTimeout(tick, reduced.matches ? REDUCED_STEP_MS : STEP_MS);
  });
  range.addEventListener('input', () => {
    stop();
    void show(Number(range.value));
  });
  for (const button of control.querySelectorAll<HTMLButtonElement>('[data-month-step]')) {
    button.addEventListener('click', () => {
      stop();
      void show(shown + Number(button.dataset['monthStep']));
    });
  }

  control.hidden = false;
  document.querySelector<HTMLElement>('[data-month-static]')?.setAttribute('hidden', '');
  const wanted = new URLSearchParams(location.search).get('month');
  const index = wanted ? months.indexOf(wanted) : -1;
  if (index >= 0 && index !== shown) void show(index).then(() => (control.dataset['ready'] = 'true'));
  // The page is drawn for its default month already: nothing to fetch until the reader moves.
  else control.dataset['ready'] = 'true';
}

const control = document.querySelector<HTMLElement>('[data-month-control]');
if (control) start(control);
