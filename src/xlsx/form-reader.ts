// The fast reader of baocao's own forms. exceljs's `xlsx.load` builds a whole workbook model
// (every part, every style, every cell object, the input rules) from which ingest then reads a
// few hundred values; for a filled form that is ≈ 4× the cost of unzipping its sheets and walking
// their XML once (bench/README.md). This reader takes only what ingest reads (./sheet-access.ts):
// the sheet names (workbook.xml and its rels), the cells and merged ranges of each sheet, the
// shared strings, and of the styles the number formats and fonts — each part walked by the plain
// scanner (./plain-xml.ts; the cells and strings in their plain shape by ./plain-cells.ts), or by
// saxes when anything in the workbook is outside that plain subset. It gives them in exceljs's own
// shapes and by exceljs's own rules (each rule names the exceljs code it follows; exceljs's date
// and number-format helpers are used as they are; styles and shared strings in ./form-parts.ts,
// sheets in ./form-sheet.ts), so ingest reads the same values either way:
// test/xlsx/form-reader.test.ts compares the two on every workbook of the test corpus.
//
// It reads only workbooks that carry baocao's identity sheet (`_baocao`), and gives up (null)
// on anything it does not know to read exactly as exceljs does — a part missing or broken, cells
// without addresses, overlapping merged ranges, external hyperlinks, namespace prefixes — so that
// the caller loads the workbook with exceljs instead and reports the same findings. Not read, and
// not checked for well-formedness either: the parts of a sheet after its cells and merged ranges
// (input rules, highlighting, print setup — exceljs skips them for ingest too), themes, drawings,
// comments, document properties.
import { META_SHEET_NAME } from '../model/workbook-meta.ts';
import { parseSharedStrings, parseStyles } from './form-parts.ts';
import { parseSheet, sheetText } from './form-sheet.ts';
import { unsupported, walk, withSaxes } from './form-xml.ts';
import { PlainXmlOnly } from './plain-xml.ts';
import type { SheetAccess, WorkbookAccess } from './sheet-access.ts';
import { type StoredPart, type ZipParts, openZipParts } from './zip-parts.ts';

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

function partText(zip: ZipParts, name: string): string | null {
  return zip.read(name)?.toString('utf8') ?? null;
}

/**
 * The last parse of each workbook-level part (workbook.xml, its relationships, styles.xml, a
 * sheet's relationships), with the part as it was stored. Every form baocao issues carries these
 * parts byte for byte alike, so a batch parses them once instead of once per file (≈ 7 % of a
 * form's read, bench/README.md). Reused only when the stored bytes are exactly the same
 * (compressed data, method and size: they inflate to the same text); the parsed values are never
 * changed by their readers.
 */
const lastParsed = new Map<string, { stored: StoredPart; value: unknown }>();

function parsedPart<T>(zip: ZipParts, name: string, parse: (xml: string) => T): T | null {
  const stored = zip.stored(name);
  if (!stored) return null;
  const last = lastParsed.get(name);
  if (last && last.stored.method === stored.method && last.stored.size === stored.size && last.stored.data.equals(stored.data)) return last.value as T;
  const value = parse(partText(zip, name) ?? unsupported('part'));
  // A copy: the file's bytes are not kept alive by the cache.
  lastParsed.set(name, { stored: { ...stored, data: Buffer.from(stored.data) }, value });
  return value;
}

async function read(bytes: Uint8Array): Promise<WorkbookAccess | null> {
  const zip = await openZipParts(bytes, WANTED);
  try {
    return readParts(zip);
  } catch (error) {
    // XML outside the plain scanner's subset somewhere (./plain-xml.ts): the whole workbook again, with saxes.
    if (error instanceof PlainXmlOnly) return withSaxes(() => readParts(zip));
    throw error;
  }
}

function readParts(zip: ZipParts): WorkbookAccess | null {
  const book = parsedPart(zip, 'xl/workbook.xml', parseWorkbook) ?? unsupported('no workbook part');
  if (!book.sheets.some((s) => s.name === META_SHEET_NAME)) return null;
  const rels = parsedPart(zip, 'xl/_rels/workbook.xml.rels', parseRels) ?? unsupported('no workbook rels');
  const styles = parsedPart(zip, 'xl/styles.xml', parseStyles) ?? unsupported('no styles part');
  const sst = partText(zip, 'xl/sharedStrings.xml');
  const strings = sst === null ? null : parseSharedStrings(sst);

  // exceljs: WorkbookXform.reconcile (the sheet's part from its relationship) and Workbook's model
  // setter (sheets kept by sheetId, listed in the order of workbook.xml).
  const sheets: SheetAccess[] = [];
  const ids = new Set<number>();
  for (const s of book.sheets) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (!rel) continue;
    const path = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!SHEET_PART.test(path) || !zip.has(path)) continue;
    if (!Number.isInteger(s.id) || s.id < 1 || ids.has(s.id) || sheets.some((x) => x.name === s.name)) unsupported('sheet ids or names repeated');
    ids.add(s.id);
    const sheetRels = parsedPart(zip, path.replace(/sheet(\d+)\.xml$/, '_rels/sheet$1.xml.rels'), parseRels);
    if (sheetRels !== null && [...sheetRels.values()].some((r) => r.type.endsWith('/hyperlink'))) unsupported('hyperlinks');
    sheets.push(parseSheet(s.name, sheetText(zip.read(path) ?? unsupported('sheet part')), styles, strings, book.date1904));
  }
  return {
    worksheets: sheets,
    getWorksheet: (name) => sheets.find((s) => s.name === name),
  };
}

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
