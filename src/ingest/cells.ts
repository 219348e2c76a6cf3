import type { CellValue } from 'exceljs';
import type { CellAccess, SheetAccess } from '../xlsx/sheet-access.ts';
import { cleanText } from '../vi/text.ts';
import { columnIndex } from '../xlsx/columns.ts';
import { decodeLegacy, type LegacyEncoding } from './legacy.ts';

/** One cell as ingest sees it: what the user typed, after legacy decoding and NFC. */
export type CellRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; numFmt: string }
  | { kind: 'text'; text: string }
  | { kind: 'error'; error: string }
  | { kind: 'date'; iso: string }
  | { kind: 'bool'; value: boolean };

/** A text converted from a legacy encoding, to be reported as a warning. */
export interface LegacyConversion {
  sheet: string;
  cell: string;
  encoding: LegacyEncoding;
  font: string;
  original: string;
  converted: string;
}

const A1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads one cell: cached results of formulas (shared ones too), error values, rich-text runs with their own fonts. */
export function readCell(ws: SheetAccess, address: string, legacy: LegacyConversion[]): CellRead {
  const at = A1.exec(address);
  if (!at) return { kind: 'empty' };
  // findCell, not getCell: reading must not create cells (getCell adds an empty cell, and its
  // row, for every address looked at — garbage, and a changed workbook, for nothing).
  const cell: CellAccess | undefined = ws.findCell(Number(at[2]), columnIndex(at[1]!));
  if (!cell) return { kind: 'empty' };
  const numFmt = typeof cell.numFmt === 'string' ? cell.numFmt : '';
  const font = typeof cell.font?.name === 'string' ? cell.font.name : undefined;
  return fromValue(cell.value, cell, numFmt, font, { sheet: ws.name, cell: address, legacy });
}

function fromValue(
  value: CellValue | undefined,
  cell: CellAccess,
  numFmt: string,
  font: string | undefined,
  at: Where,
): CellRead {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value, numFmt } : { kind: 'error', error: '#NUM!' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'string') return text(decodeRun(value, font, at));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'empty' } : { kind: 'date', iso: value.toISOString().slice(0, 10) };
  if (!isObject(value)) return { kind: 'empty' };
  if ('error' in value && typeof value.error === 'string') return { kind: 'error', error: value.error };
  if ('richText' in value && Array.isArray(value.richText)) {
    const runs = value.richText as unknown[];
    const joined = runs
      .map((run) => {
        if (!isObject(run) || typeof run.text !== 'string') return '';
        const runFont = isObject(run.font) && typeof run.font.name === 'string' ? run.font.name : font;
        return decodeRun(run.text, runFont, at);
      })
      .join('');
    return text(joined);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    // cell.value drops a cached result of 0 or "": read cell.result.
    const result: unknown = (value as { result?: unknown }).result ?? safeResult(cell);
    if (result === undefined || result === null) return { kind: 'empty' };
    if (isObject(result) && 'error' in result && typeof result.error === 'string') return { kind: 'error', error: result.error };
    return fromValue(result as CellValue, cell, numFmt, font, at);
  }
  if ('text' in value && typeof value.text === 'string') return text(decodeRun(value.text, font, at)); // hyperlink
  return { kind: 'empty' };
}

function safeResult(cell: CellAccess): unknown {
  try {
    return cell.result;
  } catch {
    return undefined;
  }
}

/** Where a cell is, and the list its legacy conversions go to. */
interface Where {
  sheet: string;
  cell: string;
  legacy: LegacyConversion[];
}

function decodeRun(raw: string, font: string | undefined, at: Where): string {
  const decoded = decodeLegacy(raw, font);
  if (!decoded) return raw;
  at.legacy.push({ sheet: at.sheet, cell: at.cell, encoding: decoded.encoding, font: font ?? '', original: raw, converted: decoded.text });
  return decoded.text;
}

function text(raw: string): CellRead {
  const t = cleanText(raw);
  // A fresh copy: a slice of the parsed XML would keep the whole workbook's text alive (library-notes).
  return t === '' ? { kind: 'empty' } : { kind: 'text', text: Buffer.from(t, 'utf8').toString('utf8') };
}

/**
 * Whether a cell holds exactly this text, untouched since the template was issued: the cheap test
 * before reading it through readCell (decoding, cleaning) and matching it loosely.
 */
export function holdsExactly(ws: SheetAccess, row: number, letter: string, text: string): boolean {
  return ws.findCell(row, columnIndex(letter))?.value === text;
}

/** The text of a cell for comparisons and free-text fields ("" when empty); numbers as typed. */
export function cellText(c: CellRead): string {
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'number':
      return String(c.value);
    case 'date':
      return c.iso;
    case 'bool':
      return c.value ? 'TRUE' : 'FALSE';
    case 'error':
      return c.error;
    default:
      return '';
  }
}
