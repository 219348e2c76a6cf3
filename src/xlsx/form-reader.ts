// The fast reader of baocao's own forms. exceljs's `xlsx.load` builds a whole workbook model
// (every part, every style, every cell object, the input rules) from which ingest then reads a
// few hundred values; for a filled form that is ≈ 4× the cost of unzipping its sheets and walking
// their XML once (bench/README.md). This reader takes only what ingest reads (./sheet-access.ts):
// the sheet names (workbook.xml and its rels), the cells and merged ranges of each sheet, the
// shared strings, and of the styles the number formats and fonts. It gives them in exceljs's own
// shapes and by exceljs's own rules (each rule below names the exceljs code it follows; exceljs's
// date and number-format helpers are used as they are), so ingest reads the same values either
// way: test/xlsx/form-reader.test.ts compares the two on every workbook of the test corpus.
//
// It reads only workbooks that carry baocao's identity sheet (`_baocao`), and gives up (null)
// on anything it does not know to read exactly as exceljs does — a part missing or broken, cells
// without addresses, overlapping merged ranges, external hyperlinks, namespace prefixes — so that
// the caller loads the workbook with exceljs instead and reports the same findings. Not read, and
// not checked for well-formedness either: the parts of a sheet after its cells and merged ranges
// (input rules, highlighting, print setup — exceljs skips them for ingest too), themes, drawings,
// comments, document properties.
import { createRequire } from 'node:module';
import type { CellValue } from 'exceljs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { META_SHEET_NAME } from '../model/workbook-meta.ts';
import type { CellAccess, SheetAccess, WorkbookAccess } from './sheet-access.ts';
import { openZipParts } from './zip-parts.ts';

const require = createRequire(import.meta.url);
/** exceljs's own helpers (lib/utils/utils.js): date formats, serial dates, the decoding of "str" values. */
const xl = require('exceljs/lib/utils/utils.js') as {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(v: number, date1904: boolean | undefined): Date;
  xmlDecode(text: string): string;
};
/** exceljs's table of Excel's built-in number formats (lib/xlsx/defaultnumformats.js). */
const BUILT_IN_FORMATS = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<number, { f: string } | undefined>;

/** A workbook this reader does not read exactly as exceljs does: the caller falls back to exceljs. */
class Unsupported extends Error {}
function unsupported(why: string): never {
  throw new Unsupported(why);
}

/** exceljs's worksheet parts (lib/xlsx/xlsx.js matches entry names with this, unanchored). */
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WANTED = (name: string) =>
  name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'xl/sharedStrings.xml' || name === 'xl/styles.xml' || SHEET_PART.test(name) || /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name);

/**
 * Reads one of baocao's forms, or returns null when the bytes are not one (no identity sheet) or
 * hold anything this reader leaves to exceljs. Never throws.
 */
export async function readForm(bytes: Uint8Array): Promise<WorkbookAccess | null> {
  try {
    return await read(bytes);
  } catch {
    // A zip or XML error, or Unsupported: exceljs reads it (or says what is wrong with it).
    return null;
  }
}

type Attrs = Record<string, string | undefined>;
interface Walker {
  open(name: string, attrs: Attrs): void;
  text?(text: string): void;
  close(name: string): void;
}

/** One pass of saxes over `xml` (up to `end`, when given: the rest is not read). Throws on broken XML. */
function walk(xml: string, w: Walker, end?: number): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => w.open(tag.name, tag.attributes as Attrs));
  if (w.text) parser.on('text', w.text);
  parser.on('closetag', (tag) => w.close(tag.name));
  if (end === undefined) parser.write(xml).close();
  else parser.write(xml.slice(0, end));
}

function partText(zip: { read(name: string): Buffer | null }, name: string): string | null {
  return zip.read(name)?.toString('utf8') ?? null;
}

