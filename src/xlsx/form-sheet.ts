// The sheets of a form, for the fast form reader (./form-reader.ts).
import type { CellValue } from 'exceljs';
import { type RichRun, RunReader, type SharedString, type StyleModel, type Styles } from './form-parts.ts';
import { type Attrs, plainAllowed, unsupported, walk, type Walker, xl } from './form-xml.ts';
import { columnIndex } from './columns.ts';
import { type PlainRow, readPlainCells } from './plain-cells.ts';
import type { CellAccess, SheetAccess } from './sheet-access.ts';

// Sheets (exceljs: WorksheetXform, RowXform, CellXform.parseClose/reconcile, Row and Worksheet model setters, merges)

const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
const MERGE = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})(?::\$?([A-Z]{1,3})\$?([1-9]\d{0,6}))?$/;

class FormCell implements CellAccess {
  constructor(
    readonly value: CellValue,
    readonly numFmt: string | undefined,
    readonly font: { name?: string } | undefined,
    readonly result: unknown = undefined,
  ) {}
}

/** A cell inside a merged range, not its top-left one: it shows the top-left cell's value. */
class MergedCell implements CellAccess {
  readonly result = undefined;
  constructor(
    private readonly master: CellAccess,
    readonly numFmt: string | undefined,
    readonly font: { name?: string } | undefined,
  ) {}
  get value(): CellValue {
    return this.master.value;
  }
}

class FormSheet implements SheetAccess {
  constructor(
    readonly name: string,
    private readonly rows: Map<number, Array<CellAccess | undefined>>,
    readonly rowCount: number,
    readonly columnCount: number,
  ) {}
  findCell(row: number, col: number): CellAccess | undefined {
    return this.rows.get(row)?.[col - 1];
  }
}

/** The cell being read: exceljs's CellXform model before reconcile. */
interface CellModel {
  col: number;
  address: string;
  t: string | undefined;
  styleId: number;
  value: string | { richText: RichRun[] } | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  node: 'f' | 'v' | 't' | undefined;
  run: RunReader | null;
}

/**
 * The text of a sheet part up to what parseSheet reads (its cells and merged ranges; the same rule
 * as parseSheet's, on the bytes: the markers are ASCII, so their byte offsets cut the UTF-8 text
 * at a character boundary). The rest — a form's input rules are ≈ 40 % of its report sheet — is
 * not decoded.
 */
export function sheetText(part: Buffer): string {
  const sheetDataEnd = part.indexOf('</sheetData>');
  const mergesEnd = part.indexOf('</mergeCells>');
  const whole = sheetDataEnd < 0 || (mergesEnd < 0 && part.includes('<mergeCells'));
  return part.toString('utf8', 0, whole ? part.length : Math.max(sheetDataEnd + 12, mergesEnd + 13));
}

/**
 * Makes a sheet's cells as exceljs's CellXform.parseClose and reconcile leave them (the shared
 * formulas of the sheet remembered between calls: a clone names its master's address).
 */
