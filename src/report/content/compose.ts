import type { Finding } from '../../model/finding.ts';
import type { Plan } from '../../model/plan.ts';
import type { ReportBlock, ReportContent, ReportInput, ReportSettings, ReportWording } from '../../model/report.ts';
import { formatViDateShort } from '../../vi/date.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { nextPeriod, periodName, periodNameLower } from '../../vi/period.ts';
import { appendixContent, appendixListsTargets } from './appendix.ts';
import { fill, upper } from './fill.ts';
import { indexReport } from './lookup.ts';
import { assessmentSection, focusSection, proposalsSection, resultsSection } from './sections.ts';
import { checkAuthority } from './signing.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "I. KẾT QUẢ …" or "I- KẾT QUẢ …" as the settings say. */
export function heading1(index: number, text: string, settings: ReportSettings): ReportBlock {
  const mark = settings.headingStyle === 'I.' ? '.' : '-';
  return { kind: 'h1', text: `${ROMAN[index] ?? String(index + 1)}${mark} ${upper(text)}` };
}

/** "Quyết định số 1388-QĐ/TU, ngày 27/12/2023 của Ban Thường vụ Tỉnh ủy" + " về …" from the source title. */
export function citeSource(plan: Plan, wording: ReportWording): { citation: string; about: string } {
  const { number, date, issuer, title } = plan.source;
  const type = /^[^-]*-([^/]+)\//u.exec(number)?.[1] ?? '';
  const docType = wording.docTypes[type] ?? '';
  const citation = fill(wording.citation, { docType, number, date: formatViDateShort(date), issuer }).trim();
  let about = '';
  if (title) {
    const rest = docType && title.toLocaleLowerCase('vi').startsWith(docType.toLocaleLowerCase('vi'))
      ? title.slice(docType.length).trim()
      : title.trim();
    if (/^về\s/iu.test(rest)) about = ` ${rest.replace(/[.;,]+$/, '')}`;
  }
  return { citation, about };
}

/**
 * The data problems the assessment counts per organisation: the evaluation's anomalies, the
 * warnings kept with the current submissions and the findings the caller passed, each once.
 */
export function dataFindings(input: ReportInput): Finding[] {
  const all = [
    ...(input.evaluation.findings ?? []),
    ...input.submissions.filter((s) => s.supersededBy === null).flatMap((s) => s.findings.map((f) => ({ ...f, org: f.org ?? s.org }))),
    ...(input.findings ?? []),
  ];
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = [f.code, f.org, f.file, f.sheet, f.cell, f.targetId, f.taskId, f.message].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Turns the evaluation and submissions into the worded report, with the findings met on the way. */
export function composeReport(input: ReportInput): { content: ReportContent; findings: Finding[] } {
  const { plan, period, evaluation, submissions, settings, wording } = input;
  const ix = indexReport(plan, evaluation, submissions);
  const findings: Finding[] = [...checkAuthority(settings)];
  if (submissions.length === 0) {
    findings.push(makeFinding('report/no-submissions', { period }, { periodName: periodName(period) }));
  }
  const periodText = periodNameLower(period);
  const { citation, about } = citeSource(plan, wording);
  const body: ReportBlock[] = [
    { kind: 'p', text: fill(wording.opening, { citation, about, issuerName: settings.issuerName, period: periodText }) },
  ];
  let section = 0;
  body.push(heading1(section++, fill(wording.sections.results, { period: periodText }), settings));
  body.push(...resultsSection(ix, period, wording, appendixListsTargets(ix.orgs.length, settings)));
  body.push(heading1(section++, wording.sections.assessment, settings));
  const detailInAppendix = settings.appendix && appendixListsTargets(ix.orgs.length, settings);
  body.push(...assessmentSection(ix, wording, dataFindings(input), detailInAppendix));
  body.push(heading1(section++, wording.sections.proposals, settings));
  body.push(...proposalsSection(ix, wording));
  const focus = focusSection(plan, ix, period, wording);
  if (focus) {
    body.push(heading1(section++, fill(wording.sections.focus, { nextPeriod: periodNameLower(nextPeriod(period)) }), settings));
    body.push(...focus);
  }
  body.push({ kind: 'p', text: fill(wording.closing, { period: periodText, issuerName: settings.issuerName, reportTo: plan.source.issuer }) });
  return {
    content: {
      title: wording.title,
      summary: fill(wording.summary, { period: periodText }),
      body,
      appendix: settings.appendix ? appendixContent(ix, period, settings, wording) : null,
    },
    findings,
  };
}
