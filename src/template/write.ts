import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { TemplateFile } from '../model/template.ts';
import type { FormUnit } from '../model/workbook-meta.ts';
import { describeError } from '../vi/errors.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodName, periodOf, previousQuarter } from '../vi/period.ts';
import { templateBuffer } from './build.ts';
import { layoutRows } from '../form/layout.ts';

export interface WriteTemplatesOptions {
  period: PeriodId;
  /** Organisation codes; all of the plan's when absent. */
  orgs?: string[];
  outDir: string;
  force?: boolean;
  password?: string;
  /** With a store, the previous quarter's accepted cumulative results are shown read-only. */
  store?: Store;
  /** A unit's shares of allotted targets (src/allot sharesFor), shown on its forms. */
  shares?: ReadonlyMap<string, number>;
  /** The unit the forms are for (a commune…): in each form's identity and title, and in the file names. */
  unit?: FormUnit;
}

/**
 * "2024-Q1" + "HCCB" → "2024-Q1_HCCB.xlsx": only the period id and the codes (safe on Windows); a
 * unit's form carries the unit's code too ("2024-Q1_LG-PHUOCHOI_HCCB.xlsx"), so that the forms
 * of 120 communes coming back into one mailbox folder never share a name.
 */
export function templateFileName(period: PeriodId, org: string, unit?: string): string {
  return unit ? `${period}_${unit}_${org}.xlsx` : `${period}_${org}.xlsx`;
}

/** Previous quarter's cumulative result per target of one organisation, or null when none was accepted. */
function previousResults(store: Store, plan: Plan, org: string, prev: PeriodId, unit = ''): Map<string, number | null> | null {
  // The same unit's: a commune's form shows that commune's figures, never another's.
  const sub = store.currentSubmissions(plan.id, prev).find((s) => s.org === org && (s.unit ?? '') === unit);
  if (!sub) return null;
  return new Map(sub.targets.map((t) => [t.targetId, t.cumulative]));
}

/** Writes one workbook per organisation; problems are findings, one failure never stops the rest. */
export async function writeTemplates(
  plan: Plan,
  planHash: string,
  options: WriteTemplatesOptions,
): Promise<{ files: TemplateFile[]; findings: Finding[] }> {
  const { period, outDir } = options;
  const findings: Finding[] = [];
  const files: TemplateFile[] = [];
  const known = plan.organizations.map((o) => o.code);
  // Units that send no form ("reporting: false") get none unless asked for by name.
  const orgs = options.orgs ?? plan.organizations.filter((o) => o.reporting !== false).map((o) => o.code);

  const kind = periodOf(period).kind;
  if (!plan.reporting.periods.includes(kind)) {
    findings.push(makeFinding('template/period-not-reported', { period }, { period, periods: plan.reporting.periods.join(', ') }));
  }
  await mkdir(outDir, { recursive: true });
  const prev = previousQuarter(period);

  for (const org of orgs) {
    if (!known.includes(org)) {
      findings.push(makeFinding('template/unknown-org', { org }, { org, valid: known.join(', ') }));
      continue;
    }
    const name = templateFileName(period, org, options.unit?.code);
    const path = join(outDir, name);
    if (existsSync(path) && !options.force) {
      findings.push(makeFinding('template/file-exists', { file: path, org, period }, { file: path }));
      continue;
    }
    const rows = layoutRows(plan, org);
    if (!rows.some((r) => r.kind === 'task')) findings.push(makeFinding('template/no-tasks', { org }, { org }));

    let previous: Map<string, number | null> | undefined;
    if (options.store && prev) {
      const found = previousResults(options.store, plan, org, prev, options.unit?.code);
      const where = { org, ...(options.unit ? { unit: options.unit.code } : {}), period: prev };
      if (!found) findings.push(makeFinding('template/no-previous', where, { org, previous: periodName(prev) }));
      previous = found ?? new Map();
    }
    const buffer = await templateBuffer(plan, planHash, org, period, {
      ...(options.password ? { password: options.password } : {}),
      ...(previous ? { previous } : {}),
      ...(options.shares ? { shares: options.shares } : {}),
      ...(options.unit ? { unit: options.unit } : {}),
    });
    const temp = `${path}.${process.pid}.tmp`;
    try {
      await writeFile(temp, buffer);
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      const reason = describeError(error);
      findings.push(makeFinding('template/write-failed', { file: path, org, period }, { file: path, reason }));
      continue;
    }
    files.push({
      org,
      ...(options.unit ? { unit: options.unit.code } : {}),
      period,
      path,
      tasks: rows.filter((r) => r.kind === 'task').length,
      targets: rows.filter((r) => r.kind === 'target').length,
    });
  }
  return { files, findings };
}
