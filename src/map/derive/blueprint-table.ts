// The blueprints' tables as plain rows of text and values, shaped here so the table component only renders.
export interface BlueprintColumn {
  label: string;
  /** Numbers: right-aligned, sorted by value (money in yuan with its fen, never bare fen: eleven digits could read as a mobile number). */
  numeric?: boolean;
  /** A name scripts use to refill the column (the dynamic map's months). */
  field?: string;
}

export interface BlueprintCell {
  text: string;
  /** The number behind the text, for sorting; null or absent when there is none. */
  value?: number | null;
  href?: string;
}

export interface BlueprintRow {
  /** The region the row is about (data-code). */
  code?: string;
  /** The first cell is the row's header. */
  cells: BlueprintCell[];
}

/** 达标 / 未达标: in words, never colour alone. */
export function metText(met: boolean | undefined): string {
  return met === undefined ? '—' : met ? '达标' : '未达标';
}
