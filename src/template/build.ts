import type ExcelJS from 'exceljs';
import { Workbook } from '../xlsx/exceljs.ts';
import type { Plan } from '../model/plan.ts';
import type { PeriodId } from '../model/period.ts';
import type { TemplateOptions } from '../model/template.ts';
import { periodOf } from '../vi/period.ts';
import { fillPlaceholders, loadInstructions } from '../form/config.ts';
import { templateMeta, writeIdentitySheet } from '../form/identity-sheet.ts';
import { applyShares, layoutRows, placeColumns } from '../form/layout.ts';
import { templateVars } from '../form/vars.ts';
import { addGuideSheet } from './guide-sheet.ts';
import { addInfoSheet } from './info-sheet.ts';
import { addReportSheet } from './report-sheet.ts';
import { protectSheet } from './validation.ts';

/**
 * The Excel template of one organisation for one period. Deterministic: the same plan,
 * organisation, period and previous results give the same cell content.
 */
export async function buildTemplate(
  plan: Plan,
  planHash: string,
  org: string,
  period: PeriodId,
  options: TemplateOptions = {},
): Promise<ExcelJS.Workbook> {
  const organization = plan.organizations.find((o) => o.code === org);
  if (!organization) throw new Error(`organisation not in plan: ${org}`);
  const words = loadInstructions();
  // A unit's form names the organisation by its short name: "Phường Phước Hội — Mặt trận Tổ quốc", not "… tỉnh".
  const vars = templateVars(plan, options.unit ? organization.shortName : organization.name, period, options.unit?.name, options.unit?.submitTo);
  const withPrevious = options.previous !== undefined;
  const columns = placeColumns(withPrevious);
  const rows = applyShares(layoutRows(plan, org), options.shares);

  const wb = new Workbook();
  const stamp = new Date(`${plan.source.date}T00:00:00Z`);
  wb.created = stamp;
  wb.modified = stamp;
  wb.creator = plan.reporting.body;
  wb.lastModifiedBy = plan.reporting.body;
  const who = options.unit ? `${options.unit.name} – ${organization.shortName}` : organization.shortName;
  wb.title = `${fillPlaceholders(words.report.title, vars)} – ${vars.period} – ${who}`;
  wb.calcProperties.fullCalcOnLoad = true;

  const report = addReportSheet(wb, {
    rows,
    columns,
    words,
    vars,
    ...(options.previous ? { previous: options.previous } : {}),
    pace: periodOf(period).quartersElapsed * 25,
  });
  await protectSheet(report.sheet, options.password);
  await addGuideSheet(wb, words, vars, withPrevious, options.password, rows.some((r) => r.kind === 'numerator'));
  const info = await addInfoSheet(wb, words, options.password, options.unit ? fillPlaceholders(words.report.orgLine, vars) : undefined);
  const meta = templateMeta(plan, planHash, org, period, { columns: report.columns, info, rows: report.rowMap }, options.unit);
  const own = sharesOf(rows);
  if (Object.keys(own).length > 0) meta.shares = own;
  await protectSheet(writeIdentitySheet(wb, meta), options.password);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return wb;
}

/** The shares a form shows, by target id: only its own organisation's targets. */
function sharesOf(rows: readonly { target?: { id: string }; share?: number }[]): Record<string, number> {
  return Object.fromEntries(rows.flatMap((r) => (r.target && r.share !== undefined ? [[r.target.id, r.share]] : [])));
}

/** buildTemplate, written to an .xlsx buffer. */
export async function templateBuffer(
  plan: Plan,
  planHash: string,
  org: string,
  period: PeriodId,
  options: TemplateOptions = {},
): Promise<Buffer> {
  const wb = await buildTemplate(plan, planHash, org, period, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
