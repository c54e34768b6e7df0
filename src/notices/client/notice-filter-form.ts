// Browser: inside the (closed) filter panel, swaps the links for three drop-downs that go straight to the static
// page of the chosen combination. Without JavaScript the links (one static page per combination) do the same job.

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-notice-filter]')) {
  const links = form.parentElement?.querySelector<HTMLElement>('[data-notice-facets]');
  const { listPath, allPath, any } = form.dataset;
  if (!links || !listPath || !allPath || !any) continue;
  form.hidden = false;
  links.hidden = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name: string) => {
      const field = form.elements.namedItem(name);
      return field instanceof HTMLSelectElement ? field.value : any;
    };
    const segments = [value('type'), value('area'), value('year')];
    window.location.assign(segments.every((segment) => segment === any) ? allPath : `${listPath}${segments.map(encodeURIComponent).join('/')}/`);
  });
}
