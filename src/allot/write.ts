import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { ALLOTMENT_IDENTITY_SHEET, type AllotmentTableIdentity, AllotmentTableIdentitySchema } from '../model/allot.ts';
import type { PeriodId } from '../model/period.ts';
import {
  ACHIEVED_FILL,
  BEHIND_FILL,
  BOX,
  CENTER,
  HEADER_FILL,
  INPUT_FILL,
  READONLY_FILL,
  WRAP_TOP,
  addColumnValidation,
  columnLetter,
  fitHeight,
  font,
  landscapePrintSetup,
  nonNegative,
  protectSheet,
  targetUnit,
  templateVars,
} from '../template/index.ts';
import { ALLOT_SHEETS, ALLOT_TEXT } from '../vi/allot-text.ts';
import { Workbook } from '../xlsx/exceljs.ts';
import { writeJsonCells } from '../xlsx/json-cells.ts';
import { addAllotGuideSheet } from './guide.ts';
import type { AllotmentTable } from './table.ts';

/** Rows of the title block, the header and the first data row (1-based). */
export const ALLOT_ROWS = { title: 1, unit: 2, source: 3, legend: 4, header: 5, numbering: 6, firstData: 7 } as const;
const FIXED = { stt: 5, org: 14, target: 42, unitOfMeasure: 11, total: 11 } as const;
const CHILD_WIDTH = 11;
const SUM_WIDTH = 11;
const DIFF_WIDTH = 10;
/** Excel shows "4." for an integer under "#,##0.##": whole numbers get "#,##0". */
const NUMBER_FORMAT = '#,##0';
const formatOf = (v: number) => (Number.isInteger(v) ? NUMBER_FORMAT : '#,##0.0#');

export interface AllotmentWorkbookOptions {
  password?: string;
}

/**
 * The allotment table as a workbook: "Phân bổ" (title block, one row per target, the parent's
 * whole locked, one input column per child unit — greyed and locked where the child has no such
 * organisation —, "Cộng" and "Chênh lệch" formulas), "Hướng dẫn", and the identity very hidden.
 */
