// Browser: the "print this notice" button. Without JavaScript it stays hidden; the browser's own print works.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-notice]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
