import type { Workbook } from 'exceljs';
import { META_SHEET_NAME, type WorkbookMeta, WorkbookMetaSchema } from '../model/workbook-meta.ts';
import { protectSheet } from './validation.ts';

/** A cell holds at most 32,767 characters; the JSON is split over column A. */
const CHUNK = 30000;

/** Writes the identity contract as JSON into a very-hidden sheet. */
export async function addMetaSheet(wb: Workbook, meta: WorkbookMeta, password: string | undefined): Promise<void> {
  const ws = wb.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  const json = JSON.stringify(WorkbookMetaSchema.parse(meta));
  for (let i = 0, row = 1; i < json.length; i += CHUNK, row++) {
    ws.getCell(`A${row}`).value = json.slice(i, i + CHUNK);
  }
  await protectSheet(ws, password);
}

/** Reads the identity contract back; null when the sheet is missing or does not parse. */
export function readTemplateMeta(wb: Workbook): WorkbookMeta | null {
  const ws = wb.getWorksheet(META_SHEET_NAME);
  if (!ws) return null;
  let json = '';
  for (let row = 1; ; row++) {
    const v = ws.getCell(`A${row}`).value;
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  try {
    const parsed = WorkbookMetaSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
