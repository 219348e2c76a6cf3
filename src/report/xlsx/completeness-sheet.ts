import { basename } from 'node:path';
import type { Workbook } from 'exceljs';
import type { PeriodEvaluation } from '../../model/evaluation.ts';
import type { Plan } from '../../model/plan.ts';
import { planIndex } from '../../plan/index.ts';
import { COMPLETENESS_HEADERS, EXPORT_SHEET, EXPORT_TEXT, STATUS_TEXT, formatReceivedAt } from '../../vi/status-export-text.ts';
import { COMPLETENESS_LABEL } from '../../vi/labels.ts';
import { formatViDateNumeric } from '../../vi/date.ts';
import { periodName } from '../../vi/period.ts';
import { sheetTitles } from './summary-sheet.ts';
import { solid } from './style.ts';
import { type Column, writeTable } from './table.ts';

const COLUMNS: Column[] = [
  { header: COMPLETENESS_HEADERS.stt, width: 6, align: 'center' },
  { header: COMPLETENESS_HEADERS.org, width: 32 },
  { header: COMPLETENESS_HEADERS.status, width: 13, align: 'center' },
  { header: COMPLETENESS_HEADERS.period, width: 16, align: 'center' },
  { header: COMPLETENESS_HEADERS.deadline, width: 12, align: 'center' },
  { header: COMPLETENESS_HEADERS.receivedAt, width: 17, align: 'center' },
  { header: COMPLETENESS_HEADERS.file, width: 28 },
  { header: COMPLETENESS_HEADERS.superseded, width: 12, align: 'center' },
  { header: COMPLETENESS_HEADERS.reasons, width: 44 },
];

const FILL = { on_time: solid('FFC6EFCE'), late: solid('FFFFEB9C'), rejected: solid('FFFCE4D6'), missing: solid('FFFCE4D6') } as const;

/** "Tình hình nộp": per organisation, on time / late / rejected (with the reasons) / missing. */
export function addCompletenessSheet(wb: Workbook, plan: Plan, evaluation: PeriodEvaluation): void {
  const ws = wb.addWorksheet(EXPORT_SHEET.completeness);
  const { orgByCode } = planIndex(plan);
  const rows = evaluation.organizations.map((oe, i) => ({
    fills: [undefined, undefined, FILL[oe.completeness]],
    cells: [
      i + 1,
      orgByCode.get(oe.org)?.name ?? oe.org,
      COMPLETENESS_LABEL[oe.completeness],
      periodName(oe.reportingPeriod ?? evaluation.period),
      formatViDateNumeric(oe.deadline),
      oe.receivedAt ? formatReceivedAt(oe.receivedAt) : '',
      basename(oe.fileName ?? oe.rejectedFile ?? ''),
      oe.supersededVersions,
      [...(oe.daysLate ? [STATUS_TEXT.daysLate(oe.daysLate)] : []), ...oe.rejectedReasons].join('\n'),
    ],
  }));
  writeTable(ws, {
    titles: sheetTitles(plan, evaluation.period, EXPORT_TEXT.completenessTitle),
    columns: COLUMNS,
    rows,
  });
}
