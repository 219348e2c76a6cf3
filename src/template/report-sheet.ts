import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Target } from '../model/plan.ts';
import type { InstructionsConfig } from '../model/template.ts';
import { ID_COLUMN_HEADER, REPORT_SHEET_NAME, type ColumnKey, type RowMapEntry } from '../model/workbook-meta.ts';
import { PROGRESS_LABEL } from '../vi/labels.ts';
import { cellValue } from '../form/cell-value.ts';
import { fillPlaceholders } from '../form/config.ts';
import { type LayoutRow, type PlacedColumn, SHEET_ROWS, columnApplies, columnByKey } from '../form/layout.ts';
import { ACHIEVED_FILL, BEHIND_FILL, BOX, CENTER, HEADER_FILL, INPUT_FILL, READONLY_FILL, TASK_FILL, WRAP_TOP, type TextBox, fitHeight, font, landscapePrintSetup } from './styles.ts';
import { addColumnValidation, nonNegative, percentRange, pickList, textUpTo } from './validation.ts';

export interface ReportSheetInput {
  rows: readonly LayoutRow[];
  columns: readonly PlacedColumn[];
  words: InstructionsConfig;
  vars: Readonly<Record<string, string>>;
  previous?: ReadonlyMap<string, number | null>;
  /** Expected share of a yearly target by the end of the period, in % (25 after Q1). */
  pace: number;
}

export interface ReportSheetResult {
  sheet: Worksheet;
  rowMap: RowMapEntry[];
  columns: Partial<Record<ColumnKey, string>>;
  /** A1 addresses of every input cell (for tests and for fillWorkbook). */
  inputCells: string[];
}

const INPUT_KINDS = new Set(['number', 'choice', 'text']);

/** Ratio formula: blank until a number is in the cumulative cell. */
function ratioFormula(target: Target, cum: string): string | null {
  const v = target.value;
  if (target.comparator === 'lte' || target.comparator === 'lt') {
    return `IF(ISNUMBER(${cum}),IF(${cum}<=${v},100,ROUND(${v}/${cum}*100,1)),"")`;
  }
  if (v === 0) return null;
  return `IF(ISNUMBER(${cum}),ROUND(${cum}/${v}*100,1),"")`;
}

/** The level of a target with parts: the typed one, or numerator / denominator (× 100 for a percent) from the rows below. */
function levelFromParts(target: Target, letter: string, row: number): string {
  const [cum, num, den] = [`${letter}${row}`, `${letter}${row + 1}`, `${letter}${row + 2}`];
  const scale = target.kind === 'percent' ? '*100' : '';
  return `IF(ISNUMBER(${cum}),${cum},IF(AND(ISNUMBER(${num}),ISNUMBER(${den}),${den}>0),${num}/${den}${scale},""))`;
}

function writeTitle(ws: Worksheet, row: number, text: string, lastLetter: string, size: number, bold: boolean, italic = false): void {
  ws.mergeCells(`A${row}:${lastLetter}${row}`);
  const cell = ws.getCell(`A${row}`);
  cell.value = text;
  cell.font = font({ size, bold, italic });
  cell.alignment = CENTER;
}

