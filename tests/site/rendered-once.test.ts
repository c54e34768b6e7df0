import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderedOnce } from '../../src/site/rendered-once.ts';

// The module keeps what it made for the whole run, as a build does: each test uses variants of its own.
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('renderedOnce', () => {
  it('renders a variant once per build and gives later pages the HTML itself', async () => {
    vi.stubEnv('PROD', true);
    const render = vi.fn(async () => '<footer>页脚</footer>');
    const first = renderedOnce('footer-a', render);
    const second = renderedOnce('footer-a', render);
    // Pages rendered while the first is still being made wait for the same HTML.
    expect(second).toBe(first);
    expect(await first).toBe('<footer>页脚</footer>');
    // Once made: a string, so Astro goes on with the page at once.
    expect(renderedOnce('footer-a', render)).toBe('<footer>页脚</footer>');
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('renders each variant on its own', async () => {
    vi.stubEnv('PROD', true);
    const header = (section: string) => async () => `<header data-section="${section}"></header>`;
    expect(await renderedOnce('header-a:honorees', header('honorees'))).toBe('<header data-section="honorees"></header>');
    expect(await renderedOnce('header-a:funds', header('funds'))).toBe('<header data-section="funds"></header>');
    expect(renderedOnce('header-a:honorees', header('other'))).toBe('<header data-section="honorees"></header>');
  });

  it('renders afresh on every page under astro dev, so an edited component shows at once', async () => {
    vi.stubEnv('PROD', false);
    let edits = 0;
    const render = async () => `<p>${(edits += 1)}</p>`;
    expect(await renderedOnce('dev-a', render)).toBe('<p>1</p>');
    expect(await renderedOnce('dev-a', render)).toBe('<p>2</p>');
  });
});
