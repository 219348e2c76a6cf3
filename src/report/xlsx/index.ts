import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { Workbook } from '../../xlsx/exceljs.ts';
import type { Finding } from '../../model/finding.ts';
import type { OrgEvaluation, PeriodEvaluation } from '../../model/evaluation.ts';
import { LARGE_POPULATION_ORGS } from '../../model/report.ts';
import type { Plan } from '../../model/plan.ts';
import type { Submission } from '../../model/submission.ts';
import { EXPORT_SHEET } from '../../vi/status-export-text.ts';
import { addCompletenessSheet } from './completeness-sheet.ts';
import { addFindingsSheet } from './findings-sheet.ts';
import { addDetailSheet, addOrgSheet, safeSheetName } from './org-sheet.ts';
import { addSummarySheet } from './summary-sheet.ts';

export { SUMMARY_COLUMN } from './summary-sheet.ts';
export { collectExportFindings } from './collect-findings.ts';

export interface ExportInput {
  /** Current submissions of the period's reporting period (their task texts fill the organisation sheets). */
  submissions: readonly Submission[];
  /** Findings to list: the evaluation's, the warnings kept with the submissions, the rejected files' errors. */
  findings: readonly Finding[];
}

export interface ExportOptions {
  /**
   * The most organisations that get a sheet each; with more, one "Chi tiết các đơn vị" sheet
   * holds every organisation's rows (default LARGE_POPULATION_ORGS, as the Word appendix).
   */
  orgSheetsMax?: number;
}

/** Whether the export gives each organisation its own sheet (false: one detail sheet for all). */
export function exportHasOrgSheets(orgCount: number, options: ExportOptions = {}): boolean {
  return orgCount <= (options.orgSheetsMax ?? LARGE_POPULATION_ORGS);
}

/**
 * The consolidated workbook of a period: "Tổng hợp" (every organisation × its targets), one
 * sheet per organisation (named by its code) with its reported texts — or, for more
 * organisations than `orgSheetsMax`, one "Chi tiết các đơn vị" sheet with all of them —
 * then "Tình hình nộp" and "Phát hiện".
 */
export async function buildExportWorkbook(plan: Plan, evaluation: PeriodEvaluation, input: ExportInput, options: ExportOptions = {}): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  wb.creator = 'baocao';
  wb.created = new Date(0);
  addSummarySheet(wb, plan, evaluation);
  const byId = new Map(input.submissions.map((s) => [s.id, s] as const));
  const submissionOf = (oe: OrgEvaluation) => (oe.submissionId === null ? undefined : byId.get(oe.submissionId));
  if (exportHasOrgSheets(evaluation.organizations.length, options)) {
    const taken = new Set<string>(Object.values(EXPORT_SHEET).map((n) => n.toLocaleLowerCase('vi')));
    for (const oe of evaluation.organizations) {
      const name = safeSheetName(oe.org, taken);
      taken.add(name.toLocaleLowerCase('vi'));
      addOrgSheet(wb, plan, evaluation, oe, submissionOf(oe), name);
    }
  } else {
    addDetailSheet(wb, plan, evaluation, submissionOf);
  }
  addCompletenessSheet(wb, plan, evaluation);
  addFindingsSheet(wb, plan, evaluation, input.findings);
  return wb;
}

/** Writes the consolidated workbook; refuses to replace an existing file unless `force` (throws EEXIST). */
export async function writeExport(
  plan: Plan,
  evaluation: PeriodEvaluation,
  input: ExportInput,
  file: string,
  options: ExportOptions & { force?: boolean } = {},
): Promise<void> {
  const wb = await buildExportWorkbook(plan, evaluation, input, options);
  // Fastest deflate level: the sheets' XML is repetitive, so the file grows little, and a province-size export spends far less time in the JavaScript zlib.
  const buffer = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions));
  await writeFile(file, buffer, { flag: options.force ? 'w' : 'wx' });
}
