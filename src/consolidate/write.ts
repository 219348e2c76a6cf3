import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { ConsolidatedIdentity, ConsolidatedTarget, DataRow, TextRow } from '../model/consolidate.ts';
import { ConsolidatedIdentitySchema } from '../model/consolidate.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { CompletenessCounts, SubtreeCompleteness } from '../model/units.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { CONSOLIDATE_SHEETS, CONSOLIDATE_TEXT, MEASURE_LABEL, METHOD_LABEL, TEXT_FIELD_LABEL } from '../vi/consolidate-text.ts';
import { periodName } from '../vi/period.ts';
import { PROGRESS_LABEL } from '../vi/labels.ts';
import type { TaskProgress } from '../model/submission.ts';
import { Workbook } from '../xlsx/exceljs.ts';
import { writeJsonCells } from '../xlsx/json-cells.ts';
import { consolidateTargets, longData, type UnitSubmissions } from './aggregate.ts';
import { dataLine, dataSha256, rowHash, textLine } from '../ingest/index.ts';
import type { ConsolidatedApproval } from '../model/approval.ts';

/** Version of baocao written into the identity (package.json's). */
export const TOOL_VERSION = '0.1.0';

export interface ConsolidateInput {
  plan: Plan;
  planHash: string;
  period: PeriodId;
  /** The tree of the period and the sending unit's code. */
  tree: UnitTreeAt;
  unit: string;
  /** Submissions included, per unit (today: the sending unit's own organisations, from the store). */
  contributions: readonly UnitSubmissions[];
  /** Completeness of the unit's subtree (its missing reports are listed in the identity). */
  completeness: SubtreeCompleteness;
  createdAt?: string;
  /** Approvals of the subtree in force (src/approve), written into the identity for the level above. */
  approved?: ConsolidatedApproval[];
  /**
   * The subtree's long data as already gathered (src/consolidate/subtree.ts: forms of this level
   * and the rows of workbooks from below, with every included report, theirs carried through).
   * When given, it is the data, and `contributions` adds nothing.
   */
  gathered?: { rows: readonly DataRow[]; texts: readonly TextRow[]; included: ConsolidatedIdentity['included'] };
}

export interface Consolidated {
  identity: ConsolidatedIdentity;
  rows: DataRow[];
  texts: TextRow[];
  targets: ConsolidatedTarget[];
}

/** The consolidated result of a unit: long data, totals, and the identity the level above checks. */
export function consolidate(input: ConsolidateInput): Consolidated {
  const { rows, texts } = input.gathered ? { rows: [...input.gathered.rows], texts: [...input.gathered.texts] } : longData(input.contributions);
  const ref = (code: string) => {
    const u = input.tree.get(code);
    return { code, name: u?.name ?? code, level: u?.level ?? '' };
  };
  const identity = ConsolidatedIdentitySchema.parse({
    schema: 'baocao-consolidated/1',
    planId: input.plan.id,
    planHash: input.planHash,
    period: input.period,
    unit: ref(input.unit),
    path: input.tree.pathToRoot(input.unit).map((u) => ref(u.code)),
    included: input.gathered
      ? input.gathered.included
      : input.contributions.flatMap((c) => c.submissions.map((s) => ({ unit: c.unit, org: s.org, submissionId: s.id, sha256: s.sha256, fileName: s.fileName }))),
    missing: input.completeness.units.flatMap((u) => u.missingOrgs.map((org) => ({ unit: u.code, org }))),
    toolVersion: TOOL_VERSION,
    createdAt: input.createdAt ?? new Date().toISOString(),
    dataSha256: dataSha256(rows, texts),
    rowHashes: rows.map((r) => rowHash(dataLine(r))),
    textHashes: texts.map((t) => rowHash(textLine(t))),
    ...(input.approved ? { approved: input.approved } : {}),
  });
  return { identity, rows, texts, targets: consolidateTargets(input.plan, rows) };
}

const BOLD = { bold: true, name: 'Times New Roman', size: 12 } as const;
const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
/** A4 landscape, fitted to the page width, rows running on over as many pages as needed. */
const PAGE: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

/**
 * Height (points) that fits the longest wrapped text of a row: LibreOffice does not grow rows
 * exceljs writes. About 1.3 letters of Times New Roman 12 per width unit, as src/report measured.
 */
function fitHeight(ws: ExcelJS.Worksheet, values: readonly (string | number | null)[]): number {
  const lines = values.map((v, i) => {
    const width = ws.getColumn(i + 1).width ?? 10;
    const perLine = Math.max(1, Math.floor((width - 1) * 1.15));
    return String(v ?? '').split('\n').reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
  });
  return Math.max(18, Math.max(...lines) * 16 + 4);
}

function tableRow(ws: ExcelJS.Worksheet, values: (string | number | null)[], header = false): ExcelJS.Row {
  const row = ws.addRow(values);
  row.height = fitHeight(ws, values);
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    if (col > values.length) return;
    cell.border = BORDER;
    cell.font = header ? BOLD : FONT;
    cell.alignment = { vertical: 'top', wrapText: true, ...(header ? { horizontal: 'center' } : {}) };
    if (header) cell.fill = HEADER_FILL;
  });
  return row;
}