function cellFinisher(styles: Styles, strings: SharedString[] | null, date1904: boolean): (m: CellModel) => CellAccess | undefined {
  const formulae = new Map<string | undefined, string>();
  return (m: CellModel): CellAccess | undefined => {
    const t = m.t;
    const style = m.styleId ? styles.model(m.styleId) : null;
    const numFmt = style?.numFmt;
    const font = style?.font;
    if (m.formula || m.shareType) {
      let result: unknown;
      const v = m.value;
      if (v) {
        if (typeof v !== 'string') unsupported('rich text in a formula cell');
        result = t === 'str' ? xl.xmlDecode(v) : t === 'b' ? parseInt(v, 10) !== 0 : t === 'e' ? { error: v } : parseFloat(v);
      }
      if (result !== undefined && style && xl.isDateFmt(numFmt)) result = xl.excelToDate(result as number, date1904);
      let shareType = m.shareType;
      let sharedFormula: string | undefined;
      if (shareType === 'shared') {
        if (m.ref) formulae.set(m.si, m.address);
        else {
          sharedFormula = formulae.get(m.si);
          shareType = undefined;
        }
      }
      // exceljs's FormulaValue hands out a copy of its truthy fields only.
      const value: Record<string, unknown> = {};
      for (const [k, v] of [['formula', m.formula], ['result', result], ['ref', m.ref], ['shareType', shareType], ['sharedFormula', sharedFormula]] as const) if (v) value[k] = v;
      return new FormCell(value as unknown as CellValue, numFmt, font, result);
    }
    if (m.value !== undefined) {
      let value: unknown = m.value;
      switch (t) {
        case 's': {
          const index = parseInt(m.value as string, 10);
          value = strings ? strings[index] : index;
          if (value === undefined) unsupported('shared string out of range');
          break;
        }
        case 'str':
          value = xl.xmlDecode(m.value as string);
          break;
        case 'inlineStr':
          break;
        case 'b':
          value = parseInt(m.value as string, 10) !== 0;
          break;
        case 'e':
          value = { error: m.value };
          break;
        default:
          value = parseFloat(m.value as string);
          if (style && xl.isDateFmt(numFmt)) value = xl.excelToDate(value as number, date1904);
      }
      if (typeof value === 'object' && value !== null && !(value instanceof Date) && !('richText' in value) && !('error' in value) && Object.keys(value).length > 0) unsupported('cell value');
      return new FormCell(value as CellValue, numFmt, font);
    }
    // A styled empty cell exists (exceljs's Null cell); an unstyled one does not.
    return m.styleId ? new FormCell(null, numFmt, font) : undefined;
  };
}

/** What parseSheet collects of a sheet: its rows of cells, the rows' and columns' styles, its merged ranges. */
interface SheetModel {
  rows: Map<number, Array<CellAccess | undefined>>;
  rowStyles: Map<number, StyleModel>;
  cols: Array<{ min: number; max: number; styleId: number }>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
}

export function parseSheet(name: string, xml: string, styles: Styles, strings: SharedString[] | null, date1904: boolean, options: { plainCells?: boolean } = {}): FormSheet {
  const sheet: SheetModel = { rows: new Map(), rowStyles: new Map(), cols: [], merges: [] };
  const finish = cellFinisher(styles, strings, date1904);

  const sheetDataEnd = xml.indexOf('</sheetData>');
  const mergesEnd = xml.indexOf('</mergeCells>');
  // The cells and the merged ranges; the rest of the sheet (input rules, print setup…) is not read.
  const end = sheetDataEnd < 0 || (mergesEnd < 0 && xml.includes('<mergeCells')) ? undefined : Math.max(sheetDataEnd + 12, mergesEnd + 13);
  // The cells as baocao and Excel write them, read by ./plain-cells.ts; the rest of the sheet (and
  // all of it, when a cell is written otherwise) by the walk below.
  const plainCells = options.plainCells !== false && plainAllowed() ? readPlainCells(xml) : null;
  if (plainCells) addPlainRows(plainCells.rows, sheet.rows, sheet.rowStyles, styles, finish);
  const rest = plainCells ? xml.slice(0, plainCells.start) + '<sheetData/>' + xml.slice(plainCells.stop, end) : xml;
  // The text left after the cells ends where the walk is to stop.
  walk(rest, sheetWalker(sheet, styles, finish), plainCells ? (end === undefined ? undefined : rest.length) : end);

  const { rows, rowStyles, cols } = sheet;
  applyMerges(rows, sheet.merges, (r, col) => {
    // exceljs: a cell a merged range creates takes its row's style, else its column's (Cell._mergeStyle).
    const rowStyle = rowStyles.get(r);
    const colStyle = columnStyle(cols, styles, col);
    return { numFmt: rowStyle?.numFmt || colStyle?.numFmt, font: rowStyle?.font || colStyle?.font };
  });
  let rowCount = 0;
  let columnCount = 0;
  for (const [r, cells] of rows) {
    rowCount = Math.max(rowCount, r);
    columnCount = Math.max(columnCount, cells.length);
  }
  return new FormSheet(name, rows, rowCount, columnCount);
}