/** The "Báo cáo" sheet: title block, header, one row per task and per target. */
export function addReportSheet(wb: Workbook, input: ReportSheetInput): ReportSheetResult {
  const { rows, columns, words, vars } = input;
  const ws = wb.addWorksheet(REPORT_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: SHEET_ROWS.numbering, activeCell: `A${SHEET_ROWS.firstData}` }],
  });
  const byKey = columnByKey(columns);
  const visible = columns.filter((c) => c.kind !== 'id');
  const lastLetter = visible.at(-1)?.letter ?? 'A';
  const totalWidth = visible.reduce((s, c) => s + c.width, 0);

  ws.columns = columns.map((c) => ({ key: c.key, width: c.width, hidden: c.kind === 'id' }));

  const r = words.report;
  writeTitle(ws, SHEET_ROWS.title, fillPlaceholders(r.title, vars), lastLetter, 14, true);
  writeTitle(ws, SHEET_ROWS.period, fillPlaceholders(r.periodLine, vars).toLocaleUpperCase('vi'), lastLetter, 13, true);
  writeTitle(ws, SHEET_ROWS.org, fillPlaceholders(r.orgLine, vars), lastLetter, 13, true);
  writeTitle(ws, SHEET_ROWS.source, fillPlaceholders(r.sourceLine, vars), lastLetter, 12, false, true);
  writeTitle(ws, SHEET_ROWS.legend, fillPlaceholders(r.legend, vars), lastLetter, 11, false, true);
  ws.getCell(`A${SHEET_ROWS.legend}`).fill = INPUT_FILL;
  ws.getRow(SHEET_ROWS.title).height = 22;
  ws.getRow(SHEET_ROWS.source).height = fitHeight([{ text: fillPlaceholders(r.sourceLine, vars), width: totalWidth }]);

  // Header and the column-number row "(1) (2) …" of Vietnamese forms.
  const header = ws.getRow(SHEET_ROWS.header);
  const numbering = ws.getRow(SHEET_ROWS.numbering);
  let n = 0;
  for (const c of columns) {
    const h = header.getCell(c.index);
    h.value = c.kind === 'id' ? ID_COLUMN_HEADER : c.header;
    h.font = font({ bold: true, size: 11 });
    h.alignment = CENTER;
    h.fill = HEADER_FILL;
    h.border = BOX;
    const num = numbering.getCell(c.index);
    num.value = c.kind === 'id' ? '' : `(${++n})`;
    num.font = font({ italic: true, size: 10 });
    num.alignment = CENTER;
    num.border = BOX;
  }
  header.height = fitHeight(visible.map((c) => ({ text: c.header, width: c.width, size: 11, bold: true })), 30);

  const rowMap: RowMapEntry[] = [];
  const inputRows = new Map<string, number[]>();
  const inputCells: string[] = [];
  const percentRows: number[] = [];
  const countRows: number[] = [];
  /** Numerator and denominator rows of percent and rate targets: counts ≥ 0 with their own hint. */
  const partRows: number[] = [];

  rows.forEach((lr, i) => {
    const rowNo = SHEET_ROWS.firstData + i;
    const row = ws.getRow(rowNo);
    rowMap.push({ row: rowNo, kind: lr.kind, id: lr.id });
    const t = lr.target;
    const isPart = lr.kind === 'numerator' || lr.kind === 'denominator';
    if (t && isPart) partRows.push(rowNo);
    else if (t) (t.kind === 'percent' ? percentRows : countRows).push(rowNo);
    const heightCells: TextBox[] = [];
    for (const c of columns) {
      const cell: Cell = row.getCell(c.index);
      cell.font = font();
      cell.alignment = WRAP_TOP;
      if (c.kind !== 'id') cell.border = BOX;
      if (lr.kind === 'task' && c.kind !== 'id') cell.fill = TASK_FILL;
      const applies = columnApplies(c, lr.kind);
      const value = applies ? cellValue(c.key, lr, input.previous) : null;
      if (value !== null) cell.value = value;
      if (typeof value === 'string' && c.kind === 'label') {
        heightCells.push({ text: value, width: c.width - (c.key === 'task' && t ? 2 : 0), bold: c.key === 'task' && !t && !lr.task.parent });
      }
      if (c.key === 'stt' || c.key === 'unit' || c.key === 'target') cell.alignment = { ...CENTER, vertical: 'top' };
      if (c.key === 'task' && lr.kind === 'target') {
        cell.font = font({ italic: true });
        cell.alignment = { ...WRAP_TOP, indent: 1 };
      }
      if (c.key === 'task' && lr.kind === 'task') cell.font = font({ bold: !lr.task.parent });
      if (c.key === 'task' && isPart) cell.alignment = { ...WRAP_TOP, indent: 2 };
      if (c.kind === 'readonly-number' && applies) {
        cell.fill = READONLY_FILL;
        cell.alignment = { vertical: 'top', horizontal: 'right' };
        // Excel shows "4." for an integer under "#,##0.##": pick the format by value.
        cell.numFmt = typeof value === 'number' && !Number.isInteger(value) ? '#,##0.0#' : '#,##0';
      }
      if (c.kind === 'formula' && applies && t) {
        const cum = byKey.cumulative;
        // With parts (the two rows right below), the level is the typed one, else num/den: the ratio shows either way.
        const level = cum && t.parts ? levelFromParts(t, cum.letter, rowNo) : cum ? `${cum.letter}${rowNo}` : null;
        const f = level ? ratioFormula(t, level) : null;
        if (f) cell.value = { formula: f, date1904: false };
        cell.numFmt = '0.0';
        cell.alignment = { vertical: 'top', horizontal: 'right' };
      }
      if (INPUT_KINDS.has(c.kind) && applies) {
        cell.protection = { locked: false };
        cell.fill = INPUT_FILL;
        if (c.kind === 'number') cell.alignment = { vertical: 'top', horizontal: 'right' };
        if (c.kind === 'choice') cell.alignment = { ...CENTER, vertical: 'top' };
        inputRows.set(c.key, [...(inputRows.get(c.key) ?? []), rowNo]);
        inputCells.push(`${c.letter}${rowNo}`);
      }
      if (c.kind === 'id') {
        cell.value = lr.id;
        cell.font = font({ size: 9, color: { argb: 'FF808080' } });
      }
    }
    // Input text columns of a task row: room for about three lines of answer.
    const answer = columns.filter((c) => c.kind === 'text' && columnApplies(c, lr.kind));
    row.height = Math.max(fitHeight(heightCells), answer.length > 0 ? 45 : 18);
  });

  // Validations, one per run of input cells.
  const texts = { promptTitle: r.promptTitle, errorTitle: r.errorTitle };
  for (const c of columns) {
    const at = inputRows.get(c.key);
    if (!at) continue;
    const own = { ...texts, prompt: c.prompt, error: c.error };
    if (c.kind === 'number') {
      const pct = at.filter((x) => percentRows.includes(x));
      const parts = at.filter((x) => partRows.includes(x));
      const other = at.filter((x) => !percentRows.includes(x) && !partRows.includes(x));
      addColumnValidation(ws, c.letter, other, nonNegative(own));
      addColumnValidation(ws, c.letter, parts, nonNegative({ ...texts, prompt: r.partPrompt ?? c.prompt, error: r.partError ?? c.error }));
      addColumnValidation(ws, c.letter, pct, percentRange({ ...texts, prompt: r.percentPrompt, error: r.percentError }));
    } else if (c.kind === 'choice') {
      addColumnValidation(ws, c.letter, at, pickList(Object.values(PROGRESS_LABEL), own));
    } else if (c.kind === 'text') {
      addColumnValidation(ws, c.letter, at, textUpTo(c.maxLength ?? 2000, own));
    }
  }

  // Ratio colours: green once the target is reached, orange below the year's pace.
  const ratio = byKey.ratio;
  const last = SHEET_ROWS.firstData + rows.length - 1;
  if (ratio && rows.length > 0) {
    const first = `${ratio.letter}${SHEET_ROWS.firstData}`;
    ws.addConditionalFormatting({
      ref: `${first}:${ratio.letter}${last}`,
      rules: [
        { type: 'expression', priority: 1, formulae: [`AND(ISNUMBER(${first}),${first}>=100)`], style: { fill: ACHIEVED_FILL } },
        { type: 'expression', priority: 2, formulae: [`AND(ISNUMBER(${first}),${first}<${input.pace})`], style: { fill: BEHIND_FILL } },
      ],
    });
  }

  ws.pageSetup = landscapePrintSetup(`${SHEET_ROWS.header}:${SHEET_ROWS.numbering}`, `A1:${lastLetter}${Math.max(last, SHEET_ROWS.numbering)}`);
  ws.headerFooter = { oddFooter: `&C&"Times New Roman,Regular"&11${r.footer}` };

  const columnLetters = Object.fromEntries(columns.map((c) => [c.key, c.letter])) as Partial<Record<ColumnKey, string>>;
  return { sheet: ws, rowMap, columns: columnLetters, inputCells };
}
