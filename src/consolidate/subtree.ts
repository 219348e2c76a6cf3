import type { Completeness } from '../model/evaluation.ts';
import type { DataRow, TextRow } from '../model/consolidate.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import type { IngestLogEntry, Submission } from '../model/submission.ts';
import type { UnitReport } from '../model/units.ts';
import type { IncludedReport, StoredConsolidated, SubtreeView, SubtreeWorkbook } from '../model/upward.ts';
import { isLate, subtreeCompleteness } from '../evaluate/index.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { periodDeadline, reportingPeriodOf } from '../vi/period.ts';
import { consolidateTargets, longData } from './aggregate.ts';

/** What the subtree view reads from the store: forms, the log, and the workbooks from below. */
export type SubtreeStore = Pick<Store, 'currentSubmissions' | 'ingestLog' | 'currentConsolidated' | 'consolidatedData'>;

export interface SubtreeInput {
  store: SubtreeStore;
  plan: Plan;
  period: PeriodId;
  /** The tree of the period (UnitTree.at(period)). */
  tree: UnitTreeAt;
  /** The unit whose subtree is gathered: the office consolidating. */
  unit: string;
}

/** The organisations that send forms (a unit with `reporting: false` sends none and is never missing). */
export const reportingOrganizations = (plan: Plan): string[] => plan.organizations.filter((o) => o.reporting !== false).map((o) => o.code);

const key = (unit: string, org: string) => `${unit}\u0000${org}`;

/**
 * The data of a unit's subtree for a period: the current form of each unit × organisation of
 * the subtree (a form without a unit, '', is the office's own: the root of the units file —
 * unless the store holds the root's own workbook, i.e. the office is above it) and the long data of each current
 * workbook from the unit or a unit below (with the reports it included, carried through, so a
 * province's identity lists the commune forms inside a district's workbook). Completeness counts
 * what was actually received: a form as on time or late by its own receipt, the reports inside
 * a workbook by the workbook's receipt; a unit × organisation whose latest file was refused is
 * "rejected". Forms and rows of units outside the subtree in the period's tree are not counted
 * (listed in `outside`). Totals: counts and money summed, percents from Σ parts (consolidateTargets).
 */
