import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/build/output/references.ts';

describe('extractReferences in scripts', () => {
  const site = { origin: 'https://example.org', base: '/' };
  const targets = (text: string) => extractReferences('_astro/entry.js', text, site).map((reference) => reference.target);

  it('finds static and dynamic imports in every quote the bundler writes, backticks included', () => {
    expect(targets(`import{t as e}from"./preload-helper.A1.js";import './side.B2.js';`)).toEqual(['_astro/preload-helper.A1.js', '_astro/side.B2.js']);
    // A chunk loaded on demand: without it the output check would remove the file as unused.
    expect(targets('await e(async()=>{let{createReader:e}=await import(`./read-aloud-speech.xC.js`);return{createReader:e}},[])')).toEqual([
      '_astro/read-aloud-speech.xC.js',
    ]);
  });

  it('skips an interpolated template literal', () => {
    expect(targets('import(`./chunk-${name}.js`)')).toEqual([]);
  });
});

describe('extractReferences in pages', () => {
  const site = { origin: 'https://example.org', base: '/' };

  it("finds the modules of Astro's island element (the export checker's React island)", () => {
    const html = '<astro-island uid="Z1" component-url="/_astro/ExportChecker.Ab.js" component-export="default" renderer-url="/_astro/client.Cd.js" client="only"></astro-island>';
    expect(extractReferences('publish/check/index.html', html, site).map((reference) => [reference.target, reference.via])).toEqual([
      ['_astro/ExportChecker.Ab.js', 'component-url'],
      ['_astro/client.Cd.js', 'renderer-url'],
    ]);
  });
});
