import { describe, expect, it } from 'vitest';
import { publishedPhotos } from '../../../src/honorees/derive/honoree-photos.ts';
import { consented, masked } from './honoree-fixture.ts';

describe('publishedPhotos', () => {
  const files = new Map([
    ['a.png', { width: 300, height: 400 }],
    ['b.png', { width: 10, height: 10 }],
    ['unused.png', { width: 1, height: 1 }],
  ]);

  it('lists the size of each consenting honoree’s photo and nothing else', () => {
    expect(publishedPhotos([consented('A', { photo: 'a.png' }), masked('B'), consented('C')], files)).toEqual({ 'a.png': { width: 300, height: 400 } });
  });

  it('skips a photo the export does not hold', () => {
    expect(publishedPhotos([consented('A', { photo: 'missing.png' })], files)).toEqual({});
  });
});
