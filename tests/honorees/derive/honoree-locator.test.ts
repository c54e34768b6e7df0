import { describe, expect, it } from 'vitest';
import type { Boundaries } from '../../../src/pipeline/boundaries.ts';
import { countyLocator, locatorCache, locatorLabel, locatorSvg, LOCATOR_HEIGHT, LOCATOR_WIDTH } from '../../../src/honorees/derive/honoree-locator.ts';

const square = (code: string, x: number, y: number, schematic = false): Boundaries['features'][number] => ({
  type: 'Feature',
  properties: { code, schematic },
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x, y + 0.1], [x + 0.1, y + 0.1], [x + 0.1, y], [x, y]]] },
});

const boundaries: Boundaries = {
  type: 'FeatureCollection',
  features: [square('610902', 108.9, 32.6), square('610902100', 108.9, 32.6), square('610902101', 109.0, 32.6, true), square('610921100', 108.5, 32.9)],
};

describe('countyLocator', () => {
  it('draws only the county’s townships inside the locator box, rounded to a tenth of a pixel', () => {
    const locator = countyLocator('610902', ['610902100', '610902101'], boundaries);
    expect(locator?.shapes.map((shape) => shape.code)).toEqual(['610902100', '610902101']);
    const numbers = locator?.shapes.flatMap((shape) => shape.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number) ?? [];
    expect(numbers.every((value) => value >= 0 && value <= Math.max(LOCATOR_WIDTH, LOCATOR_HEIGHT))).toBe(true);
    expect(locator?.shapes.every((shape) => !/\.\d\d/.test(shape.d))).toBe(true);
  });

  it('draws GeoJSON’s counter-clockwise rings as the township, not as everything around it', () => {
    const counterClockwise: Boundaries['features'][number] = {
      type: 'Feature',
      properties: { code: '610902102', schematic: false },
      geometry: { type: 'Polygon', coordinates: [[[109.0, 32.7], [109.1, 32.7], [109.1, 32.8], [109.0, 32.8], [109.0, 32.7]]] },
    };
    const locator = countyLocator('610902', ['610902100', '610902102'], { type: 'FeatureCollection', features: [...boundaries.features, counterClockwise] });
    const xs = (code: string) => (locator?.shapes.find((shape) => shape.code === code)?.d.match(/M([\d.]+)/)?.[1] ?? '');
    // Both townships are small squares side by side: neither spans the whole box.
    for (const code of ['610902100', '610902102']) {
      const numbers = (locator?.shapes.find((shape) => shape.code === code)?.d.match(/[\d.]+/g) ?? []).map(Number);
      const width = Math.max(...numbers.filter((_, i) => i % 2 === 0)) - Math.min(...numbers.filter((_, i) => i % 2 === 0));
      expect(width, code).toBeLessThan(LOCATOR_WIDTH / 1.5);
    }
    expect(xs('610902100')).not.toBe(xs('610902102'));
  });

  it('says when an outline is schematic', () => {
    expect(countyLocator('610902', ['610902101'], boundaries)?.schematic).toBe(true);
    expect(countyLocator('610902', ['610902100'], boundaries)?.schematic).toBe(false);
  });

  it('is undefined when no township has an outline', () => {
    expect(countyLocator('610925', ['610925100'], boundaries)).toBeUndefined();
  });
});

describe('locatorCache', () => {
  it('draws each county once', () => {
    let asked = 0;
    const locate = locatorCache(boundaries, () => {
      asked += 1;
      return ['610902100'];
    });
    expect(locate('610902')).toBe(locate('610902'));
    expect(asked).toBe(1);
  });
});

describe('locatorSvg', () => {
  const locator = countyLocator('610902', ['610902100', '610902101'], boundaries);

  it('is a standalone SVG image with its township filled in and drawn last', () => {
    const svg = locatorSvg(locator!, '610902100', locatorLabel('汉滨区', '关庙镇'));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>汉滨区各乡镇（街道）示意图，关庙镇以深色标出</title>');
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg.lastIndexOf('<path')).toBe(svg.indexOf('<path id="here"'));
  });

  it('escapes the label', () => {
    expect(locatorSvg(locator!, '610902100', 'A & <B> "C"')).toContain('aria-label="A &amp; &lt;B&gt; &quot;C&quot;"');
  });
});
