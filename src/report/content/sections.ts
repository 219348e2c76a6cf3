import type { Finding } from '../../model/finding.ts';
import type { PeriodId } from '../../model/period.ts';
import type { Plan, Target } from '../../model/plan.ts';
import type { ReportBlock, ReportWording } from '../../model/report.ts';
import type { Submission } from '../../model/submission.ts';
import { formatViDateShort } from '../../vi/date.ts';
import { formatViNumber, formatViRatio } from '../../vi/number.ts';
import { nextPeriod, periodNameLower } from '../../vi/period.ts';
import { cleanText, matchKey } from '../../vi/text.ts';
import { asSentence, condense, upperFirst } from './condense.ts';
import { fill, lowerFirst } from './fill.ts';
import type { ReportIndex } from './lookup.ts';
import { targetSentence } from './target-sentence.ts';
import { countStatuses } from '../../evaluate/index.ts';

const p = (text: string): ReportBlock => ({ kind: 'p', text });
const dash = (text: string): ReportBlock => ({ kind: 'dash', text });

/** The target's sentence as assigned, as a clause: "phát triển ít nhất 600 hội viên". */
export function targetClause(target: Target, wording: ReportWording): string {
  let text = cleanText(target.text).replace(/\s+/g, ' ').replace(/[.;,:]+$/, '');
  for (const word of wording.leadingWords) {
    if (text.toLocaleLowerCase('vi').startsWith(`${word.toLocaleLowerCase('vi')} `)) {
      text = text.slice(word.length + 1);
      break;
    }
  }
  return lowerFirst(text, wording.keepCapital);
}

/** Completeness remarks of one organisation (missing, rejected, late). */
function completenessBlocks(ix: ReportIndex, org: string, period: PeriodId, wording: ReportWording): ReportBlock[] {
  const ev = ix.orgEval(org);
  const name = ix.orgName(org);
  const periodText = periodNameLower(period);
  if (!ev || ev.completeness === 'missing') {
    const pattern = ev?.overdue === false ? wording.org.notDue : wording.org.missing;
    return [p(fill(pattern, { org: name, period: periodText, deadline: ev ? formatViDateShort(ev.deadline) : '' }))];
  }
  if (ev.completeness === 'rejected') {
    return [p(fill(wording.org.rejected, { org: name, reasons: ev.rejectedReasons.join('; ') || '…' }))];
  }
  if (ev.completeness === 'late') {
    const received = ev.receivedAt ? formatViDateShort(ev.receivedAt.slice(0, 10)) : '';
    return [p(fill(wording.org.late, { org: name, deadline: formatViDateShort(ev.deadline), received }))];
  }
  return [];
}

/** Key numbers of one organisation: an intro line, then one "- " item per target, ";" between, "." last. */
function numbersBlocks(ix: ReportIndex, org: string, wording: ReportWording): ReportBlock[] {
  const targets = ix.targetsOf(org);
  if (targets.length === 0) return [];
  const withData = targets.some((t) => (ix.targetEval(t.id)?.value ?? null) !== null);
  if (!withData) return [p(wording.org.noNumbers)];
  const clauses = targets.map((t) => upperFirst(targetSentence(t, ix.targetEval(t.id), wording)));
  return [p(wording.org.numbersIntro), ...clauses.map((c, i) => dash(`${c}${i === clauses.length - 1 ? '.' : ';'}`))];
}

function progressBlock(ix: ReportIndex, org: string, wording: ReportWording): ReportBlock | null {
  const tasks = ix.orgEval(org)?.tasks ?? [];
  const reported = tasks.filter((t) => t.progress !== null);
  if (reported.length === 0) return null;
  const count = (k: string) => tasks.filter((t) => t.progress === k).length;
  return p(fill(wording.org.tasksDone, {
    done: count('done'), total: tasks.length, inProgress: count('in_progress'), notStarted: count('not_started'),
  }));
}

