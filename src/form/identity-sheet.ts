import type { Workbook as ExcelWorkbook, Worksheet } from 'exceljs';
import type { WorkbookAccess as Workbook } from '../xlsx/sheet-access.ts';
import type { Plan } from '../model/plan.ts';
import type { PeriodId } from '../model/period.ts';
import { TEMPLATE_VERSION } from '../model/template.ts';
import { type FormUnit, META_SHEET_NAME, REPORT_SHEET_NAME, type WorkbookMeta, WorkbookMetaSchema } from '../model/workbook-meta.ts';
import { readJsonCells, writeJsonCells } from '../xlsx/json-cells.ts';

// The identity sheet: the form's contract (who, when, where every cell is) as JSON in a
// very-hidden sheet. One schema (WorkbookMetaSchema), one writer, one reader.


/** The metadata a template carries (and ingest's reference re-derives): who, when, and where every cell is. */
export function templateMeta(
  plan: Plan,
  planHash: string,
  org: string,
  period: PeriodId,
  layout: Pick<WorkbookMeta, 'columns' | 'info' | 'rows'>,
  /** The unit the form is for; absent: the office's own (no unit keys in the JSON, as before). */
  unit?: FormUnit,
): WorkbookMeta {
  const who = unit ? { unit: unit.code, unitName: unit.name } : {};
  return { format: 'baocao-template', templateVersion: TEMPLATE_VERSION, planId: plan.id, planHash, org, ...who, period, sheet: REPORT_SHEET_NAME, ...layout };
}

/** Writes the identity contract as JSON into a very-hidden sheet; the caller protects the sheet. */
export function writeIdentitySheet(wb: ExcelWorkbook, meta: WorkbookMeta): Worksheet {
  const ws = wb.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  const json = JSON.stringify(WorkbookMetaSchema.parse(meta));
  writeJsonCells(ws, json);
  return ws;
}

export type MetaRead = { state: 'ok'; meta: WorkbookMeta } | { state: 'missing' } | { state: 'invalid' };

/** The identity contract from the (very) hidden sheet: JSON split over column A. */
export function readMeta(wb: Workbook): MetaRead {
  const ws = wb.getWorksheet(META_SHEET_NAME);
  if (!ws) return { state: 'missing' };
  const json = readJsonCells((row) => ws.findCell(row, 1)?.value);
  try {
    const parsed = WorkbookMetaSchema.safeParse(JSON.parse(json));
    return parsed.success ? { state: 'ok', meta: parsed.data } : { state: 'invalid' };
  } catch {
    return { state: 'invalid' };
  }
}

/** readMeta for callers that only need the contract: null when the sheet is missing or does not parse. */
export function readTemplateMeta(wb: Workbook): WorkbookMeta | null {
  const read = readMeta(wb);
  return read.state === 'ok' ? read.meta : null;
}
