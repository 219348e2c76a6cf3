import type { OrgEvaluation } from '../../model/evaluation.ts';
import type { Finding } from '../../model/finding.ts';
import type { PeriodId } from '../../model/period.ts';
import type { Organization, Plan } from '../../model/plan.ts';
import type { IngestLogEntry, Submission } from '../../model/submission.ts';
import { planIndex } from '../../plan/index.ts';
import { formatReceivedAt, targetGoal, targetUnitText } from '../../vi/status-export-text.ts';
import { COMPLETENESS_LABEL, OUTCOME_LABEL, TARGET_STATUS_LABEL } from '../../vi/labels.ts';
import { formatViNumber, formatViPercent } from '../../vi/number.ts';
import { periodName } from '../../vi/period.ts';
import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { ratioBar } from '../charts.ts';
import { type Html, html, path } from '../html.ts';
import { badge, findingsTable, periodPicker } from './common.ts';

export interface OrgPageInput {
  plan: Plan;
  org: Organization;
  periods: readonly PeriodId[];
  period: PeriodId;
  evaluation: OrgEvaluation;
  /** Every accepted version of the reporting period, oldest first. */
  history: readonly Submission[];
  /** Every file of the organisation logged for the reporting period, newest first. */
  log: readonly IngestLogEntry[];
  /** The warnings kept with the current version, the latest rejected file's errors, the evaluation's anomalies. */
  findings: readonly Finding[];
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Một đơn vị: its versions and who replaced what, every file received, its findings and targets. */
export function orgPage(input: OrgPageInput): Html {
  const { plan, org, evaluation: oe, period } = input;
  const q = `?ky=${encodeURIComponent(period)}`;
  const versionOf = new Map(input.history.map((s, i) => [s.id, i + 1]));
  const h = T.historyColumns;
  const l = T.logColumns;
  const t = T.targetColumns;
  const targets = planIndex(plan).targetById;
  const done = oe.tasks.filter((x) => x.progress === 'done').length;
  const count = (e: IngestLogEntry) => {
    const errors = e.findings.filter((f) => f.severity === 'error').length;
    const warnings = e.findings.filter((f) => f.severity === 'warning').length;
    return `${errors} / ${warnings}`;
  };
  return html`<h1>${org.name} <span class="muted">(${org.code})</span></h1>
${periodPicker(path('/don-vi', org.code), input.periods, period)}
<p>${badge(oe.completeness, COMPLETENESS_LABEL[oe.completeness])} ${periodName(period)}${oe.receivedAt ? ` · ${formatReceivedAt(oe.receivedAt)}` : ''}${oe.daysLate ? ` · ${T.daysLate(oe.daysLate)}` : ''}</p>
<p>${T.tasksLine(done, oe.tasks.length)} · <a href="${path('/tai-ve/bao-cao', period, `${org.code}.docx`)}">${T.orgSummaryLink}</a> · <a href="${path('/tai-ve/bieu-mau', period, `${org.code}.xlsx`)}">${T.orgFormLink}</a></p>

<h2>${T.targetsHeading}</h2>
${oe.targets.length === 0 ? html`<p class="muted">${T.noTargets}</p>` : html`<div class="table-scroll"><table class="stack targets">
<thead><tr><th>${t.target}</th><th class="num">${t.value}</th><th class="num">${t.goal}</th><th>${t.ratio}</th><th>${t.status}</th></tr></thead>
<tbody>${oe.targets.map((x) => {
    const target = targets.get(x.targetId);
    const value = x.value === null ? '—' : `${formatViNumber(x.value)}${target?.kind === 'percent' ? '%' : ''}`;
    return html`<tr data-target="${x.targetId}" data-status="${x.status}">
<td>${target?.text ?? x.targetId}</td>
<td data-label="${t.value}" class="num">${value}</td>
<td data-label="${t.goal}" class="num">${target ? `${targetGoal(target)} ${target.kind === 'percent' ? '' : targetUnitText(target)}`.trim() : ''}</td>
<td data-label="${t.ratio}" class="ratio">${ratioBar(x.ratio, x.status)} ${x.ratio === null ? '' : formatViPercent(x.ratio, 0)}</td>
<td>${badge(x.status, TARGET_STATUS_LABEL[x.status])}</td></tr>`;
  })}</tbody></table></div>`}

<h2>${T.historyHeading}</h2>
${input.history.length === 0 ? html`<p class="muted">${T.noHistory}</p>` : html`<div class="table-scroll"><table class="stack history">
<thead><tr><th>${h.version}</th><th>${h.file}</th><th>${h.receivedAt}</th><th>${h.state}</th></tr></thead>
<tbody>${input.history.map((s, i) => html`<tr data-submission="${s.id}">
<td data-label="${h.version}">${i + 1}</td><td data-label="${h.file}">${baseName(s.fileName)}</td><td data-label="${h.receivedAt}">${formatReceivedAt(s.receivedAt)}</td>
<td>${s.supersededBy === null ? badge('accepted', T.current) : T.replacedBy(versionOf.get(s.supersededBy) ?? 0)}</td></tr>`)}</tbody></table></div>`}

<h2>${T.orgFindingsHeading}</h2>
${findingsTable(input.findings)}

<h2>${T.logHeading}</h2>
${input.log.length === 0 ? html`<p class="muted">${T.noLog}</p>` : html`<div class="table-scroll"><table class="stack log">
<thead><tr><th>${l.file}</th><th>${l.receivedAt}</th><th>${l.outcome}</th><th class="num">${l.findings}</th></tr></thead>
<tbody>${input.log.map((e) => html`<tr data-outcome="${e.outcome}"><td>${baseName(e.file)}</td><td data-label="${l.receivedAt}">${formatReceivedAt(e.receivedAt)}</td>
<td>${badge(e.outcome, OUTCOME_LABEL[e.outcome])}</td><td data-label="${l.findings}" class="num">${count(e)}</td></tr>`)}</tbody></table></div>
${input.log
    .filter((e) => e.findings.some((f) => f.severity !== 'info'))
    .map((e) => html`<details class="file-findings"><summary>${T.fileFindings(baseName(e.file), formatReceivedAt(e.receivedAt))}</summary>${findingsTable(e.findings.filter((f) => f.severity !== 'info'))}</details>`)}`}
<p><a href="/${q}">${T.back}</a></p>`;
}
