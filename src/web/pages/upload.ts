import type { PeriodId } from '../../model/period.ts';
import { formatReceivedAt } from '../../vi/status-export-text.ts';
import { OUTCOME_LABEL } from '../../vi/labels.ts';
import { periodName } from '../../vi/period.ts';
import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { type Html, html, path } from '../html.ts';
import type { Job, JobFile } from '../jobs.ts';
import { badge, findingsTable } from './common.ts';

export interface UploadPageInput {
  periods: readonly PeriodId[];
  csrf: string;
  needsPassword: boolean;
  maxFiles: number;
  maxFileMb: string;
  jobs: readonly Job[];
}

/** Nộp biểu mẫu: many files at once, by the plain file input, a folder, or drag and drop. */
export function uploadPage(input: UploadPageInput): Html {
  return html`<h1>${T.uploadTitle}</h1>
<p>${T.uploadIntro}</p>
<form class="upload card" method="post" action="/nop" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="${input.csrf}">
<div class="drop">
<p><b>${T.dropZone}</b></p>
<p><label for="tep">${T.chooseFiles}</label>
<input id="tep" type="file" name="tep" multiple accept=".xlsx,.xls,.ods,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"></p>
<p><label for="thu-muc">${T.chooseFolder}</label>
<input id="thu-muc" type="file" name="thu-muc" multiple webkitdirectory></p>
<p class="chosen muted" data-text="${T.dropChosen(0).replace('0', '{n}')}" aria-live="polite"></p>
</div>
<div class="row">
<div><label for="ky">${T.periodCheck}</label>
<select id="ky" name="ky"><option value="">${T.periodAny}</option>${input.periods.map((p) => html`<option value="${p}">${periodName(p)}</option>`)}</select></div>
${input.needsPassword ? html`<div><label for="mat-khau">${T.password}</label><input id="mat-khau" type="password" name="mat_khau" autocomplete="current-password" required></div>` : ''}
<div><button type="submit">${T.submit}</button></div>
</div>
<p class="muted">${T.limits(input.maxFiles, input.maxFileMb)}${input.needsPassword ? ` ${T.passwordNote}` : ''}</p>
</form>
${input.jobs.length > 0 ? html`<h2>${T.recentJobs}</h2><ul class="plain">${input.jobs.map((j) => html`<li><a href="${path('/nop/viec', j.id)}">${T.jobLine(j.total, formatReceivedAt(j.createdAt))}</a> ${j.summary ? html`<span class="muted">${T.jobSummary(j.summary)}</span>` : ''}</li>`)}</ul>` : ''}`;
}

function fileResult(job: Job, f: JobFile, index: number): Html {
  const r = f.result;
  return html`<section class="file-result ${r.outcome}" data-outcome="${r.outcome}" data-file="${f.name}">
<h3>${badge(r.outcome, OUTCOME_LABEL[r.outcome])} ${f.name}</h3>
${r.org || r.period ? html`<p class="muted">${T.fileOrgPeriod(r.org ?? '', r.period ? periodName(r.period) : '')}</p>` : ''}
${findingsTable(r.findings.filter((x) => x.severity !== 'info' || r.outcome !== 'accepted'))}
${r.feedbackFile ? html`<p><a class="feedback" href="${path('/nop/viec', job.id, 'phan-hoi', String(index))}">${T.feedbackLink}</a></p>` : ''}
</section>`;
}

/** One upload's results: a progress bar while it is checked (the page reloads itself), then every file. */
export function jobPage(job: Job): Html {
  if (job.state === 'queued' || job.state === 'running') {
    const share = job.total === 0 ? 0 : Math.round((job.done / job.total) * 100);
    return html`<h1>${T.jobTitle}</h1>
<div class="card job-progress" data-state="${job.state}">
<p>${job.state === 'queued' ? T.jobQueued(job.total) : T.jobRunning(job.done, job.total)}</p>
<div class="meter" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${share}"><span style="width:${share}%"></span></div>
${job.current ? html`<p class="muted">${T.jobCurrent(job.current)}</p>` : ''}
<p class="muted">${T.jobWait}</p></div>`;
  }
  return html`<h1>${T.jobTitle}</h1>
<div class="card job-done" data-state="${job.state}">
${job.error ? html`<p class="error-page">${T.jobFailed(job.error)}</p>` : ''}
${job.summary ? html`<p><b>${T.jobSummary(job.summary)}</b></p>` : ''}
${job.skipped.length > 0 ? html`<p class="muted">${T.jobSkipped(job.skipped.join(', '))}</p>` : ''}
<p><a href="/nop">${T.moreUploads}</a></p></div>
${job.files.map((f, i) => fileResult(job, f, i))}`;
}
