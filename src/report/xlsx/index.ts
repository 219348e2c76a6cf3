import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Finding } from '../../model/finding.ts';
import type { PeriodEvaluation } from '../../model/evaluation.ts';
import type { Plan } from '../../model/plan.ts';
import type { Submission } from '../../model/submission.ts';
import { EXPORT_SHEET } from '../../vi/evaluate-text.ts';
import { addCompletenessSheet } from './completeness-sheet.ts';
import { addFindingsSheet } from './findings-sheet.ts';
import { addOrgSheet, safeSheetName } from './org-sheet.ts';
import { addSummarySheet } from './summary-sheet.ts';

export { SUMMARY_COLUMN } from './summary-sheet.ts';
export { collectExportFindings } from './collect-findings.ts';

export interface ExportInput {
  /** Current submissions of the period's reporting period (their task texts fill the organisation sheets). */
  submissions: readonly Submission[];
  /** Findings to list: the evaluation's, the warnings kept with the submissions, the rejected files' errors. */
  findings: readonly Finding[];
}

/**
 * The consolidated workbook of a period: "Tổng hợp" (every organisation × its targets), one
 * sheet per organisation (named by its code) with its reported texts, "Tình hình nộp" and "Phát hiện".
 */
export async function buildExportWorkbook(plan: Plan, evaluation: PeriodEvaluation, input: ExportInput): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'baocao';
  wb.created = new Date(0);
  addSummarySheet(wb, plan, evaluation);
  const taken = new Set<string>(Object.values(EXPORT_SHEET).map((n) => n.toLocaleLowerCase('vi')));
  for (const oe of evaluation.organizations) {
    const name = safeSheetName(oe.org, taken);
    taken.add(name.toLocaleLowerCase('vi'));
    const submission = input.submissions.find((s) => s.id === oe.submissionId);
    addOrgSheet(wb, plan, evaluation, oe, submission, name);
  }
  addCompletenessSheet(wb, plan, evaluation);
  addFindingsSheet(wb, plan, evaluation, input.findings);
  return wb;
}

/** Writes the consolidated workbook; refuses to replace an existing file unless `force` (throws EEXIST). */
export async function writeExport(plan: Plan, evaluation: PeriodEvaluation, input: ExportInput, file: string, options: { force?: boolean } = {}): Promise<void> {
  const wb = await buildExportWorkbook(plan, evaluation, input);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await writeFile(file, buffer, { flag: options.force ? 'w' : 'wx' });
}
