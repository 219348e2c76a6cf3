import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { laggingTermTargets, nonReportingUnits, overdueTasks, periodFromStore } from '../../evaluate/index.ts';
import type { Completeness, OrgEvaluation, PeriodEvaluation, StoredPeriod, TargetStatus } from '../../model/evaluation.ts';
import type { Finding } from '../../model/finding.ts';
import { PeriodIdSchema, type PeriodId } from '../../model/period.ts';
import type { Plan } from '../../model/plan.ts';
import { loadPlan } from '../../plan/index.ts';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { EXPORT_TEXT, STATUS_TEXT, formatReceivedAt, quarterName, targetGoal } from '../../vi/evaluate-text.ts';
import { COMPLETENESS_LABEL, PROGRESS_LABEL, TARGET_STATUS_LABEL } from '../../vi/labels.ts';
import { formatViDateNumeric, formatViDateShort } from '../../vi/date.ts';
import { formatViNumber, formatViPercent } from '../../vi/number.ts';
import { periodName, periodOf, quartersOf } from '../../vi/period.ts';
import { documentType } from '../../vi/plan-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { pad, paint, renderFindings } from '../render.ts';
import { flagOf } from '../options.ts';
import { dbPathProblem, openStoreOrSay } from '../store.ts';
import { targetLabels } from '../target-labels.ts';
import { addUnitOptions, renderUnits, unitsForStatus, unitsJson } from './status-units.ts';

export const StoreOptionsSchema = z.object({
  plan: z.string().min(1),
  period: PeriodIdSchema,
  db: z.string().min(1).default('./baocao.db'),
  json: z.boolean().optional(),
});

/** The period's evaluation, submissions and log, with the plan they were read for. */
export interface LoadedPeriod extends StoredPeriod {
  plan: Plan;
}

/**
 * Shared by status and export: validates the options, loads the plan, opens the store (which
 * must exist: a missing file is a usage error, not an empty store) and evaluates the period.
 * Returns null after printing a Vietnamese error and setting exit code 2.
 */