/**
 * The walk's handlers for a sheet part (exceljs's WorksheetXform, RowXform and CellXform): rows,
 * cells (each finished by `finish` when it closes), columns and merged ranges, into `sheet`.
 */
function sheetWalker(sheet: SheetModel, styles: Styles, finish: (m: CellModel) => CellAccess | undefined): Walker {
  const stack: string[] = [];
  let row: { r: number; cells: Array<CellAccess | undefined> } | null = null;
  let c: CellModel | null = null;
  return {
    open(tag, a) {
      const depth = stack.length;
      stack.push(tag);
      if (depth === 0) {
        if (tag !== 'worksheet') unsupported('worksheet root');
      } else if (c) openInCell(c, tag, a);
      else if (tag === 'row' && stack[depth - 1] === 'sheetData' && depth === 2) row = openRow(sheet, styles, a);
      else if (tag === 'c' && row && depth === 3) c = openCell(row.r, a);
      else if (tag === 'col' && stack[depth - 1] === 'cols' && depth === 2) {
        sheet.cols.push({ min: parseInt(a['min'] || '0', 10), max: parseInt(a['max'] || '0', 10), styleId: a['style'] ? parseInt(a['style'], 10) : 0 });
      } else if (tag === 'mergeCell' && stack[depth - 1] === 'mergeCells' && depth === 2) sheet.merges.push(mergedRange(a['ref'] ?? ''));
    },
    text(text) {
      if (!c) return;
      if (c.run) c.run.onText(text);
      else if (c.node === 'f') c.formula = (c.formula ?? '') + text;
      else if (c.node === 'v' || c.node === 't') {
        if (typeof c.value === 'object') unsupported('text after runs');
        c.value = (c.value ?? '') + text;
      }
    },
    close(tag) {
      stack.pop();
      if (!c) {
        if (tag === 'row' && stack.length === 2) row = null;
      } else if (c.run) closeInRun(c, tag);
      else if (tag === 'f' || tag === 'v' || tag === 'is' || tag === 't') c.node = undefined;
      else if (tag === 'c' && stack.length === 3) {
        if (row!.cells[c.col - 1] !== undefined) unsupported('cell repeated');
        const cell = finish(c);
        if (cell) row!.cells[c.col - 1] = cell;
        c = null;
      }
    },
  };
}

/** A <row>: its number (each row once, as written) and its style. */
function openRow(sheet: SheetModel, styles: Styles, a: Attrs): { r: number; cells: Array<CellAccess | undefined> } {
  const r = Number(a['r']);
  if (!Number.isInteger(r) || r < 1 || a['r'] !== String(r) || sheet.rows.has(r)) unsupported('row number');
  const cells: Array<CellAccess | undefined> = [];
  sheet.rows.set(r, cells);
  const s = a['s'] ? parseInt(a['s'], 10) : 0;
  if (s) sheet.rowStyles.set(r, styles.model(s) ?? {});
  return { r, cells };
}

/** A <c> of row `r`: its address (in that row), type and style; its value comes with its children. */
function openCell(r: number, a: Attrs): CellModel {
  const address = a['r'] ?? unsupported('cell without an address');
  const at = ADDRESS.exec(address) ?? unsupported('cell address');
  if (Number(at[2]) !== r) unsupported('cell outside its row');
  return { col: columnIndex(at[1]!), address, t: a['t'], styleId: a['s'] ? parseInt(a['s'], 10) : 0, value: undefined, formula: undefined, shareType: undefined, si: undefined, ref: undefined, node: undefined, run: null };
}

