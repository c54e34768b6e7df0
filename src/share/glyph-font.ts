// Text as glyph outlines: the CJK font parsed once per process (opentype.js), each glyph's outline and advance
// kept after its first use. resvg then renders the images without any font (measured: ~80 ms per image when resvg
// loads the 10 MB font itself for each render, a few ms with outlines).
import { readFileSync } from 'node:fs';
import opentype, { type Font, type PathCommand } from 'opentype.js';

export interface Glyph {
  /** Glyph index in the font: the id of its outline in an SVG's <defs>. */
  index: number;
  /** The outline in font units, y downwards, baseline at 0 (empty for a space). */
  path: string;
  /** Advance width in font units. */
  advance: number;
}

/** What text layout needs of a font: advances, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  advance(char: string): number;
}

export class GlyphFont implements FontMetrics {
  readonly unitsPerEm: number;
  /** A short name for this font's outlines in SVG ids (`r`, `b`). */
  readonly id: string;
  readonly #font: Font;
  readonly #glyphs = new Map<string, Glyph>();

  constructor(file: string, id: string) {
    const bytes = readFileSync(file);
    this.#font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { lowMemory: true });
    this.unitsPerEm = this.#font.unitsPerEm;
    this.id = id;
  }

  glyph(char: string): Glyph {
    let glyph = this.#glyphs.get(char);
    if (!glyph) {
      const found = this.#font.charToGlyph(char);
      glyph = { index: found.index, path: pathData(found.getPath(0, 0, this.unitsPerEm).commands), advance: found.advanceWidth ?? this.unitsPerEm };
      this.#glyphs.set(char, glyph);
    }
    return glyph;
  }

  advance(char: string): number {
    return this.glyph(char).advance;
  }
}

/**
 * SVG path data of an outline. At the em size in font units the coordinates are whole numbers. Written here rather
 * than by opentype.js's toPathData, whose compact form ran two numbers together (`949 0` as `9490`).
 */
export function pathData(commands: readonly PathCommand[]): string {
  const n = (value: number | undefined) => String(Math.round(value ?? 0));
  let d = '';
  for (const command of commands) {
    switch (command.type) {
      case 'M':
      case 'L':
        d += `${command.type}${n(command.x)} ${n(command.y)}`;
        break;
      case 'Q':
        d += `Q${n(command.x1)} ${n(command.y1)} ${n(command.x)} ${n(command.y)}`;
        break;
      case 'C':
        d += `C${n(command.x1)} ${n(command.y1)} ${n(command.x2)} ${n(command.y2)} ${n(command.x)} ${n(command.y)}`;
        break;
      case 'Z':
        d += 'Z';
        break;
    }
  }
  return d;
}
