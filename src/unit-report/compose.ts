import type { ConsolidatedTarget } from '../model/consolidate.ts';
import type { Finding } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import type { AppendixUnitsTable, ReportBlock, ReportContent } from '../model/report.ts';
import type { CompletenessCounts, SubtreeCompleteness } from '../model/units.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { formatViNumber, formatViRatio } from '../vi/number.ts';
import { UNIT_REPORT_TEXT } from '../vi/unit-report-text.ts';

const T = UNIT_REPORT_TEXT;
const rate = (c: CompletenessCounts) => (c.rate === null ? T.table.noRate : formatViRatio(c.rate));
const n = (v: number) => formatViNumber(v);
const countCells = (c: CompletenessCounts) => [n(c.expected), n(c.received), n(c.onTime), n(c.late), n(c.missing), rate(c)];

/**
 * The appendix table of a unit's report: per level (the unit itself first, then each level
 * below), a bold line with the level's counts, then each unit of the level with its own
 * organisations' counts and reporting rate; the total last.
 */
export function unitsTable(c: SubtreeCompleteness): AppendixUnitsTable {
  const rows: AppendixUnitsTable['rows'] = [];
  for (const level of c.levels) {
    const members = c.units.filter((u) => u.level === level.level);
    rows.push({ cells: ['', T.table.level(level.level, level.units), ...countCells(level)], bold: true });
    members.forEach((u, i) => rows.push({ cells: [String(i + 1), u.name, ...countCells(u)], bold: false }));
  }
  rows.push({ cells: ['', T.table.total, ...countCells(c.total)], bold: true });
  return { title: T.table.title, columns: [...T.table.columns], rows };
}

/**
 * The lines a unit's report opens its results with: the reporting rate over the subtree, and the
 * units whose reports have not come (a unit that sent part: the organisations still missing).
 */
export function rateBlocks(plan: Plan, c: SubtreeCompleteness): ReportBlock[] {
  const t = c.total;
  const blocks: ReportBlock[] = [
    { kind: 'p', text: t.expected === 0 ? T.noneExpected : T.rateLine(c.units.length, t.received, t.expected, rate(t), t.onTime, t.late) },
  ];
  const shortName = new Map(plan.organizations.map((o) => [o.code, o.shortName]));
  const missing = c.units
    .filter((u) => u.missing > 0)
    .map((u) => (u.received === 0 ? u.name : T.partlyMissing(u.name, u.missingOrgs.map((o) => shortName.get(o) ?? o).join(', '))));
  if (missing.length > 0) blocks.push({ kind: 'p', text: T.missingUnits(missing.join('; ')) });
  return blocks;
}

/**
 * The worded report of a unit: the rate lines under the first heading, its own closing line (to
 * the unit above: `reportTo`) in place of the last paragraph, the units table in the appendix.
 */
export function unitContent(content: ReportContent, plan: Plan, c: SubtreeCompleteness, closing: { period: string; issuerName: string; reportTo: string }): ReportContent {
  const body = [...content.body];
  if (body.at(-1)?.kind === 'p') body[body.length - 1] = { kind: 'p', text: T.closing(closing.period, c.units.filter((u) => u.received > 0).length, closing.issuerName, closing.reportTo) };
  const first = body.findIndex((b) => b.kind === 'h1');
  body.splice(first < 0 ? body.length : first + 1, 0, ...rateBlocks(plan, c));
  const a = content.appendix;
  const t = c.total;
  // The reporting rate beside the totals: what the figures of the targets table are made of.
  const targetsTitle = a && t.expected > 0 ? T.targetsFrom(a.targetsTitle, t.received, t.expected, rate(t)) : a?.targetsTitle;
  return { ...content, body, appendix: a ? { ...a, targetsTitle: targetsTitle ?? a.targetsTitle, units: unitsTable(c) } : null };
}

/** Percents and rates of several units without their parts: left empty, never averaged (a warning each). */
export function noPartsFindings(plan: Plan, targets: readonly ConsolidatedTarget[]): Finding[] {
  return targets
    .filter((t) => t.method === 'no-parts')
    .map((t) => makeFinding('report/unit-no-parts', { targetId: t.targetId, org: t.org }, { target: plan.targets.find((x) => x.id === t.targetId)?.text ?? t.targetId, units: t.units }));
}