export function subtreeView(input: SubtreeInput): SubtreeView {
  const { store, plan, period, tree, unit } = input;
  const orgs = reportingOrganizations(plan);
  const members = tree.subtreeOf(unit);
  const order = new Map(members.map((u, i) => [u.code, i]));
  const expected = new Map(members.map((u) => [u.code, new Set(tree.organizationsOf(u.code, orgs))]));
  const counted = (u: string, org: string) => expected.get(u)?.has(org) === true;
  const reportingPeriod = reportingPeriodOf(plan, period);
  const deadline = periodDeadline(plan.reporting, reportingPeriod);
  const timing = (receivedAt: string): Completeness => (isLate(receivedAt, deadline) ? 'late' : 'on_time');
  const outside: SubtreeView['outside'] = [];

  // Workbooks from the units below: of the period itself, else of its reporting period. One from
  // the unit itself means this store is above it (a province looking at a district).
  const workbooks: StoredConsolidated[] = [];
  const exact = store.currentConsolidated?.(plan.id, period) ?? [];
  const fallback = reportingPeriod === period ? [] : (store.currentConsolidated?.(plan.id, reportingPeriod) ?? []);
  for (const w of [...exact, ...fallback.filter((f) => !exact.some((e) => e.unit === f.unit))]) {
    if (!order.has(w.unit)) {
      outside.push({ unit: w.unit, org: '', fileName: w.fileName });
      continue;
    }
    workbooks.push(w);
  }
  // A form without a unit ('') is the office's own: forms made without --unit are the top
  // office's, the root of the units file (a district office makes its own forms with --unit), as
  // approvals count them — unless the store received the root's own workbook (then the office is
  // above the root, and '' is nowhere in the tree).
  const root = tree.formUnit('');
  const own = workbooks.some((w) => w.unit === root) ? '' : root;

  // Forms of this level: the latest received per unit × organisation.
  const forms = new Map<string, Submission & { unit: string }>();
  for (const s of store.currentSubmissions(plan.id, reportingPeriod)) {
    const u = s.unit || own;
    if (!counted(u, s.org)) {
      outside.push({ unit: u, org: s.org, fileName: s.fileName });
      continue;
    }
    const before = forms.get(key(u, s.org));
    if (!before || before.receivedAt.localeCompare(s.receivedAt) < 0) forms.set(key(u, s.org), { ...s, unit: u });
  }


  const reports: UnitReport[] = [];
  const included: IncludedReport[] = [];
  const received: SubtreeView['received'] = [];
  const rows: Array<DataRow & { at: number }> = [];
  const texts: Array<TextRow & { at: number }> = [];
  const place = (u: string) => order.get(u) ?? Number.MAX_SAFE_INTEGER;
  for (const s of forms.values()) {
    reports.push({ unit: s.unit, org: s.org, completeness: timing(s.receivedAt) });
    received.push({ unit: s.unit, org: s.org, receivedAt: s.receivedAt, fileName: s.fileName, via: 'form' });
    included.push({ unit: s.unit, org: s.org, submissionId: s.id, sha256: s.sha256, fileName: s.fileName });
    const long = longData([{ unit: s.unit, submissions: [s] }]);
    rows.push(...long.rows.map((r) => ({ ...r, at: place(r.unit) })));
    texts.push(...long.texts.map((t) => ({ ...t, at: place(t.unit) })));
  }
  const used: SubtreeWorkbook[] = [];
  for (const w of workbooks) {
    used.push({ id: w.id, unit: w.unit, fileName: w.fileName, sha256: w.sha256, receivedAt: w.receivedAt });
    const data = store.consolidatedData?.(w.id) ?? { rows: [], texts: [] };
    for (const i of w.identity.included) {
      if (!counted(i.unit, i.org) || forms.has(key(i.unit, i.org))) {
        outside.push({ unit: i.unit, org: i.org, fileName: w.fileName });
        continue;
      }
      reports.push({ unit: i.unit, org: i.org, completeness: timing(w.receivedAt) });
      received.push({ unit: i.unit, org: i.org, receivedAt: w.receivedAt, fileName: w.fileName, via: 'consolidated' });
      included.push(i);
    }
    // Never counted twice: ingest refuses overlaps; should the store still hold one, the form wins.
    const keep = (r: { unit: string; org: string }) => counted(r.unit, r.org) && !forms.has(key(r.unit, r.org));
    rows.push(...data.rows.filter(keep).map((r) => ({ ...r, at: place(r.unit) })));
    texts.push(...data.texts.filter(keep).map((t) => ({ ...t, at: place(t.unit) })));
  }

  // Nothing usable received, but a file refused: rejected (a form is logged with its unit).
  const got = new Set(reports.map((r) => key(r.unit, r.org)));
  for (const e of refused(store.ingestLog({ planId: plan.id, period: reportingPeriod }))) {
    const u = e.unit || own;
    if (e.org && counted(u, e.org) && !got.has(key(u, e.org))) {
      reports.push({ unit: u, org: e.org, completeness: 'rejected' });
      got.add(key(u, e.org));
    }
  }

  // Sheet order: the units in the tree's order (a stable sort keeps each unit's rows as they came).
  const strip = <T extends { at: number }>(list: T[]): Array<Omit<T, 'at'>> => list.sort((a, b) => a.at - b.at).map(({ at: _at, ...r }) => r);
  const finalRows = strip(rows) as DataRow[];
  const finalTexts = strip(texts) as TextRow[];
  included.sort((a, b) => place(a.unit) - place(b.unit));
  const completeness = subtreeCompleteness(tree, unit, orgs, reports);
  return {
    unit,
    period,
    rows: finalRows,
    texts: finalTexts,
    included,
    missing: completeness.units.flatMap((u) => u.missingOrgs.map((org) => ({ unit: u.code, org }))),
    completeness,
    targets: consolidateTargets(plan, finalRows),
    workbooks: used,
    received: received.sort((a, b) => place(a.unit) - place(b.unit)),
    outside,
    total: completeness.total,
  };
}

