import type { Command } from 'commander';
import { z } from 'zod';
import type { PeriodEvaluation } from '../../model/evaluation.ts';
import type { Plan } from '../../model/plan.ts';
import type { CompletenessCounts, SubtreeCompleteness } from '../../model/units.ts';
import { DEFAULT_UNIT_CODE, UnitTree, type UnitTreeAt } from '../../units/index.ts';
import { loadUnitsOrSay } from '../units-file.ts';
import type { PeriodId } from '../../model/period.ts';
import { formatViPercent } from '../../vi/number.ts';
import { periodNameLower } from '../../vi/period.ts';
import { UNIT_STATUS_TEXT } from '../../vi/units-text.ts';
import { type CliContext, EXIT } from '../context.ts';
import { paint } from '../render.ts';
import { openStoreOrSay } from '../store.ts';
import { subtreeEvaluation, subtreePlan, unitFigures } from '../../unit-report/index.ts';
import { approvalOf } from '../../approve/index.ts';
import type { UnitApproval } from '../../model/approval.ts';
import { APPROVE_TEXT } from '../../vi/approve-text.ts';

const UnitOptionsSchema = z.object({ unit: z.string().trim().min(1).optional(), units: z.string().min(1).optional() });

/** `--unit <code>` and `--units <file>` of `status`. */
export function addUnitOptions(cmd: Command): Command {
  return cmd.option('--unit <mã>', UNIT_STATUS_TEXT.unitOption).option('--units <tệp>', UNIT_STATUS_TEXT.unitsOption);
}

/**
 * Completeness per unit for `status`, and the unit's organisations evaluated over its subtree:
 * each stored form counts at the unit it was made for (a form without a unit at the office's
 * own, the root of the units file), through the subtree view of src/unit-report. Without a units
 * file: the one unit that holds the plan's organisations. Null after printing a Vietnamese error
 * (exit code 2).
 */
export async function unitsForStatus(ctx: CliContext, raw: unknown, plan: Plan, evaluation: PeriodEvaluation, db: string): Promise<{ completeness: SubtreeCompleteness; evaluation: PeriodEvaluation; plan: Plan } | null> {
  const resolved = await resolveUnit(ctx, raw, plan, evaluation.period);
  if (!resolved) return null;
  const store = openStoreOrSay(ctx, db);
  if (!store) return null;
  try {
    const now = new Date().toISOString();
    const figures = unitFigures({ store, plan, period: evaluation.period, tree: resolved.at, unit: resolved.code, now });
    const sub = subtreeEvaluation(plan, evaluation.period, figures, now);
    // Forms counted nowhere (unit not in the tree, organisation not expected there) are listed with the findings.
    return { completeness: figures.completeness, evaluation: { ...sub, findings: [...(sub.findings ?? []), ...figures.outside] }, plan: subtreePlan(plan, figures) };
  } finally {
    store.close();
  }
}

/**
 * `--unit` and `--units` read: the tree of the period and the unit's code (the root when no
 * `--unit`). Null after printing a Vietnamese error (exit code 2).
 */
export async function resolveUnit(ctx: CliContext, raw: unknown, plan: Plan, period: PeriodId): Promise<{ at: UnitTreeAt; code: string } | null> {
  const options = UnitOptionsSchema.parse(raw);
  let tree: UnitTree;
  if (options.units) {
    const loaded = await loadUnitsOrSay(ctx, options.units, plan);
    if (!loaded) return null;
    tree = loaded;
  } else {
    tree = UnitTree.single(options.unit ?? DEFAULT_UNIT_CODE, plan.reporting.body);
  }
  const at = tree.at(period);
  const code = options.unit ?? at.roots()[0]?.code ?? DEFAULT_UNIT_CODE;
  if (!at.get(code)) {
    ctx.stderr(UNIT_STATUS_TEXT.unknownUnit(code, periodNameLower(period)));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  return { at, code };
}

const countsJson = (c: CompletenessCounts) => ({ expected: c.expected, received: c.received, onTime: c.onTime, late: c.late, missing: c.missing, rate: c.rate });

/** The `levels` list of `status --json --unit`: each level name below the unit, its units added up. */
export function levelsJson(c: SubtreeCompleteness) {
  return c.levels.map((l) => ({ level: l.level, depth: l.depth, units: l.units, ...countsJson(l) }));
}

/** The `total` of `status --json --unit`: the unit and everything below it. */
export function totalJson(c: SubtreeCompleteness) {
  return countsJson(c.total);
}

/** The `units` list of `status --json`. */
export function unitsJson(c: SubtreeCompleteness, approvals?: ReadonlyMap<string, UnitApproval>) {
  return c.units.map((u) => ({
    code: u.code,
    name: u.name,
    level: u.level,
    parent: u.parent,
    expected: u.expected,
    received: u.received,
    onTime: u.onTime,
    late: u.late,
    missing: u.missing,
    rate: u.rate,
    missingOrgs: u.missingOrgs,
    subtree: u.subtree,
    ...(approvals ? { approval: approvalOf(approvals, u.code) } : {}),
  }));
}

const rate = (c: CompletenessCounts) => (c.rate === null ? UNIT_STATUS_TEXT.noRate : formatViPercent(c.rate, 0));
const counts = (c: CompletenessCounts) => UNIT_STATUS_TEXT.counts(c.expected, c.received, c.onTime, c.late, c.missing, rate(c));

/** Terminal view: the total, each level, then each unit indented by depth with who is missing. */
export function renderUnits(c: SubtreeCompleteness, isTTY: boolean, approvals?: ReadonlyMap<string, UnitApproval>): string[] {
  const top = c.units[0];
  const lines = ['', paint(isTTY, 'bold', UNIT_STATUS_TEXT.heading(c.unit, top?.name ?? ''))];
  lines.push(`  ${UNIT_STATUS_TEXT.total}: ${counts(c.total)}`);
  if (c.units.length > 1) {
    lines.push(paint(isTTY, 'bold', UNIT_STATUS_TEXT.levelsHeading));
    for (const l of c.levels) lines.push(`  ${UNIT_STATUS_TEXT.levelLine(l.level, l.units)}: ${counts(l)}`);
    lines.push(paint(isTTY, 'bold', UNIT_STATUS_TEXT.unitsHeading));
  }
  for (const u of c.units) {
    const missing = u.missingOrgs.length > 0 && u.missingOrgs.length < u.expected ? `; ${UNIT_STATUS_TEXT.missingOrgs(u.missingOrgs.join(', '))}` : '';
    const approval = approvals ? ` — ${APPROVE_TEXT.state(approvalOf(approvals, u.code))}` : '';
    lines.push(`${'  '.repeat(u.depth + 1)}${u.code} — ${u.name}: ${counts(u)}${missing}${approval}`);
  }
  return lines;
}
