// Browser: a place chooser's links become one drop-down and a button that open the chosen place's static notice
// list. Without JavaScript the links (one static page per township and village) do the same job.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-place-select]')) {
  const links = form.parentElement?.querySelector<HTMLElement>('[data-place-links]');
  const select = form.querySelector('select');
  if (!links || !select) continue;
  form.hidden = false;
  links.hidden = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign(select.value);
  });
}
