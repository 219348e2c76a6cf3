import type { PeriodId } from '../../model/period.ts';
import type { Plan } from '../../model/plan.ts';
import { periodName } from '../../vi/period.ts';
import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { type Html, html, path } from '../html.ts';
import { periodPicker } from './common.ts';

export interface DownloadsInput {
  plan: Plan;
  periods: readonly PeriodId[];
  period: PeriodId;
  /** Whether forms exist for this period (the offices report quarters; H1/9M/Y are derived). */
  formsOffered: boolean;
  /** Whether a signed PDF can be made on this server (see SignedPdfHook). */
  signed: boolean;
}

/** Tải về: blank forms, the consolidated Excel, the Word report, summaries, the signed PDF. */
export function downloadsPage(input: DownloadsInput): Html {
  const { plan, period } = input;
  return html`<h1>${T.downloadsTitle(periodName(period))}</h1>
${periodPicker('/tai-ve', input.periods, period)}
<h2>${T.outputsHeading}</h2>
<ul class="plain card">
<li><a id="tai-tong-hop" href="${path('/tai-ve/tong-hop', `${period}.xlsx`)}">${T.exportLink}</a></li>
<li><a id="tai-bao-cao" href="${path('/tai-ve/bao-cao', `${period}.docx`)}">${T.reportLink}</a></li>
<li>${input.signed ? html`<a id="tai-ky-so" href="${path('/tai-ve/ky-so', `${period}.pdf`)}">${T.signedLink}</a>` : html`<span class="muted">${T.signedMissing}</span>`}</li>
</ul>
${input.formsOffered ? html`<h2>${T.formsHeading}</h2>
<p class="muted">${T.formsNote}</p>
<ul class="plain card">
<li><a id="tai-bieu-mau-zip" href="${path('/tai-ve/bieu-mau', `${period}.zip`)}"><b>${T.formsZip}</b></a></li>
${plan.organizations.map((o) => html`<li><a href="${path('/tai-ve/bieu-mau', period, `${o.code}.xlsx`)}">${o.name}</a></li>`)}
</ul>` : ''}
<h2>${T.summariesHeading}</h2>
<ul class="plain card">${plan.organizations.map((o) => html`<li><a href="${path('/tai-ve/bao-cao', period, `${o.code}.docx`)}">${o.name}</a></li>`)}</ul>`;
}