/** An element inside a cell: its formula, value, inline text, or a rich-text run. */
function openInCell(c: CellModel, tag: string, a: Attrs): void {
  if (c.run) c.run.open(tag, a);
  else if (tag === 'f') {
    c.node = 'f';
    c.si = a['si'];
    c.shareType = a['t'];
    c.ref = a['ref'];
  } else if (tag === 'v' || tag === 't') c.node = tag;
  else if (tag === 'r') c.run = new RunReader();
}

/** An element closing inside a rich-text run: the run itself ends, added to the cell's runs. */
function closeInRun(c: CellModel, tag: string): void {
  if (tag !== 'r') {
    c.run!.close(tag);
    return;
  }
  const value = c.value ?? { richText: [] };
  if (typeof value === 'string') unsupported('runs after text');
  value.richText.push(c.run!.run);
  c.value = value;
  c.run = null;
}

/** A <mergeCell ref="A1:C2">, its corners in order. */
function mergedRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = MERGE.exec(ref) ?? unsupported('merged range');
  const left = columnIndex(m[1]!);
  const top = Number(m[2]);
  const right = m[3] ? columnIndex(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** The rows the plain cell reader read (./plain-cells.ts), made as the walk makes them. */
function addPlainRows(
  plain: readonly PlainRow[],
  rows: Map<number, Array<CellAccess | undefined>>,
  rowStyles: Map<number, StyleModel>,
  styles: Styles,
  finish: (m: CellModel) => CellAccess | undefined,
): void {
  for (const r of plain) {
    const cells: Array<CellAccess | undefined> = [];
    rows.set(r.r, cells);
    if (r.s) rowStyles.set(r.r, styles.model(r.s) ?? {});
    for (const m of r.cells) {
      const cell = finish({ col: m.col, address: m.address, t: m.t, styleId: m.s, value: m.v, formula: m.f, shareType: undefined, si: undefined, ref: undefined, node: undefined, run: null });
      if (cell) cells[m.col - 1] = cell;
    }
  }
}

/** The style of a column as exceljs's Column.fromModel assigns it (columns sorted by min, the first to cover a column wins). */
function columnStyle(cols: ReadonlyArray<{ min: number; max: number; styleId: number }>, styles: Styles, col: number): StyleModel | null {
  let count = 1;
  for (const c of [...cols].sort((a, b) => a.min - b.min)) {
    count = Math.max(count, c.min);
    if (col >= count && col <= c.max) return c.styleId ? styles.model(c.styleId) : null;
    count = Math.max(count, c.max + 1);
  }
  return null;
}

/** exceljs's Worksheet._mergeCellsInternal without styles: every cell of a range exists, and shows the top-left cell's value. */
function applyMerges(
  rows: Map<number, Array<CellAccess | undefined>>,
  merges: ReadonlyArray<{ top: number; left: number; bottom: number; right: number }>,
  newStyle: (row: number, col: number) => { numFmt: string | undefined; font: { name?: string } | undefined },
): void {
  merges.forEach((m, i) => {
    for (const o of merges.slice(0, i)) {
      if (o.left <= m.right && m.left <= o.right && o.top <= m.bottom && m.top <= o.bottom) unsupported('overlapping merged ranges');
    }
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 100_000) unsupported('merged range too large');
  });
  for (const m of merges) {
    const cellsOf = (r: number) => {
      let cells = rows.get(r);
      if (!cells) rows.set(r, (cells = []));
      return cells;
    };
    const top = cellsOf(m.top);
    let master = top[m.left - 1];
    if (!master) {
      const s = newStyle(m.top, m.left);
      master = top[m.left - 1] = new FormCell(null, s.numFmt, s.font);
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = cellsOf(r);
      for (let col = m.left; col <= m.right; col++) {
        if (r === m.top && col === m.left) continue;
        const own = cells[col - 1] ?? newStyle(r, col);
        cells[col - 1] = new MergedCell(master, own.numFmt, own.font);
      }
    }
  }
}
