import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { type ConsolidatedIdentity, ConsolidatedIdentitySchema, type DataRow, type Measure, type TextField, type TextRow } from '../model/consolidate.ts';
import type { Finding } from '../model/finding.ts';
import { CONSOLIDATE_SHEETS, CONSOLIDATE_TEXT, MEASURE_LABEL, TEXT_FIELD_LABEL } from '../vi/consolidate-text.ts';
import { describeError } from '../vi/errors.ts';
import { parseProgress } from '../vi/labels.ts';
import { hasErrors, makeFinding } from '../vi/messages/index.ts';
import '../vi/schema-errors.ts';
import { Workbook } from '../xlsx/exceljs.ts';
import { readJsonCells } from '../xlsx/json-cells.ts';
import { dataLine, dataSha256, rowHash, textLine } from './consolidated-hash.ts';

export interface ReadConsolidatedOptions {
  /** The unit the workbook must come from. */
  unit?: string;
  /** Or any of these units (the receiving unit's children in its tree of the period). */
  units?: readonly string[];
  /** The plan it must be made for. */
  planId?: string;
  planHash?: string;
  period?: string;
}

export type ReadConsolidatedResult =
  | { ok: true; identity: ConsolidatedIdentity; rows: DataRow[]; texts: TextRow[]; findings: Finding[] }
  | { ok: false; identity: ConsolidatedIdentity | null; findings: Finding[] };

const MEASURE_BY_LABEL = new Map(Object.entries(MEASURE_LABEL).map(([k, v]) => [v, k as Measure]));
const FIELD_BY_LABEL = new Map(Object.entries(TEXT_FIELD_LABEL).map(([k, v]) => [v, k as TextField]));

/** A cell as text ("" when empty); a formula gives its cached result. */
function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && 'result' in v) return (v as { result?: unknown }).result;
  if (v && typeof v === 'object' && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return v ?? '';
}
const text = (cell: ExcelJS.Cell) => String(cellValue(cell)).normalize('NFC');

/**
 * Reads a consolidated workbook back and checks it: its identity, then every data and text row
 * against the hash written with it. An edited number is a finding naming its sheet and cell;
 * a workbook from another unit, plan or period is a finding too. Nothing is silently changed.
 */
