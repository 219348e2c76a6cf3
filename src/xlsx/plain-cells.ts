// The cells of a sheet and the strings of a shared-strings part as baocao (exceljs), Excel and
// LibreOffice write them, read with a few sticky regular expressions: one match per row, per
// cell, per string, instead of a walk that hands out every tag, attribute and text (the report
// sheet's cells are ≈ 90 % of a form's tags). For the fast form reader (./form-reader.ts).
//
// Only the plainest shape is taken — `<c r="B12" s="5" t="s"><v>7</v></c>`, an optional formula
// without attributes, a string in one `<t>` — with nothing between the elements. Anything else
// (inline or rich text, shared formulas, whitespace, a row or cell out of order) returns null,
// and the caller walks the whole part as before (./form-sheet.ts, ./form-parts.ts), so a part is
// read by one of the two, never half and half. test/xlsx/plain-cells.test.ts compares both on
// every sheet and shared-strings part of the test corpus.
import { columnIndex } from './columns.ts';
import { decode, isPlainText } from './plain-xml.ts';

export interface PlainCell {
  col: number;
  address: string;
  /** Style (`s`), 0 when absent. */
  s: number;
  t: string | undefined;
  /** The `<v>` text, decoded; undefined when absent or empty (as the walk leaves it). */
  v: string | undefined;
  /** The formula, decoded; undefined when absent or empty. */
  f: string | undefined;
}

export interface PlainRow {
  r: number;
  /** Row style (`s`), 0 when absent. */
  s: number;
  cells: PlainCell[];
}

const ROW = /<row((?: [A-Za-z_:][\w:.-]*="[^"<&]*")*)(\/?)>/y;
const ROW_ATTR = / ([A-Za-z_:][\w:.-]*)="([^"<&]*)"/g;
const CELL = /<c r="([A-Z]{1,3})([1-9]\d{0,6})"(?: s="(\d{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<f>([^<]*)<\/f>)?(?:<v>([^<]*)<\/v>)?<\/c>)/y;

/**
 * The rows and cells of `<sheetData>` when every one is written in the plain shape, with where the
 * element starts and ends (the caller walks the rest of the sheet); else null.
 */
export function readPlainCells(xml: string): { start: number; stop: number; rows: PlainRow[] } | null {
  const start = xml.indexOf('<sheetData>');
  if (start < 0) return null;
  const rows: PlainRow[] = [];
  const seen = new Set<number>();
  let at = start + '<sheetData>'.length;
  for (;;) {
    if (xml.startsWith('</sheetData>', at)) return { start, stop: at + '</sheetData>'.length, rows };
    ROW.lastIndex = at;
    const row = ROW.exec(xml);
    if (!row) return null;
    let r = NaN;
    let s = 0;
    for (const a of row[1]!.matchAll(ROW_ATTR)) {
      if (a[1] === 'r') r = a[2] === String(Number(a[2])) ? Number(a[2]) : NaN;
      else if (a[1] === 's') s = /^\d{1,9}$/.test(a[2]!) ? Number(a[2]) : NaN;
    }
    if (!Number.isInteger(r) || r < 1 || Number.isNaN(s) || seen.has(r)) return null;
    seen.add(r);
    const cells: PlainCell[] = [];
    rows.push({ r, s, cells });
    at = ROW.lastIndex;
    if (row[2]) continue;
    let lastCol = 0;
    for (;;) {
      if (xml.startsWith('</row>', at)) {
        at += '</row>'.length;
        break;
      }
      CELL.lastIndex = at;
      const c = CELL.exec(xml);
      if (!c || Number(c[2]) !== r) return null;
      const col = columnIndex(c[1]!);
      // Cells in column order, none repeated (what the walk checks, it says more precisely).
      if (col <= lastCol) return null;
      lastCol = col;
      const f = c[5];
      const v = c[6];
      if ((f && !isPlainText(f)) || (v && !isPlainText(v))) return null;
      cells.push({ col, address: c[1]! + c[2]!, s: c[3] ? Number(c[3]) : 0, t: c[4], v: v ? decode(v) : undefined, f: f ? decode(f) : undefined });
      at = CELL.lastIndex;
    }
  }
}

const SI = /<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/y;

/**
 * The texts of a shared-strings part's `<si>` elements when each is one plain `<t>` (no runs, no
 * phonetic parts), with where they start and end (the caller walks the rest); else null. Texts are
 * decoded from XML only: the caller decodes Excel's `_x000D_` escapes as for any text.
 */
export function readPlainStrings(xml: string): { start: number; stop: number; texts: string[] } | null {
  const open = xml.indexOf('<sst');
  const start = open < 0 ? -1 : xml.indexOf('>', open) + 1;
  if (start <= 0 || xml.charCodeAt(start - 2) === 47) return null;
  const texts: string[] = [];
  let at = start;
  for (;;) {
    if (xml.startsWith('</sst>', at)) return { start, stop: at, texts };
    SI.lastIndex = at;
    const m = SI.exec(xml);
    if (!m || !isPlainText(m[1]!)) return null;
    texts.push(decode(m[1]!));
    at = SI.lastIndex;
  }
}
