// The HTML of parts that are the same on many pages — a section's header, the footer, a list view's filters —
// rendered once per build and reused (src/components/RenderedOnce.astro). At 100,000 honorees the header and
// footer alone were rendered 140,000 times each, to a dozen distinct strings.
const made = new Map<string, string>();
const making = new Map<string, Promise<string>>();

/**
 * The HTML `render` makes for `variant`, made on its first use in this build: the string itself once it is made
 * (a page that gets a promise has the rest of its markup buffered by Astro), a promise of it before. The variant
 * must name everything that makes the part differ between pages. Under `astro dev` every page renders the part
 * afresh, so an edited component shows at once.
 */
export function renderedOnce(variant: string, render: () => Promise<string>): string | Promise<string> {
  if (!import.meta.env.PROD) return render();
  const html = made.get(variant);
  if (html !== undefined) return html;
  let pending = making.get(variant);
  if (!pending) {
    pending = render().then((rendered) => {
      made.set(variant, rendered);
      making.delete(variant);
      return rendered;
    });
    making.set(variant, pending);
  }
  return pending;
}
