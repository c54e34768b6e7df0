// Browser: recomputes every publicity badge on the page from today's date in China, shows what belongs to the
// new state only (a nominee's 公示中 notice on a profile), and re-sorts notice lists whose order the states change.
// The build rendered the same from its own date, so without JavaScript
// (or on the build day) nothing moves.
import { sortForPublicity } from '../derive/notice-order.ts';
import { publicityLabel, publicityStatus } from '../derive/publicity.ts';
import { chinaToday } from './china-today.ts';

const STATES = ['active', 'upcoming', 'ended'] as const;

function updateBadges(today: string): void {
  for (const badge of document.querySelectorAll<HTMLElement>('[data-publicity-start]')) {
    const { publicityStart: start, publicityEnd: end } = badge.dataset;
    if (!start || !end) continue;
    const status = publicityStatus(start, end, today);
    badge.textContent = publicityLabel(status);
    for (const state of STATES) badge.classList.toggle(`badge--${state}`, state === status.state);
  }
}

/**
 * Elements marked data-publicity-shown="upcoming active" with data-publicity-period="<start>/<end>" are shown
 * only in those states of that period (the build rendered them, or hid them, for its own day).
 */
function updateStateViews(today: string): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-publicity-shown]')) {
    const [start, end] = (element.dataset['publicityPeriod'] ?? '').split('/');
    if (!start || !end) continue;
    element.hidden = !(element.dataset['publicityShown'] ?? '').split(' ').includes(publicityStatus(start, end, today).state);
  }
}

/** Lists marked data-publicity-list hold items with data-notice-id, each containing its badge. */
function sortLists(today: string): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-publicity-list]')) {
    const items = [...list.children].filter((item): item is HTMLElement => item instanceof HTMLElement);
    const periodOf = (item: HTMLElement) => {
      const badge = item.querySelector<HTMLElement>('[data-publicity-start]');
      return { id: item.dataset['noticeId'] ?? '', start: badge?.dataset['publicityStart'] ?? '', end: badge?.dataset['publicityEnd'] ?? '' };
    };
    const sorted = sortForPublicity(items, periodOf, today);
    if (sorted.some((item, index) => item !== items[index])) list.append(...sorted);
  }
}

const today = chinaToday();
updateBadges(today);
updateStateViews(today);
sortLists(today);
