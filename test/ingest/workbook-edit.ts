import ExcelJS from 'exceljs';
import { readTemplateMeta } from '../../src/template/index.ts';
import type { ColumnKey, WorkbookMeta } from '../../src/model/index.ts';

/** Opens a workbook, lets a test change it like a user would, saves it again. */
export async function editWorkbook(buf: Uint8Array, edit: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Báo cáo');
  if (!ws) throw new Error('no report sheet');
  edit(wb, ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The metadata of a generated workbook, and the A1 address of a field of a task/target row. */
export async function layoutOf(buf: Uint8Array): Promise<{ meta: WorkbookMeta; cell: (id: string, key: ColumnKey) => string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf) as unknown as ArrayBuffer);
  const meta = readTemplateMeta(wb);
  if (!meta) throw new Error('no metadata');
  return {
    meta,
    cell: (id, key) => {
      const row = meta.rows.find((r) => r.id === id)?.row;
      const letter = meta.columns[key];
      if (!row || !letter) throw new Error(`no cell for ${id}/${key}`);
      return `${letter}${row}`;
    },
  };
}
