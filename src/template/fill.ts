import { Workbook } from '../xlsx/exceljs.ts';
import { type FillData, FillDataSchema } from '../model/template.ts';
import { INFO_SHEET_NAME, PART_KINDS, type ColumnKey, type RowMapEntry, type WorkbookMeta, partRowId } from '../model/workbook-meta.ts';
import { readTemplateMeta } from '../form/identity-sheet.ts';

type Value = string | number | Date | null;

function address(meta: WorkbookMeta, key: ColumnKey, id: string, kind: RowMapEntry['kind']): string {
  const letter = meta.columns[key];
  const entry = meta.rows.find((r) => r.id === id && r.kind === kind);
  if (!letter) throw new Error(`template has no column "${key}"`);
  if (!entry) throw new Error(`template has no ${kind} row "${id}"`);
  return `${letter}${entry.row}`;
}

/** What a person typing into the cell leaves there: numbers stay numbers, text stays text. */
const typed = (v: string | number | null): Value => v;

/** An ISO date typed in the date field becomes a date cell, as Excel would store it. */
function typedDate(v: string): Value {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v;
}

/**
 * Fills a generated template the way a user would: only input cells, located through the
 * metadata's row map and column letters. For tests, demos and benchmarks; throws on ids the
 * template does not have (a typo in a fixture).
 */
export async function fillWorkbook(template: Buffer, data: FillData): Promise<Buffer> {
  const fill = FillDataSchema.parse(data);
  const wb = new Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const meta = readTemplateMeta(wb);
  if (!meta) throw new Error('not a baocao template: metadata sheet missing or invalid');
  const ws = wb.getWorksheet(meta.sheet);
  if (!ws) throw new Error(`template has no sheet "${meta.sheet}"`);

  for (const [id, t] of Object.entries(fill.targets ?? {})) {
    if (t.inPeriod !== undefined) ws.getCell(address(meta, 'inPeriod', id, 'target')).value = typed(t.inPeriod);
    if (t.cumulative !== undefined) ws.getCell(address(meta, 'cumulative', id, 'target')).value = typed(t.cumulative);
    for (const part of PART_KINDS) {
      const v = t[part];
      if (v !== undefined) ws.getCell(address(meta, 'cumulative', partRowId(id, part), part)).value = typed(v);
    }
  }
  for (const [id, t] of Object.entries(fill.tasks ?? {})) {
    for (const key of ['progress', 'result', 'difficulties', 'proposals'] as const) {
      const v = t[key];
      if (v !== undefined) ws.getCell(address(meta, key, id, 'task')).value = v;
    }
  }
  const info = wb.getWorksheet(INFO_SHEET_NAME);
  for (const [key, v] of Object.entries(fill.info ?? {}) as Array<[keyof WorkbookMeta['info'], string]>) {
    const at = meta.info[key];
    if (!info || !at) throw new Error(`template has no info field "${key}"`);
    info.getCell(at).value = key === 'reportDate' ? typedDate(v) : v;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
