import { basename } from 'node:path';
import type { Workbook } from 'exceljs';
import type { OrgEvaluation, PeriodEvaluation, TargetEvaluation, TaskEvaluation } from '../../model/evaluation.ts';
import type { Plan } from '../../model/plan.ts';
import type { Submission } from '../../model/submission.ts';
import { planIndex } from '../../plan/index.ts';
import { EXPORT_SHEET, EXPORT_TEXT, ORG_HEADERS, targetGoal, targetUnitText, formatReceivedAt } from '../../vi/status-export-text.ts';
import { COMPLETENESS_LABEL, PROGRESS_LABEL } from '../../vi/labels.ts';
import { formatViNumber, formatViRatio } from '../../vi/number.ts';
import { sheetTitles, statusText } from './summary-sheet.ts';
import { STATUS_FILL } from './style.ts';
import { type CellValue, type Column, type TableRow, writeTable } from './table.ts';
import { groupBy } from '../../util/group-by.ts';

const COLUMNS: Column[] = [
  { header: ORG_HEADERS.stt, width: 6, align: 'center' },
  { header: ORG_HEADERS.task, width: 44 },
  { header: ORG_HEADERS.progress, width: 15, align: 'center' },
  { header: ORG_HEADERS.result, width: 40 },
  { header: ORG_HEADERS.difficulties, width: 26 },
  { header: ORG_HEADERS.proposals, width: 26 },
];

/** The detail sheet of a large population: the organisation first, then the columns of an organisation's sheet. */
const DETAIL_COLUMNS: Column[] = [{ header: ORG_HEADERS.org, width: 24 }, ...COLUMNS];

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLocaleLowerCase('vi')); i++) candidate = `${base.slice(0, 28)} (${i})`;
  return candidate;
}


/**
 * What an organisation reported for each task (Tiến độ, results, difficulties, proposals, from
 * the period's report), each target under its task with the cumulative result. Looked up by
 * id, so a province of a thousand organisations costs its rows, not rows × plan size.
 */
function orgRows(plan: Plan, oe: OrgEvaluation, submission: Submission | undefined): TableRow[] {
  const { tasksByOrg, targetById } = planIndex(plan);
  const reportedByTask = new Map((submission?.tasks ?? []).map((r) => [r.taskId, r] as const));
  const progressByTask = new Map<string, TaskEvaluation>(oe.tasks.map((t) => [t.taskId, t] as const));
  const targetsByTask = groupBy<TargetEvaluation>(oe.targets, (t) => t.taskId);
  const rows: TableRow[] = [];
  for (const task of tasksByOrg.get(oe.org) ?? []) {
    const reported = reportedByTask.get(task.id);
    const progress = progressByTask.get(task.id)?.progress ?? null;
    rows.push({
      cells: [task.number, task.text, progress ? PROGRESS_LABEL[progress] : '', reported?.result ?? '', reported?.difficulties ?? '', reported?.proposals ?? ''],
      fonts: [undefined, { bold: !task.parent }],
    });
    for (const te of targetsByTask.get(task.id) ?? []) {
      const target = targetById.get(te.targetId);
      if (!target) continue;
      const result =
        te.value === null
          ? EXPORT_TEXT.noData
          : EXPORT_TEXT.cumulativeResult(formatViNumber(te.value), targetGoal(target), targetUnitText(target), te.ratio === null ? '' : formatViRatio(te.ratio));
      rows.push({ cells: ['', `- ${target.text}`, statusText(te), result, '', ''], fonts: [undefined, { italic: true }], fill: STATUS_FILL[te.status] });
    }
  }
  return rows;
}

/** One sheet per organisation (small populations), named by its code, titled with its name and its file. */
export function addOrgSheet(wb: Workbook, plan: Plan, evaluation: PeriodEvaluation, oe: OrgEvaluation, submission: Submission | undefined, name: string): void {
  const ws = wb.addWorksheet(name);
  const org = planIndex(plan).orgByCode.get(oe.org);
  const status = COMPLETENESS_LABEL[oe.completeness];
  const line = oe.fileName && oe.receivedAt ? EXPORT_TEXT.submissionLine(basename(oe.fileName), formatReceivedAt(oe.receivedAt), status) : EXPORT_TEXT.noSubmission(status);
  writeTable(ws, {
    titles: sheetTitles(plan, evaluation.period, EXPORT_TEXT.orgTitle, (org?.name ?? oe.org).toLocaleUpperCase('vi')).concat([{ text: line, size: 11, italic: true }]),
    columns: COLUMNS,
    rows: orgRows(plan, oe, submission),
  });
}

/**
 * Large populations: every organisation's rows on one sheet, its name in a first column on every
 * row, with a filter on the header row (the header is frozen by writeTable) — a tab per
 * organisation stops being usable long before a thousand.
 */
export function addDetailSheet(
  wb: Workbook,
  plan: Plan,
  evaluation: PeriodEvaluation,
  submissionOf: (oe: OrgEvaluation) => Submission | undefined,
): void {
  const ws = wb.addWorksheet(EXPORT_SHEET.detail);
  const { orgByCode } = planIndex(plan);
  const rows: TableRow[] = [];
  for (const oe of evaluation.organizations) {
    const orgName: CellValue = orgByCode.get(oe.org)?.name ?? oe.org;
    for (const row of orgRows(plan, oe, submissionOf(oe))) {
      if ('group' in row) continue;
      rows.push({ ...row, cells: [orgName, ...row.cells], fonts: row.fonts && [undefined, ...row.fonts] });
    }
  }
  const { headerRow, lastLetter } = writeTable(ws, {
    titles: sheetTitles(plan, evaluation.period, EXPORT_TEXT.detailTitle).concat([{ text: EXPORT_TEXT.detailNote, size: 11, italic: true }]),
    columns: DETAIL_COLUMNS,
    rows,
  });
  ws.autoFilter = `A${headerRow}:${lastLetter}${headerRow + rows.length}`;
}
