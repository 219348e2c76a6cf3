import type { Finding } from '../../model/finding.ts';
import type { PeriodId } from '../../model/period.ts';
import { SEVERITY_LABEL } from '../../vi/labels.ts';
import { periodName } from '../../vi/period.ts';
import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { type Html, html } from '../html.ts';

/** The period picker: a plain GET form, so the address can be bookmarked. */
export function periodPicker(action: string, periods: readonly PeriodId[], selected: PeriodId): Html {
  return html`<form class="row" method="get" action="${action}">
<div><label for="ky">${T.periodPicker}</label>
<select id="ky" name="ky">${periods.map((p) => html`<option value="${p}"${p === selected ? html` selected` : ''}>${periodName(p)}</option>`)}</select></div>
<div><button type="submit">${T.show}</button></div>
</form>`;
}

export function badge(kind: string, label: string): Html {
  return html`<span class="badge ${kind}">${label}</span>`;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every finding as the CLI gives it: severity, sheet, cell, message, how to fix. */
export function findingsTable(findings: readonly Finding[], options: { org?: boolean } = {}): Html {
  if (findings.length === 0) return html`<p class="muted">${T.noFindings}</p>`;
  const c = T.findingColumns;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return html`<div class="table-scroll"><table class="findings stack">
<thead><tr>${options.org ? html`<th>${T.columns.org}</th>` : ''}<th>${c.severity}</th><th>${c.sheet}</th><th>${c.cell}</th><th>${c.message}</th><th>${c.hint}</th></tr></thead>
<tbody>${sorted.map(
    (f) => html`<tr data-code="${f.code}"${f.cell ? html` data-cell="${f.cell}"` : ''}>
${options.org ? html`<td data-label="${T.columns.org}">${f.org ?? ''}</td>` : ''}<td>${badge(f.severity, SEVERITY_LABEL[f.severity])}</td>
<td data-label="${c.sheet}" class="nowrap">${f.sheet ?? ''}</td>
<td data-label="${c.cell}" class="nowrap">${f.cell ?? ''}</td>
<td>${f.message}</td>
<td data-label="${c.hint}">${f.hint ?? ''}</td></tr>`,
  )}</tbody></table></div>`;
}