async function read(bytes: Uint8Array): Promise<WorkbookAccess | null> {
  const zip = await openZipParts(bytes, WANTED);
  const book = parseWorkbook(partText(zip, 'xl/workbook.xml') ?? unsupported('no workbook part'));
  if (!book.sheets.some((s) => s.name === META_SHEET_NAME)) return null;
  const rels = parseRels(partText(zip, 'xl/_rels/workbook.xml.rels') ?? unsupported('no workbook rels'));
  const styles = parseStyles(partText(zip, 'xl/styles.xml') ?? unsupported('no styles part'));
  const sst = partText(zip, 'xl/sharedStrings.xml');
  const strings = sst === null ? null : parseSharedStrings(sst);

  // exceljs: WorkbookXform.reconcile (the sheet's part from its relationship) and Workbook's model
  // setter (sheets kept by sheetId, listed in the order of workbook.xml).
  const sheets: FormSheet[] = [];
  const ids = new Set<number>();
  for (const s of book.sheets) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (!rel) continue;
    const path = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!SHEET_PART.test(path) || !zip.has(path)) continue;
    if (!Number.isInteger(s.id) || s.id < 1 || ids.has(s.id) || sheets.some((x) => x.name === s.name)) unsupported('sheet ids or names repeated');
    ids.add(s.id);
    const sheetRels = partText(zip, path.replace(/sheet(\d+)\.xml$/, '_rels/sheet$1.xml.rels'));
    if (sheetRels !== null && [...parseRels(sheetRels).values()].some((r) => r.type.endsWith('/hyperlink'))) unsupported('hyperlinks');
    sheets.push(parseSheet(s.name, partText(zip, path) ?? unsupported('sheet part'), styles, strings, book.date1904));
  }
  return {
    worksheets: sheets,
    getWorksheet: (name) => sheets.find((s) => s.name === name),
  };
}

// ---------------------------------------------------------------------------------------------
// workbook.xml and relationships (exceljs: WorkbookXform, SheetXform, RelationshipsXform)

interface SheetDef {
  name: string;
  id: number;
  rId: string | undefined;
}

function parseWorkbook(xml: string): { sheets: SheetDef[]; date1904: boolean } {
  const sheets: SheetDef[] = [];
  let date1904 = false;
  const stack: string[] = [];
  walk(xml, {
    open(name, a) {
      if (stack.length === 0 && name !== 'workbook') unsupported('workbook root');
      const parent = stack[stack.length - 1];
      if (name === 'sheet' && parent === 'sheets' && stack.length === 2) {
        sheets.push({ name: a['name'] ?? unsupported('sheet without a name'), id: parseInt(a['sheetId'] ?? '', 10), rId: a['r:id'] });
      } else if (name === 'workbookPr' && stack.length === 1) {
        date1904 = a['date1904'] === '1';
      }
      stack.push(name);
    },
    close() {
      stack.pop();
    },
  });
  return { sheets, date1904 };
}

function parseRels(xml: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  let depth = 0;
  walk(xml, {
    open(name, a) {
      if (depth === 0 && name !== 'Relationships') unsupported('rels root');
      if (name === 'Relationship' && a['Id'] !== undefined) rels.set(a['Id'], { type: a['Type'] ?? '', target: a['Target'] ?? '' });
      depth++;
    },
    close() {
      depth--;
    },
  });
  return rels;
}

// ---------------------------------------------------------------------------------------------
// styles.xml: number formats and fonts of each cell style (exceljs: StylesXform.getStyleModel)

interface StyleModel {
  numFmt?: string;
  font?: { name?: string };
}

interface Styles {
  /** The style of a cell's or row's `s`, or of a column's `style` (null when that style does not exist). */
  model(id: number): StyleModel | null;
}