/** The latest failed file per unit × organisation that was never followed by an accepted one. */
function refused(log: readonly IngestLogEntry[]): IngestLogEntry[] {
  const latest = new Map<string, IngestLogEntry>();
  for (const e of [...log].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id)) {
    if (e.org === null) continue;
    latest.set(key(e.unit ?? '', e.org), e);
  }
  return [...latest.values()].filter((e) => e.outcome === 'rejected' || e.outcome === 'unreadable');
}

/**
 * The subtree's figures per organisation, shaped as one Submission each, for evaluate, report
 * and status (`report --unit`): each of the organisation's targets with the subtree's total
 * (summed; a percent or rate recomputed from Σ numerators / Σ denominators, which are given as
 * the target's parts), and each task's texts gathered per unit ("Unit name: text" lines;
 * progress "done" only when every unit that answered is done, "not_started" only when none
 * started). `id` is 0 and `fileName` names no file: these figures were computed, not received.
 * `receivedAt` is the latest receipt among the organisation's included reports; `period` is the
 * reporting period the view read (a quarter: for a half-year or year view built from quarters,
 * take each quarter's figures and give them all to evaluatePeriod).
 */
export function subtreeSubmissions(plan: Plan, view: SubtreeView, tree: UnitTreeAt): Submission[] {
  const orgOfTask = new Map(plan.tasks.map((t) => [t.id, t.org]));
  const byOrg = new Map<string, Submission>();
  const unitName = (code: string) => tree.get(code)?.name ?? code;
  const of = (org: string): Submission => {
    let s = byOrg.get(org);
    if (!s) {
      s = {
        id: 0, planId: plan.id, planHash: '', org, unit: view.unit, period: reportingPeriodOf(plan, view.period as PeriodId), fileName: '', sha256: '', receivedAt: '',
        supersededBy: null, status: 'current', targets: [], tasks: [],
        info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' }, findings: [],
      };
      byOrg.set(org, s);
    }
    return s;
  };
  const parts = new Map<string, { numerator: number; denominator: number }>();
  for (const r of view.rows) {
    if (r.measure !== 'numerator' && r.measure !== 'denominator') continue;
    const p = parts.get(r.targetId) ?? { numerator: 0, denominator: 0 };
    p[r.measure] += r.value;
    parts.set(r.targetId, p);
  }
  for (const t of view.targets) {
    if (t.method === 'none') continue;
    const p = t.method === 'ratio' ? parts.get(t.targetId) : undefined;
    of(t.org).targets.push({ targetId: t.targetId, inPeriod: t.inPeriod, cumulative: t.cumulative, ...(p ? { numerator: p.numerator, denominator: p.denominator } : {}) });
  }
  const tasks = new Map<string, { org: string; progress: string[]; result: string[]; difficulties: string[]; proposals: string[] }>();
  for (const t of view.texts) {
    const org = orgOfTask.get(t.taskId) ?? t.org;
    const entry = tasks.get(t.taskId) ?? { org, progress: [], result: [], difficulties: [], proposals: [] };
    entry[t.field].push(t.field === 'progress' ? t.text : `${unitName(t.unit)}: ${t.text}`);
    tasks.set(t.taskId, entry);
  }
  for (const [taskId, e] of tasks) {
    const progress = e.progress.length === 0 ? null : e.progress.every((p) => p === 'done') ? 'done' : e.progress.every((p) => p === 'not_started') ? 'not_started' : 'in_progress';
    of(e.org).tasks.push({ taskId, progress, result: e.result.join('\n'), difficulties: e.difficulties.join('\n'), proposals: e.proposals.join('\n') });
  }
  const receivedAt = new Map<string, string>();
  for (const r of view.received) {
    const before = receivedAt.get(r.org);
    if (before === undefined || Date.parse(r.receivedAt) > Date.parse(before)) receivedAt.set(r.org, r.receivedAt);
  }
  for (const s of byOrg.values()) s.receivedAt = receivedAt.get(s.org) ?? '';
  return plan.organizations.flatMap((o) => {
    const s = byOrg.get(o.code);
    return s ? [s] : [];
  });
}
