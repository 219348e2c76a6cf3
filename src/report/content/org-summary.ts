import type { Finding } from '../../model/finding.ts';
import type { OrgSummaryInput, ReportBlock, ReportContent, Signer } from '../../model/report.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { formatViDateShort } from '../../vi/date.ts';
import { periodNameLower } from '../../vi/period.ts';
import { condense, upperFirst } from './condense.ts';
import { heading1 } from './compose.ts';
import { fill } from './fill.ts';
import { indexReport } from './lookup.ts';
import { reportedTextBlocks } from './sections.ts';
import { targetSentence } from './target-sentence.ts';

const p = (text: string): ReportBlock => ({ kind: 'p', text });
const dash = (text: string): ReportBlock => ({ kind: 'dash', text });

/** One organisation's summary: its numbers, its tasks, its difficulties and proposals; signed by its own signer. */
export function composeOrgSummary(input: OrgSummaryInput): { content: ReportContent; signer: Signer; findings: Finding[] } {
  const { plan, period, evaluation, submissions, settings, wording, org } = input;
  const ix = indexReport(plan, evaluation, submissions);
  const organization = plan.organizations.find((o) => o.code === org);
  if (!organization) throw new Error(`unknown organisation ${org}`);
  const findings: Finding[] = [];
  const sub = ix.submission(org);
  const periodText = periodNameLower(period);
  const w = wording.orgSummarySections;
  const body: ReportBlock[] = [];
  let section = 0;

  const targets = ix.targetsOf(org);
  if (targets.length > 0) {
    body.push(heading1(section++, w.numbers, settings));
    targets.forEach((t, i) => {
      const clause = upperFirst(targetSentence(t, ix.targetEval(t.id), wording));
      body.push(dash(`${clause}${i === targets.length - 1 ? '.' : ';'}`));
    });
  }
  body.push(heading1(section++, w.tasks, settings));
  const tasks = ix.orgEval(org)?.tasks ?? [];
  const count = (k: string) => tasks.filter((t) => t.progress === k).length;
  if (tasks.some((t) => t.progress !== null)) {
    body.push(p(fill(wording.org.tasksDone, {
      done: count('done'), total: tasks.length, inProgress: count('in_progress'), notStarted: count('not_started'),
    })));
  }
  const reported = reportedTextBlocks(sub, wording);
  const deadline = ix.orgEval(org)?.deadline;
  if (!sub) body.push(p(fill(wording.org.missing, { org: organization.name, period: periodText, deadline: deadline ? formatViDateShort(deadline) : '' })));
  body.push(...reported.slice(1));
  for (const [field, heading] of [['difficulties', w.difficulties], ['proposals', w.proposals]] as const) {
    const items = sub ? condense(sub.tasks.map((t) => t[field]).join('\n'), wording.condenseChars, wording.ellipsis) : [];
    if (items.length === 0) continue;
    body.push(heading1(section++, heading, settings), ...items.map((i) => dash(upperFirst(i))));
  }
  body.push(p(fill(wording.orgClosing, { period: periodText, org: organization.name })));

  const info = sub?.info;
  const signer: Signer = {
    authority: info?.signerAuthority ?? '',
    title: info?.signerTitle || ' ',
    name: info?.signerName ?? '',
  };
  if (!signer.name) findings.push(makeFinding('report/org-signer-missing', { org }, { orgName: organization.name }));
  return {
    content: {
      title: wording.orgSummaryTitle,
      summary: fill(wording.orgSummarySummary, { period: periodText }),
      body,
      appendix: null,
    },
    signer,
    findings,
  };
}