/** Builds the workbook: "Tổng hợp" for people, "Dữ liệu" and "Nội dung" in long format, the identity very hidden. */
export async function consolidatedWorkbook(plan: Plan, result: Consolidated, completeness: SubtreeCompleteness): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  const H = CONSOLIDATE_TEXT.headers;
  const summary = wb.addWorksheet(CONSOLIDATE_SHEETS.summary, { pageSetup: PAGE });
  summary.columns = [{ width: 6 }, { width: 18 }, { width: 52 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 30 }];
  summary.mergeCells('A1:H1');
  summary.mergeCells('A2:H2');
  Object.assign(summary.getCell('A1'), { value: CONSOLIDATE_TEXT.title, font: { ...BOLD, size: 14 }, alignment: { horizontal: 'center' } });
  Object.assign(summary.getCell('A2'), { value: CONSOLIDATE_TEXT.subtitle(result.identity.unit.name, periodName(result.identity.period)), font: { ...FONT, italic: true }, alignment: { horizontal: 'center' } });
  summary.addRow([]);
  // What the totals are made of comes first: the reporting rate of the subtree, per level, and
  // per unit directly below (a reader sees how much of the province a sum covers).
  summary.addRow([CONSOLIDATE_TEXT.completenessHeading]).getCell(1).font = BOLD;
  const C = CONSOLIDATE_TEXT.completenessHeaders;
  const scope = tableRow(summary, ['', C.scope, '', C.expected, C.received, C.missing, C.rate, `${C.onTime} / ${C.late}`], true);
  summary.mergeCells(`B${scope.number}:C${scope.number}`);
  const countRow = (label: string, c: CompletenessCounts) => {
    const row = tableRow(summary, ['', label, '', c.expected, c.received, c.missing, c.rate, `${c.onTime} / ${c.late}`]);
    row.getCell(7).numFmt = '0%';
    row.height = 18; // the label spans B:C, wider than the one column fitHeight measured
    summary.mergeCells(`B${row.number}:C${row.number}`);
    for (const c of [4, 5, 6, 7, 8]) row.getCell(c).alignment = { horizontal: 'center', vertical: 'top' };
  };
  countRow(CONSOLIDATE_TEXT.total, completeness.total);
  if (completeness.units.length > 1) for (const l of completeness.levels) countRow(CONSOLIDATE_TEXT.level(l.level, l.units), l);
  for (const u of completeness.units.filter((x) => x.depth === 1)) {
    const hasChildren = completeness.units.some((x) => x.parent === u.code);
    countRow(hasChildren ? CONSOLIDATE_TEXT.childUnit(u.name) : u.name, u.subtree);
  }
  summary.addRow([]);
  const header = tableRow(summary, [H.stt, H.org, H.target, H.unitOfMeasure, H.inPeriod, H.cumulative, H.units, H.method], true);
  summary.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  const orgName = new Map(plan.organizations.map((o) => [o.code, o.shortName ?? o.name]));
  const targetById = new Map(plan.targets.map((t) => [t.id, t]));
  result.targets.forEach((t, i) => {
    const target = targetById.get(t.targetId);
    const unit = target?.kind === 'percent' ? '%' : target?.kind === 'rate' && target.per ? `${target.unit}/${target.per}` : (target?.unit ?? '');
    const row = tableRow(summary, [i + 1, orgName.get(t.org) ?? t.org, target?.text ?? t.targetId, unit, t.inPeriod, t.cumulative, t.units, METHOD_LABEL[t.method]]);
    for (const c of [5, 6]) row.getCell(c).numFmt = '#,##0.##';
    for (const c of [1, 4, 7]) row.getCell(c).alignment = { horizontal: 'center', vertical: 'top' };
  });
  summary.addRow([]);
  const note = summary.addRow([CONSOLIDATE_TEXT.note]);
  summary.mergeCells(`A${note.number}:H${note.number}`);
  note.getCell(1).font = { ...FONT, italic: true, size: 11 };
  note.getCell(1).alignment = { wrapText: true };
  note.height = 32;

  const D = CONSOLIDATE_TEXT.dataHeaders;
  const data = wb.addWorksheet(CONSOLIDATE_SHEETS.data, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE });
  data.columns = [{ width: 14 }, { width: 10 }, { width: 16 }, { width: 60 }, { width: 18 }, { width: 14 }];
  tableRow(data, [D.unit, D.org, D.targetId, D.target, D.measure, D.value], true);
  for (const r of result.rows) tableRow(data, [r.unit, r.org, r.targetId, targetById.get(r.targetId)?.text ?? '', MEASURE_LABEL[r.measure], r.value]).getCell(6).numFmt = '#,##0.##';
  data.pageSetup.printTitlesRow = '1:1';
  data.autoFilter = { from: 'A1', to: `F${Math.max(1, result.rows.length + 1)}` };

  const T = CONSOLIDATE_TEXT.textHeaders;
  const texts = wb.addWorksheet(CONSOLIDATE_SHEETS.texts, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE });
  texts.columns = [{ width: 14 }, { width: 10 }, { width: 14 }, { width: 20 }, { width: 90 }];
  tableRow(texts, [T.unit, T.org, T.taskId, T.field, T.text], true);
  // Progress is stored as its code (in_progress) and shown as its label (Đang thực hiện).
  const shown = (t: TextRow) => (t.field === 'progress' ? (PROGRESS_LABEL[t.text as TaskProgress] ?? t.text) : t.text);
  for (const t of result.texts) tableRow(texts, [t.unit, t.org, t.taskId, TEXT_FIELD_LABEL[t.field], shown(t)]);
  texts.pageSetup.printTitlesRow = '1:1';

  const id = wb.addWorksheet(CONSOLIDATE_SHEETS.identity, { state: 'veryHidden' });
  const json = JSON.stringify(result.identity);
  writeJsonCells(id, json);
  return wb;
}

/** Writes the consolidated workbook; refuses to replace an existing file unless `force` (throws EEXIST). */
export async function writeConsolidated(file: string, plan: Plan, result: Consolidated, completeness: SubtreeCompleteness, options: { force?: boolean } = {}): Promise<void> {
  const wb = await consolidatedWorkbook(plan, result, completeness);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await writeFile(file, buffer, { flag: options.force ? 'w' : 'wx' });
}