export async function loadPeriod(ctx: CliContext, raw: unknown): Promise<(LoadedPeriod & { options: z.infer<typeof StoreOptionsSchema> }) | null> {
  const parsed = StoreOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    ctx.stderr(STATUS_TEXT.badOption(parsed.error.issues.map((i) => `${flagOf(i.path[0])}: ${i.message}`).join('; ')));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const options = parsed.data;
  const loaded = await loadPlan(options.plan);
  if (!loaded.ok) {
    ctx.stderr(renderFindings(loaded.findings, false));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const { plan } = loaded;
  const { year } = periodOf(options.period as PeriodId);
  const from = plan.year ?? plan.term?.from ?? year;
  const to = plan.year ?? plan.term?.to ?? year;
  if (year < from || year > to) {
    ctx.stderr(STATUS_TEXT.periodOutsidePlan(options.period, from === to ? String(from) : `${from}–${to}`));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  if (!existsSync(options.db)) {
    ctx.stderr(dbPathProblem(options.db) ?? STATUS_TEXT.dbMissing(options.db));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const store = openStoreOrSay(ctx, options.db);
  if (!store) return null;
  try {
    return { plan, ...periodFromStore(plan, options.period, store, { now: new Date().toISOString() }), options };
  } finally {
    store.close();
  }
}

export function registerStatusCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('status')
    .description(STATUS_TEXT.statusDescription)
    .requiredOption('--plan <tệp>', STATUS_TEXT.planOption)
    .requiredOption('--period <kỳ>', STATUS_TEXT.periodOption)
    .option('--db <tệp>', CLI_TEXT.dbOption)
    .option('--json', CLI_TEXT.jsonOption);
  addUnitOptions(cmd).action(async (raw: unknown) => {
      const loaded = await loadPeriod(ctx, raw);
      if (!loaded) return;
      const units = await unitsForStatus(ctx, raw, loaded.plan, loaded.evaluation);
      if (!units) return;
      const byUnit = Boolean((raw as { unit?: string; units?: string }).unit ?? (raw as { units?: string }).units);
      if (loaded.options.json) printJson(ctx, byUnit ? { ...statusJson(loaded.evaluation), units: unitsJson(units) } : statusJson(loaded.evaluation));
      else ctx.stdout(`${[...renderStatus(loaded.plan, loaded.evaluation, ctx.isTTY), ...(byUnit ? renderUnits(units, ctx.isTTY) : [])].join('\n')}\n`);
      ctx.exitCode = EXIT.ok;
    });
}

/**
 * The `--json` contract: exactly these keys. `dataPeriod` is the quarter the figures are from: the
 * period's own last quarter, or an earlier one when they are carried (status "carried", with
 * `carriedStatus` what they stood at by the end of that quarter); null without figures.
 */
export function statusJson(evaluation: PeriodEvaluation) {
  const own = (o: OrgEvaluation) => quartersOf(o.reportingPeriod ?? evaluation.period).at(-1) ?? evaluation.period;
  return {
    period: evaluation.period,
    organizations: evaluation.organizations.map((o) => ({
      code: o.org,
      reported: o.completeness === 'on_time' || o.completeness === 'late',
      late: o.completeness === 'late',
      rejected: o.completeness === 'rejected',
      receivedAt: o.receivedAt,
      dataPeriod: o.dataPeriod ?? null,
      // Only when a version waits for a person to confirm it (baocao restore <id>).
      ...(o.heldVersions ? { heldVersions: o.heldVersions } : {}),
      targets: o.targets.map((t) => ({
        id: t.targetId,
        value: t.value,
        expected: t.expected,
        ratio: t.ratio,
        status: t.status,
        dataPeriod: t.value === null ? null : (t.fromQuarter ?? own(o)),
        carriedStatus: t.carriedStatus ?? null,
      })),
      tasks: o.tasks.map((t) => ({ id: t.taskId, status: t.progress })),
    })),
  };
}

const COMPLETENESS_COLOUR: Record<Completeness, 'green' | 'yellow' | 'red'> = { on_time: 'green', late: 'yellow', rejected: 'red', missing: 'red' };
const STATUS_COLOUR: Record<TargetStatus, 'green' | 'cyan' | 'red' | 'yellow' | 'gray'> = { achieved: 'green', on_track: 'cyan', behind: 'red', carried: 'yellow', no_data: 'gray' };
// Column widths: the whole table fits 80 columns (2 + 29 + 1 + 10 + 1 + 10 + 1 + 7 + 1 + 17 = 79).
const W = { target: 29, value: 10, goal: 10, ratio: 7, status: 17, org: 8, completeness: 11, received: 17 } as const;

/** Terminal view: completeness per organisation, then a compact progress table per organisation. */
export function renderStatus(plan: Plan, evaluation: PeriodEvaluation, isTTY: boolean): string[] {
  const orgs = evaluation.organizations;
  const first = orgs[0];
  const lines = [
    paint(isTTY, 'bold', STATUS_TEXT.title(periodName(evaluation.period))),
    STATUS_TEXT.source(plan.source.number, formatViDateShort(plan.source.date), documentType(plan.source)),
  ];
  if (first) lines.push(STATUS_TEXT.deadline(`${formatViDateNumeric(first.deadline)} (${periodName(first.reportingPeriod ?? evaluation.period)})`));
  lines.push('', paint(isTTY, 'bold', STATUS_TEXT.completenessHeading));
  const c = STATUS_TEXT.completenessColumns;
  lines.push(`  ${pad(c.org, W.org)} ${pad(c.status, W.completeness)} ${pad(c.receivedAt, W.received)} ${c.note}`);
  for (const o of orgs) {
    const label = pad(COMPLETENESS_LABEL[o.completeness], W.completeness);
    const colour = o.completeness === 'missing' && o.overdue === false ? 'gray' : COMPLETENESS_COLOUR[o.completeness];
    lines.push(`  ${pad(o.org, W.org)} ${paint(isTTY, colour, label)} ${pad(o.receivedAt ? formatReceivedAt(o.receivedAt) : '', W.received)} ${pad(note(o), 80 - 2 - W.org - W.completeness - W.received - 3)}`.trimEnd());
  }
  const held = orgs.flatMap((o) => (o.heldVersions ?? []).map((h) => ({ org: o.org, ...h })));
  if (held.length > 0) {
    lines.push('', paint(isTTY, 'bold', STATUS_TEXT.heldHeading(held.length)));
    for (const h of held) lines.push(`  ${paint(isTTY, 'yellow', STATUS_TEXT.heldLine(h.org, h.id, h.fileName, formatReceivedAt(h.receivedAt)))}`);
  }
  for (const o of orgs) lines.push('', ...renderOrgProgress(plan, o, isTTY, evaluation.period));
  lines.push(...renderFollowUp(plan, evaluation, isTTY));
  const shown = (evaluation.findings ?? []).filter((f: Finding) => f.severity !== 'info');
  if (shown.length > 0) lines.push('', paint(isTTY, 'bold', STATUS_TEXT.findingsHeading(shown.length)), renderFindings(shown, isTTY));
  return lines;
}

function note(o: OrgEvaluation): string {
  const parts: string[] = [];
  if (o.completeness === 'missing' && o.overdue === false) parts.push(STATUS_TEXT.notDue);
  if (o.daysLate) parts.push(STATUS_TEXT.daysLate(o.daysLate));
  if (o.supersededVersions > 0) parts.push(EXPORT_TEXT.superseded(o.supersededVersions));
  if (o.heldVersions) parts.push(STATUS_TEXT.heldNote(o.heldVersions.length));
  if (o.completeness === 'rejected' && o.rejectedReasons[0]) parts.push(o.rejectedReasons[0]);
  return parts.join('; ');
}

/** Overdue tasks, term targets behind their milestone, and the units that hold tasks without reporting. */
function renderFollowUp(plan: Plan, evaluation: PeriodEvaluation, isTTY: boolean): string[] {
  const lines: string[] = [];
  const overdue = overdueTasks(plan, evaluation.period, evaluation);
  if (overdue.length > 0) {
    lines.push('', paint(isTTY, 'bold', STATUS_TEXT.overdueHeading(overdue.length)));
    for (const t of overdue) {
      const progress = t.progress ? PROGRESS_LABEL[t.progress] : STATUS_TEXT.notReported;
      lines.push(`  ${paint(isTTY, 'red', STATUS_TEXT.overdueLine(t.org, t.taskId, formatViDateNumeric(t.deadline), progress))}`);
    }
  }
  const lagging = laggingTermTargets(plan, evaluation.period, evaluation);
  if (lagging.length > 0) {
    lines.push('', paint(isTTY, 'bold', STATUS_TEXT.laggingHeading(lagging.length, Math.max(...lagging.map((l) => l.milestone.year)))));
    for (const l of lagging) {
      const target = plan.targets.find((x) => x.id === l.targetId);
      const unit = target?.kind === 'percent' ? '%' : '';
      lines.push(`  ${STATUS_TEXT.laggingLine(l.org, target?.text ?? l.targetId, l.value === null ? '—' : `${formatViNumber(l.value)}${unit}`, `${formatViNumber(l.milestone.value)}${unit}`, l.lead)}`);
    }
  }
  const units = nonReportingUnits(plan);
  if (units.length > 0) {
    lines.push('', paint(isTTY, 'bold', STATUS_TEXT.nonReportingHeading));
    for (const u of units) lines.push(`  ${paint(isTTY, 'gray', STATUS_TEXT.nonReportingLine(u.org, u.name, u.tasks))}`);
  }
  return lines;
}

function renderOrgProgress(plan: Plan, o: OrgEvaluation, isTTY: boolean, period: PeriodId): string[] {
  const org = plan.organizations.find((x) => x.code === o.org);
  const done = o.tasks.filter((t) => t.progress === 'done').length;
  const ok = o.targets.filter((t) => t.status === 'achieved' || t.status === 'on_track').length;
  const lines = [
    paint(isTTY, 'bold', `${o.org} — ${org?.name ?? o.org}`),
    `  ${STATUS_TEXT.tasksLine(done, o.tasks.length)}; ${STATUS_TEXT.targetsLine(ok, o.targets.length)}`,
  ];
  // Figures carried from an earlier quarter: said once for the organisation, and on each row.
  const carried = o.targets.filter((t) => t.status === 'carried');
  if (carried.length > 0) {
    const own = quartersOf(period).at(-1) ?? period;
    const from = carried.map((t) => t.fromQuarter).filter((q): q is PeriodId => q !== undefined).sort().at(-1);
    if (from) {
      for (const l of STATUS_TEXT.carriedNote(periodName(own), periodName(from), carried.length, o.targets.length)) lines.push(`  ${paint(isTTY, 'yellow', l)}`);
    }
  }
  if (o.targets.length === 0) return [...lines, `  ${STATUS_TEXT.noTargets}`];
  // Nothing reported at all: one line instead of a column of "Chưa có số liệu".
  if (o.targets.every((t) => t.status === 'no_data')) return [...lines, `  ${paint(isTTY, 'gray', STATUS_TEXT.allNoData(o.targets.length))}`];
  const h = STATUS_TEXT.progressColumns;
  lines.push(`  ${pad(h.target, W.target)} ${pad(h.value, W.value, 'right')} ${pad(h.goal, W.goal, 'right')} ${pad(h.ratio, W.ratio, 'right')} ${h.status}`);
  const listed = o.targets.flatMap((t) => plan.targets.filter((x) => x.id === t.targetId).slice(0, 1));
  const labels = targetLabels(plan, listed, W.target);
  const names = new Map(listed.map((x, i) => [x.id, labels[i] as string]));
  for (const t of o.targets) {
    const target = plan.targets.find((x) => x.id === t.targetId);
    if (!target) continue;
    const value = t.value === null ? '—' : `${formatViNumber(t.value)}${target.kind === 'percent' ? '%' : ''}`;
    const ratio = t.ratio === null ? '' : formatViPercent(t.ratio, 0);
    const label = t.status === 'carried' && t.fromQuarter ? STATUS_TEXT.carriedRow(quarterName(t.fromQuarter)) : TARGET_STATUS_LABEL[t.status];
    const status = paint(isTTY, STATUS_COLOUR[t.status], label);
    lines.push(`  ${pad(names.get(target.id) ?? target.text, W.target)} ${pad(value, W.value, 'right')} ${pad(targetGoal(target), W.goal, 'right')} ${pad(ratio, W.ratio, 'right')} ${status}`);
  }
  return lines;
}
