// Browser: the large-text switch. The choice is kept in localStorage and applied as :root.large-text.
// Loaded as a deferred module, not a blocking script: the villager opening a notice from a QR code for the
// first time has no stored choice and should not pay a render-blocking request; a returning large-text
// reader may see normal text for the first frame.

const STORAGE_KEY = 'yangguang:large-text';
const root = document.documentElement;

function storedChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false; // storage blocked (some in-app browsers, private modes): the switch still works per page
  }
}

function store(on: boolean): void {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // not persisted; nothing else to do
  }
}

const toggles = [...document.querySelectorAll<HTMLButtonElement>('[data-large-text-toggle]')];

function apply(on: boolean): void {
  root.classList.toggle('large-text', on);
  for (const toggle of toggles) toggle.setAttribute('aria-pressed', String(on));
}

apply(storedChoice());
for (const toggle of toggles) {
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const on = !root.classList.contains('large-text');
    apply(on);
    store(on);
  });
}
// Another tab changed the choice: follow it.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) apply(event.newValue === '1');
});