export async function allotmentWorkbook(table: AllotmentTable, options: AllotmentWorkbookOptions = {}): Promise<{ workbook: ExcelJS.Workbook; identity: AllotmentTableIdentity }> {
  const { plan, unit, children, rows, year } = table;
  const wb = new Workbook();
  const stamp = new Date(`${plan.source.date}T00:00:00Z`);
  wb.created = stamp;
  wb.modified = stamp;
  wb.creator = unit.name;
  wb.title = ALLOT_TEXT.title(year);
  wb.calcProperties.fullCalcOnLoad = true;

  const ws = wb.addWorksheet(ALLOT_SHEETS.table, {
    views: [{ state: 'frozen', xSplit: 5, ySplit: ALLOT_ROWS.numbering, activeCell: `F${ALLOT_ROWS.firstData}` }],
  });
  const firstChild = 6;
  const childLetters = children.map((c, i) => ({ code: c.code, letter: columnLetter(firstChild + i) }));
  const sumIndex = firstChild + children.length;
  const sumLetter = columnLetter(sumIndex);
  const diffLetter = columnLetter(sumIndex + 1);
  const widths = [FIXED.stt, FIXED.org, FIXED.target, FIXED.unitOfMeasure, FIXED.total, ...children.map(() => CHILD_WIDTH), SUM_WIDTH, DIFF_WIDTH];
  ws.columns = widths.map((width) => ({ width }));
  const lastLetter = diffLetter;
  const totalWidth = widths.reduce((a, b) => a + b, 0);

  const H = ALLOT_TEXT.headers;
  const vars = templateVars(plan, unit.name, `${year}-Q4` as PeriodId);
  const title = (row: number, text: string, size: number, extra: Partial<ExcelJS.Font> = {}) => {
    ws.mergeCells(`A${row}:${lastLetter}${row}`);
    const cell = ws.getCell(`A${row}`);
    cell.value = text;
    cell.font = font({ size, ...extra });
    cell.alignment = CENTER;
    ws.getRow(row).height = fitHeight([{ text, width: totalWidth, size, bold: Boolean(extra.bold) }], 20);
  };
  title(ALLOT_ROWS.title, ALLOT_TEXT.title(year), 14, { bold: true });
  title(ALLOT_ROWS.unit, ALLOT_TEXT.unitLine(unit.name, children.length), 13, { bold: true });
  title(ALLOT_ROWS.source, ALLOT_TEXT.sourceLine(vars.source ?? ''), 12, { italic: true });
  title(ALLOT_ROWS.legend, ALLOT_TEXT.legend, 11, { italic: true });
  ws.getCell(`A${ALLOT_ROWS.legend}`).fill = INPUT_FILL;

  const headers = [H.stt, H.org, H.target, H.unitOfMeasure, H.total, ...children.map((c) => c.name), H.sum, H.difference];
  const header = ws.getRow(ALLOT_ROWS.header);
  const numbering = ws.getRow(ALLOT_ROWS.numbering);
  headers.forEach((text, i) => {
    const h = header.getCell(i + 1);
    h.value = text;
    h.font = font({ bold: true, size: 11 });
    h.alignment = CENTER;
    h.fill = HEADER_FILL;
    h.border = BOX;
    const n = numbering.getCell(i + 1);
    n.value = `(${i + 1})`;
    n.font = font({ italic: true, size: 10 });
    n.alignment = CENTER;
    n.border = BOX;
  });
  header.height = fitHeight(headers.map((text, i) => ({ text, width: widths[i] ?? CHILD_WIDTH, size: 11, bold: true })), 30);

  const orgName = new Map(plan.organizations.map((o) => [o.code, o.shortName]));
  const inputRows = new Map<string, number[]>();
  const identityRows: AllotmentTableIdentity['rows'] = [];
  const last = ALLOT_ROWS.firstData + rows.length - 1;
  rows.forEach((r, i) => {
    const rowNo = ALLOT_ROWS.firstData + i;
    const row = ws.getRow(rowNo);
    const values: (string | number)[] = [i + 1, orgName.get(r.org) ?? r.org, r.target.text, targetUnit(r.target), r.total];
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.font = font();
      cell.border = BOX;
      cell.alignment = c === 0 || c === 3 ? { ...CENTER, vertical: 'top' } : WRAP_TOP;
    });
    const total = row.getCell(5);
    total.fill = READONLY_FILL;
    total.numFmt = formatOf(r.total);
    total.alignment = { vertical: 'top', horizontal: 'right' };
    const open = new Set(r.open);
    for (const { code, letter } of childLetters) {
      const cell = ws.getCell(`${letter}${rowNo}`);
      cell.font = font();
      cell.border = BOX;
      cell.numFmt = NUMBER_FORMAT;
      cell.alignment = { vertical: 'top', horizontal: 'right' };
      if (open.has(code)) {
        cell.protection = { locked: false };
        cell.fill = INPUT_FILL;
        inputRows.set(letter, [...(inputRows.get(letter) ?? []), rowNo]);
      } else {
        cell.fill = READONLY_FILL;
      }
    }
    const range = childLetters.length > 0 ? `${childLetters[0]?.letter}${rowNo}:${childLetters.at(-1)?.letter}${rowNo}` : `E${rowNo}`;
    const sum = row.getCell(sumIndex);
    sum.value = { formula: `IF(COUNT(${range})=0,"",SUM(${range}))`, date1904: false };
    const diff = row.getCell(sumIndex + 1);
    diff.value = { formula: `IF(COUNT(${range})=0,"",${sumLetter}${rowNo}-E${rowNo})`, date1904: false };
    for (const cell of [sum, diff]) {
      cell.font = font({ bold: cell === sum });
      cell.border = BOX;
      cell.numFmt = NUMBER_FORMAT;
      cell.alignment = { vertical: 'top', horizontal: 'right' };
    }
    row.height = fitHeight([{ text: r.target.text, width: FIXED.target }, { text: orgName.get(r.org) ?? r.org, width: FIXED.org }]);
    identityRows.push({ row: rowNo, targetId: r.target.id, org: r.org, total: r.total, open: r.open });
  });

  for (const [letter, at] of inputRows) addColumnValidation(ws, letter, at, nonNegative(ALLOT_TEXT.validation));
  if (rows.length > 0) {
    const first = `${diffLetter}${ALLOT_ROWS.firstData}`;
    ws.addConditionalFormatting({
      ref: `${first}:${diffLetter}${last}`,
      rules: [
        { type: 'expression', priority: 1, formulae: [`AND(ISNUMBER(${first}),${first}=0)`], style: { fill: ACHIEVED_FILL } },
        { type: 'expression', priority: 2, formulae: [`AND(ISNUMBER(${first}),${first}<>0)`], style: { fill: BEHIND_FILL } },
      ],
    });
  }

  // Under the table: targets that are levels, and targets the level above did not give.
  let next = Math.max(last, ALLOT_ROWS.numbering) + 2;
  const note = (text: string, bold = false) => {
    ws.mergeCells(`A${next}:${lastLetter}${next}`);
    const cell = ws.getCell(`A${next}`);
    cell.value = text;
    cell.font = font({ bold, italic: !bold, size: 11 });
    cell.alignment = WRAP_TOP;
    ws.getRow(next).height = fitHeight([{ text, width: totalWidth, size: 11 }]);
    next += 1;
  };
  if (table.levels.length > 0) {
    note(ALLOT_TEXT.notApportionedHeading, true);
    for (const t of table.levels) note(ALLOT_TEXT.notApportionedLine(orgName.get(orgOfTarget(table, t.task)) ?? '', t.text));
  }
  if (table.notGiven.length > 0) {
    note(ALLOT_TEXT.notGivenHeading, true);
    for (const t of table.notGiven) note(ALLOT_TEXT.notGivenLine(orgName.get(orgOfTarget(table, t.task)) ?? '', t.text));
  }

  ws.pageSetup = landscapePrintSetup(`${ALLOT_ROWS.header}:${ALLOT_ROWS.numbering}`, `A1:${lastLetter}${next - 1}`);
  ws.headerFooter = { oddFooter: `&C&"Times New Roman,Regular"&11${ALLOT_TEXT.footer}` };
  await protectSheet(ws, options.password);
  await addAllotGuideSheet(wb, options.password);

  const identity = AllotmentTableIdentitySchema.parse({
    format: 'baocao-allotment-table/1',
    planId: plan.id,
    planHash: table.planHash,
    unit: unit.code,
    year,
    sheet: ALLOT_SHEETS.table,
    children: childLetters,
    columns: { total: 'E', sum: sumLetter, difference: diffLetter },
    rows: identityRows,
  });
  const id = wb.addWorksheet(ALLOTMENT_IDENTITY_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(identity);
  writeJsonCells(id, json);
  await protectSheet(id, options.password);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return { workbook: wb, identity };
}

function orgOfTarget(table: AllotmentTable, taskId: string): string {
  return table.plan.tasks.find((t) => t.id === taskId)?.org ?? '';
}

/** allotmentWorkbook as .xlsx bytes. */
export async function allotmentBuffer(table: AllotmentTable, options: AllotmentWorkbookOptions = {}): Promise<Buffer> {
  const { workbook } = await allotmentWorkbook(table, options);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the allotment table; refuses to replace an existing file unless `force` (throws EEXIST). */
export async function writeAllotmentTable(file: string, table: AllotmentTable, options: AllotmentWorkbookOptions & { force?: boolean } = {}): Promise<void> {
  await writeFile(file, await allotmentBuffer(table, options), { flag: options.force ? 'w' : 'wx' });
}
