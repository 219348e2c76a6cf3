import type { Workbook, Worksheet } from 'exceljs';
import type { Plan } from '../model/plan.ts';
import { ID_COLUMN_HEADER, type ColumnKey, type WorkbookMeta } from '../model/workbook-meta.ts';
import { buildTemplate } from '../template/index.ts';
import { cellText, readCell } from './cells.ts';
import { readMeta } from './meta.ts';

/**
 * The template as it was issued, regenerated from the plan: what locked cells must hold, the
 * column headers, and the layout to fall back on when a workbook lost its metadata sheet.
 */
export interface Reference {
  meta: WorkbookMeta;
  sheet: Worksheet;
  /** Row of the column headers (where the ID column header is). */
  headerRow: number;
  headers: Partial<Record<ColumnKey, string>>;
}

const cache = new Map<string, Promise<Reference>>();

export function referenceTemplate(plan: Plan, planHash: string, org: string, period: string): Promise<Reference> {
  const key = `${planHash}|${org}|${period}`;
  let ref = cache.get(key);
  if (!ref) {
    ref = buildTemplate(plan, planHash, org, period).then(toReference);
    cache.set(key, ref);
    if (cache.size > 64) cache.delete(cache.keys().next().value as string);
  }
  return ref;
}

function toReference(wb: Workbook): Reference {
  const read = readMeta(wb);
  if (read.state !== 'ok') throw new Error('generated template has no readable metadata');
  const meta = read.meta;
  const sheet = wb.getWorksheet(meta.sheet);
  if (!sheet) throw new Error('generated template has no report sheet');
  const idLetter = meta.columns.id ?? 'A';
  const headerRow = findHeaderRow(sheet, idLetter) ?? 1;
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const [key, letter] of Object.entries(meta.columns) as [ColumnKey, string][]) {
    headers[key] = cellText(readCell(sheet, `${letter}${headerRow}`, []));
  }
  return { meta, sheet, headerRow, headers };
}

/** Row of the ID column header in the first rows of a column, or null. */
export function findHeaderRow(ws: Worksheet, letter: string, maxRow = 40): number | null {
  for (let row = 1; row <= maxRow; row++) {
    if (cellText(readCell(ws, `${letter}${row}`, [])) === ID_COLUMN_HEADER) return row;
  }
  return null;
}
