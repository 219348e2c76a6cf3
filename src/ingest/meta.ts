import type { WorkbookAccess as Workbook } from '../xlsx/sheet-access.ts';
import { META_SHEET_NAME, type WorkbookMeta, WorkbookMetaSchema } from '../model/workbook-meta.ts';

export type MetaRead = { state: 'ok'; meta: WorkbookMeta } | { state: 'missing' } | { state: 'invalid' };

/** The identity contract from the (very) hidden sheet: JSON split over column A. */
export function readMeta(wb: Workbook): MetaRead {
  const ws = wb.getWorksheet(META_SHEET_NAME);
  if (!ws) return { state: 'missing' };
  let json = '';
  for (let row = 1; row <= 1000; row++) {
    const v = ws.findCell(row, 1)?.value;
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  try {
    const parsed = WorkbookMetaSchema.safeParse(JSON.parse(json));
    return parsed.success ? { state: 'ok', meta: parsed.data } : { state: 'invalid' };
  } catch {
    return { state: 'invalid' };
  }
}