function parseStyles(xml: string): Styles {
  const numFmts = new Map<number, string>();
  const fonts: Array<{ name?: string }> = [];
  const xfs: Array<{ numFmtId: number; fontId: number }> = [];
  const stack: string[] = [];
  // fonts, numFmts and cellXfs come before everything else exceljs would read here.
  const end = xml.indexOf('</cellXfs>');
  walk(
    xml,
    {
      open(name, a) {
        if (stack.length === 0 && name !== 'styleSheet') unsupported('styles root');
        const parent = stack[stack.length - 1];
        const depth = stack.length;
        if (name === 'numFmt' && parent === 'numFmts' && depth === 2) {
          numFmts.set(parseInt(a['numFmtId'] ?? '', 10), (a['formatCode'] ?? unsupported('numFmt')).replace(/[\\](.)/g, '$1'));
        } else if (name === 'font' && parent === 'fonts' && depth === 2) {
          fonts.push({});
        } else if (name === 'name' && parent === 'font' && depth === 3 && stack[1] === 'fonts') {
          const val = a['val'];
          if (val !== undefined) fonts[fonts.length - 1]!.name = val;
        } else if (name === 'xf' && parent === 'cellXfs' && depth === 2) {
          xfs.push({ numFmtId: parseInt(a['numFmtId'] ?? '', 10), fontId: parseInt(a['fontId'] ?? '', 10) });
        }
        stack.push(name);
      },
      close() {
        stack.pop();
      },
    },
    end < 0 ? undefined : end + '</cellXfs>'.length,
  );
  // exceljs reads the style of any `s` through these lists and fails without them.
  if (xfs.length === 0 || fonts.length === 0) unsupported('styles without cell styles or fonts');
  const built: Array<StyleModel | null> = [];
  return {
    model(id) {
      if (!(id in xfs)) return null;
      let m = built[id];
      if (m === undefined) {
        const xf = xfs[id]!;
        m = {};
        if (xf.numFmtId) {
          const numFmt = numFmts.get(xf.numFmtId) || BUILT_IN_FORMATS[xf.numFmtId]?.f;
          if (numFmt) m.numFmt = numFmt;
        }
        if (xf.fontId || xf.fontId === 0) {
          const font = fonts[xf.fontId];
          if (font) m.font = font;
        }
        built[id] = m;
      }
      return m;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Shared strings and rich-text runs (exceljs: SharedStringsXform, SharedStringXform, RichTextXform, TextXform)

type RichRun = { text?: string; font?: { name?: string } };
type SharedString = string | { richText?: RichRun[] };

/** exceljs's TextXform: Excel's escapes of control characters ("_x000D_") decoded. */
const decodeEscapes = (text: string) => text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Collects one rich-text run (`<r>`): its text and its font's name. */
class RunReader {
  run: RichRun = {};
  private text: string[] | null = null;
  private inFont = false;
  open(name: string, a: Attrs): void {
    if (this.text === null && !this.inFont) {
      if (name === 't') this.text = [];
      else if (name === 'rPr') {
        this.inFont = true;
        this.run.font = {};
      }
    } else if (this.inFont && name === 'rFont') {
      const val = a['val'];
      if (val !== undefined) this.run.font!.name = val;
    }
  }
  onText(text: string): void {
    this.text?.push(text);
  }
  close(name: string): void {
    if (name === 't' && this.text !== null) {
      this.run.text = decodeEscapes(this.text.join(''));
      this.text = null;
    } else if (name === 'rPr' && this.inFont) this.inFont = false;
  }
}

function parseSharedStrings(xml: string): SharedString[] {
  const values: SharedString[] = [];
  let depth = 0;
  const cur: { si: SharedString | null } = { si: null };
  /** Inside <si>: the element being read (t, r or rPh) and its depth. */
  let part: { name: string; depth: number; text: string[]; run?: RunReader } | null = null;
  walk(xml, {
    open(name, a) {
      depth++;
      if (depth === 1) {
        if (name !== 'sst') unsupported('sst root');
      } else if (depth === 2) {
        if (name !== 'si') unsupported('unexpected node in shared strings');
        cur.si = {};
      } else if (part) {
        part.run?.open(name, a);
        if (!part.run && part.name === 't') unsupported('element inside <t>');
      } else if (depth === 3 && (name === 't' || name === 'r' || name === 'rPh')) {
        part = { name, depth, text: [], ...(name === 'r' ? { run: new RunReader() } : {}) };
      }
    },
    text(text) {
      if (!part) return;
      if (part.run) part.run.onText(text);
      else if (part.name === 't') part.text.push(text);
    },
    close(name) {
      if (part && depth === part.depth) {
        if (part.name === 't') {
          const si = cur.si;
          if (typeof si !== 'object' || si === null || si.richText) unsupported('text after runs');
          cur.si = decodeEscapes(part.text.join(''));
        } else if (part.name === 'r') {
          const si = cur.si;
          if (typeof si !== 'object' || si === null) unsupported('runs after text');
          (si.richText ??= []).push(part.run!.run);
        }
        part = null;
      } else if (part?.run) part.run.close(name);
      if (depth === 2 && cur.si !== null) {
        values.push(cur.si);
        cur.si = null;
      }
      depth--;
    },
  });
  return values;
}

// ---------------------------------------------------------------------------------------------
// Sheets (exceljs: WorksheetXform, RowXform, CellXform.parseClose/reconcile, Row and Worksheet model setters, merges)

const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
const MERGE = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})(?::\$?([A-Z]{1,3})\$?([1-9]\d{0,6}))?$/;

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

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

function parseSheet(name: string, xml: string, styles: Styles, strings: SharedString[] | null, date1904: boolean): FormSheet {
  const rows = new Map<number, Array<CellAccess | undefined>>();
  const rowStyles = new Map<number, StyleModel>();
  const cols: Array<{ min: number; max: number; styleId: number }> = [];
  const merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  const formulae = new Map<string | undefined, string>();
  const stack: string[] = [];
  let row: { r: number; cells: Array<CellAccess | undefined> } | null = null;
  let c: CellModel | null = null;

  const finish = (m: CellModel): CellAccess | undefined => {
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

  const sheetDataEnd = xml.indexOf('</sheetData>');
  const mergesEnd = xml.indexOf('</mergeCells>');
  // The cells and the merged ranges; the rest of the sheet (input rules, print setup…) is not read.
  const end = sheetDataEnd < 0 || (mergesEnd < 0 && xml.includes('<mergeCells')) ? undefined : Math.max(sheetDataEnd + 12, mergesEnd + 13);
  walk(
    xml,
    {
      open(tag, a) {
        const depth = stack.length;
        stack.push(tag);
        if (depth === 0) {
          if (tag !== 'worksheet') unsupported('worksheet root');
          return;
        }
        if (c) {
          if (c.run) c.run.open(tag, a);
          else if (tag === 'f') {
            c.node = 'f';
            c.si = a['si'];
            c.shareType = a['t'];
            c.ref = a['ref'];
          } else if (tag === 'v' || tag === 't') c.node = tag;
          else if (tag === 'r') c.run = new RunReader();
          return;
        }
        const parent = stack[depth - 1];
        if (tag === 'row' && parent === 'sheetData' && depth === 2) {
          const r = Number(a['r']);
          if (!Number.isInteger(r) || r < 1 || a['r'] !== String(r) || rows.has(r)) unsupported('row number');
          row = { r, cells: [] };
          rows.set(r, row.cells);
          const s = a['s'] ? parseInt(a['s'], 10) : 0;
          if (s) rowStyles.set(r, styles.model(s) ?? {});
        } else if (tag === 'c' && row && depth === 3) {
          const address = a['r'] ?? unsupported('cell without an address');
          const at = ADDRESS.exec(address) ?? unsupported('cell address');
          if (Number(at[2]) !== row.r) unsupported('cell outside its row');
          c = { col: colNumber(at[1]!), address, t: a['t'], styleId: a['s'] ? parseInt(a['s'], 10) : 0, value: undefined, formula: undefined, shareType: undefined, si: undefined, ref: undefined, node: undefined, run: null };
        } else if (tag === 'col' && parent === 'cols' && depth === 2) {
          cols.push({ min: parseInt(a['min'] || '0', 10), max: parseInt(a['max'] || '0', 10), styleId: a['style'] ? parseInt(a['style'], 10) : 0 });
        } else if (tag === 'mergeCell' && parent === 'mergeCells' && depth === 2) {
          const m = MERGE.exec(a['ref'] ?? '') ?? unsupported('merged range');
          const left = colNumber(m[1]!);
          const top = Number(m[2]);
          const right = m[3] ? colNumber(m[3]) : left;
          const bottom = m[4] ? Number(m[4]) : top;
          merges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
        }
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
          return;
        }
        if (c.run) {
          if (tag === 'r') {
            const value = c.value ?? { richText: [] };
            if (typeof value === 'string') unsupported('runs after text');
            value.richText.push(c.run.run);
            c.value = value;
            c.run = null;
          } else c.run.close(tag);
        } else if (tag === 'f' || tag === 'v' || tag === 'is' || tag === 't') c.node = undefined;
        else if (tag === 'c' && stack.length === 3) {
          if (row!.cells[c.col - 1] !== undefined) unsupported('cell repeated');
          const cell = finish(c);
          if (cell) row!.cells[c.col - 1] = cell;
          c = null;
        }
      },
    },
    end,
  );

  applyMerges(rows, merges, (r, col) => {
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
