// Browser: recomputes every publicity badge on the page from today's date in China, and re-sorts notice lists
// whose order the new states change. The build rendered the same from its own date, so without JavaScript
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
sortLists(today);