export async function readConsolidated(source: string | Buffer, options: ReadConsolidatedOptions = {}, fileName?: string): Promise<ReadConsolidatedResult> {
  const file = fileName ?? (typeof source === 'string' ? basename(source) : 'tong-hop.xlsx');
  const wb = new Workbook();
  try {
    const buffer = typeof source === 'string' ? await readFile(source) : source;
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, identity: null, findings: [makeFinding('consolidate/unreadable', { file }, { file, reason: describeError(error) })] };
  }
  const idSheet = wb.getWorksheet(CONSOLIDATE_SHEETS.identity);
  if (!idSheet) return { ok: false, identity: null, findings: [makeFinding('consolidate/not-consolidated', { file })] };
  const json = readJsonCells((row) => idSheet.getCell(`A${row}`).value);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, identity: null, findings: [makeFinding('consolidate/bad-identity', { file, sheet: CONSOLIDATE_SHEETS.identity }, { reason: describeError(error) })] };
  }
  const parsed = ConsolidatedIdentitySchema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { ok: false, identity: null, findings: [makeFinding('consolidate/bad-identity', { file, sheet: CONSOLIDATE_SHEETS.identity }, { reason })] };
  }
  const identity = parsed.data;
  const findings: Finding[] = [...expectations(identity, options, file)];

  const rows: DataRow[] = [];
  const data = wb.getWorksheet(CONSOLIDATE_SHEETS.data);
  const dataCount = data ? Math.max(0, data.actualRowCount - 1) : 0;
  for (let r = 2; data && r <= dataCount + 1; r++) {
    const row = data.getRow(r);
    const valueCell = row.getCell(6);
    const value = cellValue(valueCell);
    const at = { file, sheet: CONSOLIDATE_SHEETS.data, cell: `F${r}`, row: r, col: 6 };
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      findings.push(makeFinding('consolidate/bad-value', { ...at, actual: String(value) }));
      continue;
    }
    const dataRow: DataRow = { unit: text(row.getCell(1)), org: text(row.getCell(2)), targetId: text(row.getCell(3)), measure: MEASURE_BY_LABEL.get(text(row.getCell(5))) ?? ('?' as Measure), value };
    const expected = identity.rowHashes[r - 2];
    if (expected !== undefined && rowHash(dataLine(dataRow)) !== expected) findings.push(makeFinding('consolidate/edited-cell', { ...at, actual: String(value) }));
    rows.push(dataRow);
  }
  if (dataCount !== identity.rowHashes.length) {
    findings.push(makeFinding('consolidate/rows-changed', { file, sheet: CONSOLIDATE_SHEETS.data, actual: String(dataCount), expected: String(identity.rowHashes.length) }));
  }
  const texts: TextRow[] = [];
  const textSheet = wb.getWorksheet(CONSOLIDATE_SHEETS.texts);
  const textCount = textSheet ? Math.max(0, textSheet.actualRowCount - 1) : 0;
  for (let r = 2; textSheet && r <= textCount + 1; r++) {
    const row = textSheet.getRow(r);
    const field = FIELD_BY_LABEL.get(text(row.getCell(4))) ?? ('?' as TextField);
    const shown = text(row.getCell(5));
    const t: TextRow = { unit: text(row.getCell(1)), org: text(row.getCell(2)), taskId: text(row.getCell(3)), field, text: field === 'progress' ? (parseProgress(shown) ?? shown) : shown };
    const expected = identity.textHashes[r - 2];
    if (expected !== undefined && rowHash(textLine(t)) !== expected) findings.push(makeFinding('consolidate/edited-cell', { file, sheet: CONSOLIDATE_SHEETS.texts, cell: `E${r}`, row: r, col: 5, actual: t.text.slice(0, 60) }));
    texts.push(t);
  }
  if (textCount !== identity.textHashes.length) {
    findings.push(makeFinding('consolidate/rows-changed', { file, sheet: CONSOLIDATE_SHEETS.texts, actual: String(textCount), expected: String(identity.textHashes.length) }));
  }
  // Rows swapped or changed in a way each row's short hash missed: the whole data's hash decides.
  if (!hasErrors(findings) && dataSha256(rows, texts) !== identity.dataSha256) {
    findings.push(makeFinding('consolidate/rows-changed', { file, sheet: CONSOLIDATE_SHEETS.data, actual: String(dataCount), expected: String(identity.rowHashes.length) }));
  }
  if (hasErrors(findings)) return { ok: false, identity, findings };
  return { ok: true, identity, rows, texts, findings };
}

function expectations(identity: ConsolidatedIdentity, options: ReadConsolidatedOptions, file: string): Finding[] {
  const out: Finding[] = [];
  const at = { file, sheet: CONSOLIDATE_SHEETS.identity };
  if (options.unit !== undefined && identity.unit.code !== options.unit) {
    out.push(makeFinding('consolidate/wrong-unit', { ...at, actual: identity.unit.code, expected: `"${options.unit}"` }));
  } else if (options.units !== undefined && !options.units.includes(identity.unit.code)) {
    out.push(makeFinding('consolidate/wrong-unit', { ...at, actual: identity.unit.code, expected: CONSOLIDATE_TEXT.oneOfChildren(options.units) }));
  }
  if ((options.planId !== undefined && identity.planId !== options.planId) || (options.planHash !== undefined && identity.planHash !== options.planHash)) {
    out.push(makeFinding('consolidate/wrong-plan', { ...at, actual: `${identity.planId} (${identity.planHash.slice(0, 12)})`, expected: `${options.planId ?? identity.planId} (${(options.planHash ?? '').slice(0, 12)})` }));
  }
  if (options.period !== undefined && identity.period !== options.period) {
    out.push(makeFinding('consolidate/wrong-period', { ...at, actual: identity.period, expected: options.period }));
  }
  return out;
}
