import type { Workbook } from 'exceljs';
import { countStatuses } from '../../evaluate/index.ts';
import { type PeriodEvaluation, TARGET_STATUSES, type TargetEvaluation } from '../../model/evaluation.ts';
import type { Plan } from '../../model/plan.ts';
import { planIndex } from '../../plan/index.ts';
import { EXPORT_SHEET, EXPORT_TEXT, SUMMARY_HEADERS, quarterName, targetGoal, targetUnitText } from '../../vi/status-export-text.ts';
import { TARGET_STATUS_LABEL } from '../../vi/labels.ts';
import { formatViDateShort } from '../../vi/date.ts';
import { formatViPercent } from '../../vi/number.ts';
import { periodName, periodOf } from '../../vi/period.ts';
import { romanNumeral } from './roman.ts';
import { NUMBER_FORMAT, PERCENT_FORMAT, STATUS_FILL } from './style.ts';
import { type Column, type TableRow, columnLetter, writeTable } from './table.ts';
import { documentType } from '../../vi/plan-text.ts';

const COLUMNS: Column[] = [
  { header: SUMMARY_HEADERS.stt, width: 6, align: 'center' },
  { header: SUMMARY_HEADERS.target, width: 46 },
  { header: SUMMARY_HEADERS.unit, width: 13, align: 'center' },
  { header: SUMMARY_HEADERS.goal, width: 13, align: 'center' },
  { header: SUMMARY_HEADERS.inPeriod, width: 12, numFmt: NUMBER_FORMAT },
  { header: SUMMARY_HEADERS.value, width: 12, numFmt: NUMBER_FORMAT },
  { header: SUMMARY_HEADERS.expected, width: 12, numFmt: NUMBER_FORMAT },
  { header: SUMMARY_HEADERS.ratio, width: 10, numFmt: PERCENT_FORMAT },
  { header: SUMMARY_HEADERS.status, width: 17, align: 'center' },
];
/** 1-based positions of the columns other code and tests rely on. */
export const SUMMARY_COLUMN = { target: 2, inPeriod: 5, value: 6, expected: 7, ratio: 8, status: 9 } as const;

/** "Đạt/Vượt chỉ tiêu"; a carried figure's status names its quarter: "Chưa có số liệu kỳ này (số liệu đến hết Quý II)". */
export function statusText(te: TargetEvaluation): string {
  const label = TARGET_STATUS_LABEL[te.status];
  return te.status === 'carried' && te.fromQuarter ? EXPORT_TEXT.carriedStatus(label, quarterName(te.fromQuarter)) : label;
}

/** Titles shared by every sheet: the table's name, the period, the decision it follows. */
export function sheetTitles(plan: Plan, period: string, title: string, subtitle?: string) {
  return [
    { text: title, size: 14, bold: true },
    ...(subtitle ? [{ text: subtitle, size: 13, bold: true }] : []),
    { text: periodName(period).toLocaleUpperCase('vi'), size: 13, bold: true },
    { text: EXPORT_TEXT.sourceLine(plan.source.number, formatViDateShort(plan.source.date), plan.source.issuer, documentType(plan.source)), size: 12, italic: true },
  ];
}

/**
 * "Tổng hợp": every organisation (a group row) × its targets: assigned value, result in the
 * period, cumulative result, level expected by now, ratio and status, the status coloured by
 * conditional formatting (so a user who edits a status sees the colour follow).
 */
export function addSummarySheet(wb: Workbook, plan: Plan, evaluation: PeriodEvaluation): { dataRows: number[] } {
  const ws = wb.addWorksheet(EXPORT_SHEET.summary);
  const { orgByCode, targetById } = planIndex(plan);
  const rows: TableRow[] = [];
  let group = 0;
  evaluation.organizations.forEach((oe) => {
    const org = orgByCode.get(oe.org);
    if (oe.targets.length === 0) return;
    group += 1;
    const byStatus = countStatuses(oe.targets.map((t) => t.status));
    const counts = TARGET_STATUSES.map((s) => [TARGET_STATUS_LABEL[s], byStatus[s]] as const);
    rows.push({ group: EXPORT_TEXT.groupHeading(romanNumeral(group), org?.name ?? oe.org, counts) });
    oe.targets.forEach((te, k) => {
      const target = targetById.get(te.targetId);
      if (!target) return;
      rows.push({
        cells: [
          k + 1,
          target.text,
          targetUnitText(target),
          targetGoal(target),
          te.inPeriod,
          te.value,
          te.expected,
          te.ratio,
          statusText(te),
        ],
      });
    });
  });
  const { quartersElapsed } = periodOf(evaluation.period);
  const { dataRows } = writeTable(ws, {
    titles: sheetTitles(plan, evaluation.period, EXPORT_TEXT.summaryTitle),
    columns: COLUMNS,
    rows,
    notes: [EXPORT_TEXT.paceNote(formatViPercent(quartersElapsed / 4, 0))],
  });
  const first = dataRows[0];
  const last = dataRows.at(-1);
  if (first !== undefined && last !== undefined) {
    const status = columnLetter(SUMMARY_COLUMN.status);
    const ratio = columnLetter(SUMMARY_COLUMN.ratio);
    // A ratio of figures carried from an earlier quarter is not this period's achievement: not green.
    const carried = TARGET_STATUS_LABEL.carried;
    ws.addConditionalFormatting({
      ref: `${status}${first}:${status}${last}`,
      rules: TARGET_STATUSES.map((s, i) => {
        const label = TARGET_STATUS_LABEL[s];
        // A carried status names its quarter after the label: matched on the label's start.
        const formula = s === 'carried' ? `LEFT($${status}${first},${[...label].length})="${label}"` : `$${status}${first}="${label}"`;
        return { type: 'expression' as const, priority: i + 1, formulae: [formula], style: { fill: STATUS_FILL[s] } };
      }),
    });
    ws.addConditionalFormatting({
      ref: `${ratio}${first}:${ratio}${last}`,
      rules: [
        { type: 'expression', priority: TARGET_STATUSES.length + 1, formulae: [`AND(ISNUMBER(${ratio}${first}),${ratio}${first}>=1,LEFT($${status}${first},${[...carried].length})<>"${carried}")`], style: { fill: STATUS_FILL.achieved } },
      ],
    });
  }
  return { dataRows };
}
