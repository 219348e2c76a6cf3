import { basename } from 'node:path';
import type { Workbook } from 'exceljs';
import type { OrgEvaluation, PeriodEvaluation } from '../../model/evaluation.ts';
import type { Plan } from '../../model/plan.ts';
import type { Submission } from '../../model/submission.ts';
import { EXPORT_TEXT, ORG_HEADERS, targetGoal, targetUnitText, formatReceivedAt } from '../../vi/evaluate-text.ts';
import { COMPLETENESS_LABEL, PROGRESS_LABEL, TARGET_STATUS_LABEL } from '../../vi/labels.ts';
import { formatViNumber, formatViPercent } from '../../vi/number.ts';
import { sheetTitles } from './summary-sheet.ts';
import { STATUS_FILL } from './style.ts';
import { type Column, type TableRow, writeTable } from './table.ts';

const COLUMNS: Column[] = [
  { header: ORG_HEADERS.stt, width: 6, align: 'center' },
  { header: ORG_HEADERS.task, width: 44 },
  { header: ORG_HEADERS.progress, width: 15, align: 'center' },
  { header: ORG_HEADERS.result, width: 40 },
  { header: ORG_HEADERS.difficulties, width: 26 },
  { header: ORG_HEADERS.proposals, width: 26 },
];

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLocaleLowerCase('vi')); i++) candidate = `${base.slice(0, 28)} (${i})`;
  return candidate;
}

/**
 * One sheet per organisation: what it reported for each task (Tiến độ, results, difficulties,
 * proposals, from the period's report), each target under its task with the cumulative result.
 */
export function addOrgSheet(wb: Workbook, plan: Plan, evaluation: PeriodEvaluation, oe: OrgEvaluation, submission: Submission | undefined, name: string): void {
  const ws = wb.addWorksheet(name);
  const org = plan.organizations.find((o) => o.code === oe.org);
  const status = COMPLETENESS_LABEL[oe.completeness];
  const line = oe.fileName && oe.receivedAt ? EXPORT_TEXT.submissionLine(basename(oe.fileName), formatReceivedAt(oe.receivedAt), status) : EXPORT_TEXT.noSubmission(status);
  const rows: TableRow[] = [];
  for (const task of plan.tasks.filter((t) => t.org === oe.org)) {
    const reported = submission?.tasks.find((r) => r.taskId === task.id);
    const progress = oe.tasks.find((t) => t.taskId === task.id)?.progress ?? null;
    rows.push({
      cells: [task.number, task.text, progress ? PROGRESS_LABEL[progress] : '', reported?.result ?? '', reported?.difficulties ?? '', reported?.proposals ?? ''],
      fonts: [undefined, { bold: !task.parent }],
    });
    for (const te of oe.targets.filter((t) => t.taskId === task.id)) {
      const target = plan.targets.find((t) => t.id === te.targetId);
      if (!target) continue;
      const result =
        te.value === null
          ? EXPORT_TEXT.noData
          : EXPORT_TEXT.cumulativeResult(formatViNumber(te.value), targetGoal(target), targetUnitText(target), te.ratio === null ? '' : formatViPercent(te.ratio));
      rows.push({ cells: ['', `- ${target.text}`, TARGET_STATUS_LABEL[te.status], result, '', ''], fonts: [undefined, { italic: true }], fill: STATUS_FILL[te.status] });
    }
  }
  writeTable(ws, {
    titles: sheetTitles(plan, evaluation.period, EXPORT_TEXT.orgTitle, (org?.name ?? oe.org).toLocaleUpperCase('vi')).concat([{ text: line, size: 11, italic: true }]),
    columns: COLUMNS,
    rows,
  });
}
