import { describe, expect, it } from 'vitest';
import { photoCandidates, photoFileName, photoSources, photoWidths, publishedPhotoPath } from '../../../src/honorees/derive/honoree-photos.ts';
import { consented, masked } from './honoree-fixture.ts';

describe('photoSources', () => {
  const files = new Map([
    ['a.png', { path: '/x/photos/a.png' }],
    ['b.png', { path: '/x/photos/b.png' }],
  ]);
  const cell = (row: number) => ({ file: 'honorees.csv', row, line: row, column: 11, field: 'photo' });
  const cells = new Map([
    ['A', cell(2)],
    ['B', cell(3)],
    ['C', cell(4)],
  ]);

  it('lists the photo of each consenting honoree, with the cell that names it, and nothing else', () => {
    expect(photoSources([consented('A', { photo: 'a.png' }), masked('B'), consented('C')], files, cells)).toEqual([
      { honoreeId: 'A', file: 'a.png', path: '/x/photos/a.png', cell: cell(2) },
    ]);
  });

  it('skips a photo the export does not hold', () => {
    expect(photoSources([consented('A', { photo: 'missing.png' })], files, cells)).toEqual([]);
  });
});

describe('photoWidths', () => {
  it('is 240 and 480 for a photo at least 480 pixels wide', () => {
    expect(photoWidths(3000, 4000)).toEqual([240, 480]);
    expect(photoWidths(480, 600)).toEqual([240, 480]);
  });

  it('never enlarges: the photo’s own width replaces what it cannot fill', () => {
    expect(photoWidths(300, 400)).toEqual([240, 300]);
    expect(photoWidths(240, 300)).toEqual([240]);
    expect(photoWidths(4, 3)).toEqual([4]);
  });

  it('keeps a long strip no higher than twice each width', () => {
    expect(photoWidths(1000, 10_000)).toEqual([48, 96]); // 48 × 480 and 96 × 960
  });
});

describe('photo file names', () => {
  it('are the honoree id (and the width, but for the widest), never the export file name', () => {
    expect(photoFileName('ZQ-2023-00001', 240, false)).toBe('ZQ-2023-00001-w240.jpg');
    expect(photoFileName('ZQ-2023-00001', 480, true)).toBe('ZQ-2023-00001.jpg');
    expect(photoCandidates('ZQ 1', { widths: [240, 480], width: 480, height: 600 })).toEqual([
      { path: '/photos/ZQ%201-w240.jpg', width: 240 },
      { path: '/photos/ZQ%201.jpg', width: 480 },
    ]);
    expect(photoCandidates('ZQ-1', { widths: [183], width: 183, height: 240 })).toEqual([{ path: '/photos/ZQ-1.jpg', width: 183 }]);
  });

  it('give the widest a path the open data can name without decoding the photo', () => {
    expect(publishedPhotoPath('ZQ 1')).toBe('photos/ZQ%201.jpg');
    expect(`/${publishedPhotoPath('ZQ 1')}`).toBe(photoCandidates('ZQ 1', { widths: [240, 480], width: 480, height: 600 }).at(-1)?.path);
  });
});