/** The organisation's own words, one dash item per task, condensed, repeats dropped, within the org budget. */
export function reportedTextBlocks(sub: Submission | undefined, wording: ReportWording): ReportBlock[] {
  if (!sub) return [];
  const seen = new Set<string>();
  const items: ReportBlock[] = [];
  let used = 0;
  for (const task of sub.tasks) {
    const fresh = condense(task.result, wording.condenseChars, wording.ellipsis).filter((item) => {
      const key = matchKey(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const text = fresh.join(' ');
    if (!text) continue;
    if (used + text.length > wording.condenseOrgChars && items.length > 0) break;
    items.push(dash(upperFirst(text)));
    used += text.length;
  }
  return items.length > 0 ? [p(wording.org.reportedIntro), ...items] : [];
}

/** One organisation's targets as counts per status (large populations: the detail is in the Excel file). */
function numbersSummaryBlock(ix: ReportIndex, org: string, wording: ReportWording): ReportBlock {
  const targets = ix.targetsOf(org);
  const counts = countStatuses(targets.map((t) => ix.targetEval(t.id)?.status ?? 'no_data'));
  if (counts.no_data === targets.length) return p(wording.org.noNumbers);
  // Figures carried from an earlier quarter are not the period's: counted as without data.
  return p(fill(wording.org.numbersSummary, { ok: counts.achieved + counts.on_track, total: targets.length, behind: counts.behind, noData: counts.no_data + counts.carried }));
}

/**
 * I. Results, one numbered part per organisation: each target and the organisation's own words,
 * or — when `detailed` is false (large populations) — each organisation's counts, the detail
 * being in the consolidated Excel file.
 */
export function resultsSection(ix: ReportIndex, period: PeriodId, wording: ReportWording, detailed = true): ReportBlock[] {
  const blocks: ReportBlock[] = detailed ? [] : [p(wording.org.summaryNote)];
  ix.orgs.forEach((org, i) => {
    blocks.push({ kind: 'h2', text: `${i + 1}. ${org.name}` });
    const status = completenessBlocks(ix, org.code, period, wording);
    blocks.push(...status);
    const ev = ix.orgEval(org.code);
    if (!ev || ev.completeness === 'missing' || ev.completeness === 'rejected') return;
    if (!detailed) {
      if (ix.targetsOf(org.code).length > 0) blocks.push(numbersSummaryBlock(ix, org.code, wording));
      const progress = progressBlock(ix, org.code, wording);
      if (progress) blocks.push(progress);
      return;
    }
    blocks.push(...numbersBlocks(ix, org.code, wording));
    const progress = progressBlock(ix, org.code, wording);
    if (progress) blocks.push(progress);
    blocks.push(...reportedTextBlocks(ix.submission(org.code), wording));
  });
  return blocks;
}

/**
 * II. Overall assessment: strengths, then shortcomings (behind, unreported numbers, data issues,
 * late/missing/rejected). The targets behind beyond listLimit are sent to the appendix when it
 * lists every target (`detailInAppendix`), otherwise to the Excel file.
 */
export function assessmentSection(
  ix: ReportIndex,
  wording: ReportWording,
  findings: readonly Finding[] = [],
  detailInAppendix = true,
): ReportBlock[] {
  const a = wording.assessment;
  const blocks: ReportBlock[] = [{ kind: 'h2', text: `1. ${wording.sections.strengths}` }];
  const all = ix.orgs.flatMap((o) => ix.targetsOf(o.code).map((t) => ({ org: o, target: t, ev: ix.targetEval(t.id) })));
  // Only an organisation that reported this period can be credited with its results; figures
  // carried from an earlier quarter have their own status and are never among these.
  const reported = (code: string) => ['on_time', 'late'].includes(ix.orgEval(code)?.completeness ?? 'missing');
  const ok = all.filter((x) => reported(x.org.code) && (x.ev?.status === 'achieved' || x.ev?.status === 'on_track'));
  const achieved = ok
    .filter((x) => x.ev?.status === 'achieved')
    .sort((x, y) => (y.ev?.ratio ?? 0) - (x.ev?.ratio ?? 0));
  if (!ix.orgs.some((o) => reported(o.code))) blocks.push(p(a.noReports));
  else if (ok.length === 0) blocks.push(p(a.noStrengths));
  else {
    blocks.push(p(fill(a.strengthsIntro, { achieved: ok.length, total: all.length })));
    const shown = achieved.length > 0 ? achieved : ok;
    for (const x of shown.slice(0, wording.listLimit)) {
      blocks.push(dash(asSentence(fill(a.achievedTarget, {
        org: x.org.name, target: targetClause(x.target, wording), ratio: formatViRatio(x.ev?.ratio ?? 0), result: targetSentence(x.target, x.ev, wording),
      }))));
    }
  }
  const evals = ix.orgs.map((o) => ({ org: o, ev: ix.orgEval(o.code) }));
  const onTime = evals.filter((x) => x.ev?.completeness === 'on_time');
  blocks.push(p(fill(a.onTimeOrgs, { count: onTime.length, total: ix.orgs.length })));

  blocks.push({ kind: 'h2', text: `2. ${wording.sections.shortcomings}` });
  const before = blocks.length;
  const behind = all.filter((y) => y.ev?.status === 'behind').sort((x, y) => (x.ev?.ratio ?? 0) - (y.ev?.ratio ?? 0));
  for (const x of behind.slice(0, wording.listLimit)) {
    blocks.push(dash(asSentence(fill(a.behindTarget, {
      org: x.org.name, target: targetClause(x.target, wording), ratio: formatViRatio(x.ev?.ratio ?? 0), result: targetSentence(x.target, x.ev, wording),
    }))));
  }
  if (behind.length > wording.listLimit) {
    blocks.push(p(fill(detailInAppendix ? a.moreBehind : a.moreBehindExcel, { count: behind.length - wording.listLimit })));
  }
  if (a.overdueTask) {
    for (const t of ix.overdue.slice(0, wording.listLimit)) {
      blocks.push(dash(asSentence(fill(a.overdueTask, { org: ix.orgName(t.org), task: t.text.replace(/[.;:]+$/u, ''), deadline: formatViDateShort(t.deadline) }))));
    }
  }
  if (a.laggingTarget) {
    for (const l of ix.lagging.slice(0, wording.listLimit)) {
      const unit = l.target.kind === 'percent' ? '%' : '';
      blocks.push(dash(asSentence(fill(a.laggingTarget, {
        org: ix.orgName(l.org), target: cleanText(l.target.text).replace(/[.;:]+$/u, ''),
        value: l.value === null ? fill(a.laggingNoValue ?? '', {}) : `${formatViNumber(l.value)}${unit}`,
        milestone: `${formatViNumber(l.milestone.value)}${unit}`, year: String(l.milestone.year),
        lead: l.lead ? fill(a.laggingLead ?? '', { lead: l.lead }) : '',
      }))));
    }
  }
  for (const o of ix.orgs) {
    const ev = ix.orgEval(o.code);
    if (!ev || ev.completeness === 'missing' || ev.completeness === 'rejected') continue;
    const noData = ix.targetsOf(o.code).filter((t) => {
      const e = ix.targetEval(t.id);
      return (e?.value ?? null) === null || e?.status === 'carried';
    }).length;
    if (noData > 0) blocks.push(dash(asSentence(fill(a.noDataTarget, { org: o.name, count: noData }))));
  }
  const issues = new Map<string, number>();
  for (const f of findings) if (f.org !== undefined && f.severity !== 'info') issues.set(f.org, (issues.get(f.org) ?? 0) + 1);
  for (const o of ix.orgs) {
    const count = issues.get(o.code) ?? 0;
    if (count > 0) blocks.push(dash(fill(a.dataIssues, { org: o.name, count })));
  }
  const names = (k: string) =>
    evals.filter((x) => (x.ev?.completeness ?? 'missing') === k && x.ev?.overdue !== false).map((x) => x.org.name);
  const lists: [string[], string][] = [[names('late'), a.lateOrgs], [names('missing'), a.missingOrgs], [names('rejected'), a.rejectedOrgs]];
  for (const [list, pattern] of lists) if (list.length > 0) blocks.push(dash(fill(pattern, { orgs: list.join(', ') })));
  if (blocks.length === before) blocks.push(p(a.noShortcomings));
  return blocks;
}

/**
 * One item per point raised: what several organisations wrote alike is said once, with all
 * their names ("Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh: kinh phí …").
 */
function groupedTexts(ix: ReportIndex, field: 'difficulties' | 'proposals', wording: ReportWording): ReportBlock[] {
  const groups = new Map<string, { orgs: string[]; text: string }>();
  for (const org of ix.orgs) {
    const sub = ix.submission(org.code);
    if (!sub) continue;
    for (const item of condense(sub.tasks.map((t) => t[field]).join('\n'), wording.condenseChars, wording.ellipsis)) {
      const key = matchKey(item).replace(/[.;,:]+$/, '');
      const group = groups.get(key) ?? { orgs: [], text: item };
      if (!group.orgs.includes(org.name)) group.orgs.push(org.name);
      groups.set(key, group);
    }
  }
  // Then one line per set of organisations: "Liên đoàn Lao động tỉnh: a; b."
  const byOrgs = new Map<string, string[]>();
  for (const g of groups.values()) {
    const key = g.orgs.join(', ');
    byOrgs.set(key, [...(byOrgs.get(key) ?? []), g.text.replace(/[.;]+$/, '')]);
  }
  return [...byOrgs].map(([orgs, texts]) =>
    dash(fill(wording.proposals.item, { org: orgs, text: asSentence(texts.map((t, i) => lowerFirst(t, wording.keepCapital)).join('; ')) })),
  );
}

/** III. Difficulties and proposals, grouped by kind, one item per organisation. */
export function proposalsSection(ix: ReportIndex, wording: ReportWording): ReportBlock[] {
  const difficulties = groupedTexts(ix, 'difficulties', wording);
  const proposals = groupedTexts(ix, 'proposals', wording);
  if (difficulties.length === 0 && proposals.length === 0) return [p(wording.proposals.none)];
  const blocks: ReportBlock[] = [];
  let n = 0;
  if (difficulties.length > 0) blocks.push({ kind: 'h2', text: `${++n}. ${wording.sections.difficulties}` }, ...difficulties);
  if (proposals.length > 0) blocks.push({ kind: 'h2', text: `${++n}. ${wording.sections.proposalsList}` }, ...proposals);
  return blocks;
}

/** IV. Focus of the next period from plan.focus; null when the plan gives none. */
export function focusSection(plan: Plan, ix: ReportIndex, period: PeriodId, wording: ReportWording): ReportBlock[] | null {
  const kind = nextPeriod(period).split('-')[1];
  const items = (plan.focus ?? []).filter((f) => f.period === undefined || f.period === kind);
  if (items.length === 0) return null;
  const general = items.filter((f) => !f.org).map((f) => dash(asSentence(upperFirst(cleanText(f.text)))));
  const perOrg = ix.orgs.flatMap((o) =>
    items.filter((f) => f.org === o.code).map((f) => dash(asSentence(`${o.name}: ${lowerFirst(cleanText(f.text), wording.keepCapital)}`))),
  );
  return [...general, ...perOrg];
}
