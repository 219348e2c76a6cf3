import { basename } from 'node:path';
import type { Workbook } from 'exceljs';
import type { Finding } from '../../model/finding.ts';
import type { PeriodEvaluation } from '../../model/evaluation.ts';
import type { Plan } from '../../model/plan.ts';
import { EXPORT_SHEET, EXPORT_TEXT, FINDING_HEADERS } from '../../vi/status-export-text.ts';
import { SEVERITY_LABEL } from '../../vi/labels.ts';
import { periodName } from '../../vi/period.ts';
import { PERIOD_ID_PATTERN } from '../../model/period.ts';
import { sheetTitles } from './summary-sheet.ts';
import { type Column, type TableRow, writeTable } from './table.ts';

const COLUMNS: Column[] = [
  { header: FINDING_HEADERS.stt, width: 6, align: 'center' },
  { header: FINDING_HEADERS.severity, width: 11, align: 'center' },
  { header: FINDING_HEADERS.org, width: 10, align: 'center' },
  { header: FINDING_HEADERS.period, width: 15, align: 'center' },
  { header: FINDING_HEADERS.file, width: 22 },
  { header: FINDING_HEADERS.place, width: 14 },
  { header: FINDING_HEADERS.message, width: 52 },
  { header: FINDING_HEADERS.hint, width: 32 },
  { header: FINDING_HEADERS.code, width: 29 },
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** "Phát hiện": every finding, by organisation (plan order), errors first; one row each. */
export function addFindingsSheet(wb: Workbook, plan: Plan, evaluation: PeriodEvaluation, findings: readonly Finding[]): void {
  const ws = wb.addWorksheet(EXPORT_SHEET.findings);
  const position = new Map(plan.organizations.map((o, i) => [o.code, i] as const));
  const orgIndex = (f: Finding) => (f.org === undefined ? undefined : position.get(f.org)) ?? plan.organizations.length;
  const sorted = [...findings].sort((a, b) => orgIndex(a) - orgIndex(b) || ORDER[a.severity] - ORDER[b.severity]);
  const rows: TableRow[] = sorted.map((f, i) => ({
    cells: [
      i + 1,
      SEVERITY_LABEL[f.severity],
      f.org ?? '',
      f.period && PERIOD_ID_PATTERN.test(f.period) ? periodName(f.period) : (f.period ?? ''),
      f.file ? basename(f.file) : '',
      [f.sheet, f.cell].filter(Boolean).join(', '),
      f.message,
      f.hint ?? '',
      f.code,
    ],
  }));
  writeTable(ws, {
    titles: sheetTitles(plan, evaluation.period, EXPORT_TEXT.findingsTitle),
    columns: COLUMNS,
    rows,
    ...(rows.length === 0 ? { notes: [EXPORT_TEXT.noFindings] } : {}),
  });
}
