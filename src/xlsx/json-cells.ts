import type { Worksheet } from 'exceljs';

// The hidden identity sheets (a form's `_baocao`, a consolidated workbook's, an allotment table's)
// hold JSON in column A, split into pieces: a cell holds at most 32,767 characters.

const CHUNK = 30000;

/** Writes JSON text down column A of a sheet, 30,000 characters a cell. */
export function writeJsonCells(ws: Worksheet, json: string): void {
  for (let i = 0, row = 1; i < json.length; i += CHUNK, row++) ws.getCell(`A${row}`).value = json.slice(i, i + CHUNK);
}

/** The JSON text written by writeJsonCells: column A read down to its first empty cell (at most 1,000 rows). */
export function readJsonCells(valueAt: (row: number) => unknown): string {
  let json = '';
  for (let row = 1; row <= 1000; row++) {
    const v = valueAt(row);
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  return json;
}
