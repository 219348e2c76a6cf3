import type { OrgEvaluation, PeriodEvaluation } from '../../model/evaluation.ts';
import type { PeriodId } from '../../model/period.ts';
import type { Plan } from '../../model/plan.ts';
import { countStatuses } from '../../evaluate/index.ts';
import { formatViDateNumeric } from '../../vi/date.ts';
import { formatReceivedAt } from '../../vi/status-export-text.ts';
import { COMPLETENESS_LABEL } from '../../vi/labels.ts';
import { formatViPercent } from '../../vi/number.ts';
import { periodName } from '../../vi/period.ts';
import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { statusBar, statusLegend } from '../charts.ts';
import { type Html, html, path } from '../html.ts';
import { badge, findingsTable, periodPicker } from './common.ts';

export interface HomeInput {
  plan: Plan;
  periods: readonly PeriodId[];
  evaluation: PeriodEvaluation;
}

function note(o: OrgEvaluation): string {
  const parts: string[] = [];
  if (o.completeness === 'missing' && o.overdue === false) parts.push(T.notDue);
  if (o.daysLate) parts.push(T.daysLate(o.daysLate));
  if (o.supersededVersions > 0) parts.push(T.versions(o.supersededVersions));
  if (o.completeness === 'rejected' && o.rejectedReasons[0]) parts.push(T.rejectedReason(o.rejectedReasons[0]));
  return parts.join('; ');
}

/** Kỳ báo cáo: who sent what, the reporting rate, the targets' progress at a glance. */
export function homePage(input: HomeInput): Html {
  const { plan, evaluation } = input;
  const period = evaluation.period;
  const orgs = evaluation.organizations;
  const count = (c: OrgEvaluation['completeness']) => orgs.filter((o) => o.completeness === c).length;
  const reported = count('on_time') + count('late');
  const rate = orgs.length === 0 ? 0 : reported / orgs.length;
  const names = new Map(plan.organizations.map((o) => [o.code, o]));
  const q = `?ky=${encodeURIComponent(period)}`;
  const first = orgs[0];
  const c = T.columns;

  // Organisations under their parent unit, when the plan gives one ("units × organisations").
  const groups = new Map<string, OrgEvaluation[]>();
  for (const o of orgs) {
    const parent = names.get(o.org)?.parent ?? '';
    groups.set(parent, [...(groups.get(parent) ?? []), o]);
  }
  const grouped = groups.size > 1 || !groups.has('');
  const row = (o: OrgEvaluation) => {
    const org = names.get(o.org);
    const done = o.tasks.filter((t) => t.progress === 'done').length;
    return html`<tr data-org="${o.org}" data-completeness="${o.completeness}">
<td><a href="${path('/don-vi', o.org)}${q}">${org?.shortName ?? o.org}</a> <span class="muted">(${o.org})</span></td>
<td data-label="${c.status}">${badge(o.completeness, COMPLETENESS_LABEL[o.completeness])}</td>
<td data-label="${c.receivedAt}">${o.receivedAt ? formatReceivedAt(o.receivedAt) : ''}</td>
<td data-label="${c.note}">${note(o)}</td>
<td data-label="${c.tasks}" class="num">${o.tasks.length > 0 ? `${done}/${o.tasks.length}` : ''}</td>
<td data-label="${c.targets}">${o.targets.length > 0 ? statusBar(countStatuses(o.targets.map((t) => t.status)), 200, 16) : ''}</td></tr>`;
  };
  const body = [...groups].map(([parent, list]) => [
    grouped ? html`<tr class="group"><td colspan="6">${parent ? T.group(names.get(parent)?.name ?? parent) : T.noParent}</td></tr>` : '',
    list.map(row),
  ]);
  const all = orgs.flatMap((o) => o.targets.map((t) => t.status));
  const anomalies = (evaluation.findings ?? []).filter((f) => f.severity !== 'info');

  return html`<h1>${T.homeTitle(periodName(period))}</h1>
${periodPicker('/', input.periods, period)}
${first ? html`<p class="muted">${T.deadline(formatViDateNumeric(first.deadline))}</p>` : ''}
<div class="stats">
<div class="stat rate"><b>${formatViPercent(rate, 0)}</b>${T.rate}<br><span class="muted">${T.rateNote(reported, orgs.length)}</span></div>
${(['on_time', 'late', 'rejected', 'missing'] as const).map((k) => html`<div class="stat ${k}" data-count="${k}"><b>${count(k)}</b>${COMPLETENESS_LABEL[k]}</div>`)}
</div>
<h2>${T.completenessHeading}</h2>
<div class="table-scroll"><table class="stack completeness">
<thead><tr><th>${c.org}</th><th>${c.status}</th><th>${c.receivedAt}</th><th>${c.note}</th><th class="num">${c.tasks}</th><th>${c.targets}</th></tr></thead>
<tbody>${body}</tbody></table></div>
<h2>${T.progressHeading}</h2>
<div class="card">
<p>${T.progressAll(all.length)}</p>
${statusBar(countStatuses(all), 640, 22)}
${statusLegend()}
<div class="progress-org">${orgs
    .filter((o) => o.targets.length > 0)
    .map((o) => html`<a href="${path('/don-vi', o.org)}${q}">${names.get(o.org)?.shortName ?? o.org}</a><div>${statusBar(countStatuses(o.targets.map((t) => t.status)), 420, 16)}</div>`)}</div>
</div>
${anomalies.length > 0 ? html`<h2>${T.anomaliesHeading(anomalies.length)}</h2>${findingsTable(anomalies, { org: true })}` : ''}`;
}
