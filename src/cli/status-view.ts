// The period's status for the terminal and for --json: shared by status, demo and report.
import { laggingTermTargets, nonReportingUnits, overdueTasks } from '../evaluate/index.ts';
import type { Completeness, OrgEvaluation, PeriodEvaluation, TargetStatus } from '../model/evaluation.ts';
import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import { EXPORT_TEXT, STATUS_TEXT, formatReceivedAt, quarterName, targetGoal } from '../vi/status-export-text.ts';
import { COMPLETENESS_LABEL, PROGRESS_LABEL, TARGET_STATUS_LABEL } from '../vi/labels.ts';
import { formatViDateNumeric, formatViDateShort } from '../vi/date.ts';
import { formatViNumber, formatViPercent } from '../vi/number.ts';
import { periodName, quartersOf } from '../vi/period.ts';
import { documentType } from '../vi/plan-text.ts';
import { pad, paint, renderFindings } from './render.ts';
import { targetLabels } from './target-labels.ts';

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
