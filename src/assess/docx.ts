import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { OrgAssessment, YearAssessment } from '../model/assessment.ts';
import type { Finding } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import type { ReportSettings, ReportWording } from '../model/report.ts';
import { makeFinding } from '../vi/messages/index.ts';
import {
  bodyParagraph,
  checkAuthority,
  citeSource,
  documentStyles,
  headerBlock,
  line,
  numberLine,
  placeDateLine,
  portraitSection,
  readSignatureImage,
  signatureBlock,
  titleBlock,
} from '../report/index.ts';
import { ASSESS_DOC, TARGET_STANDING_LABEL, quartersTimeliness } from '../vi/assess-text.ts';
import { formatViNumber, formatViPercent } from '../vi/number.ts';
import { periodNameLower } from '../vi/period.ts';
import { gridTable } from './docx-table.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
/** A little room between a table and the paragraph under it. */
const SPACER = () => line('', { size: 6 });

export interface AssessDocInput {
  plan: Plan;
  assessment: YearAssessment;
  settings: ReportSettings;
  wording: ReportWording;
  /** What the committee weighs beyond the counts, per band id (from the rules). */
  judgement?: ReadonlyMap<string, readonly string[]>;
  /** Band id → name, for the committee's decisions. */
  bandNames: ReadonlyMap<string, string>;
}

const pct = (r: number) => formatViPercent(r, 1);
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function proposalCell(o: OrgAssessment): string {
  if (!o.proposal.bandName) return ASSESS_DOC.withheld;
  return o.proposal.provisional ? `${o.proposal.bandName} (${ASSESS_DOC.provisionalNote})` : o.proposal.bandName;
}

/**
 * The table of one organisation: tasks on the left, targets on the right, then across the table
 * its key targets, its quarterly reports, the proposal and the committee's grade.
 */
function orgTable(o: OrgAssessment, input: AssessDocInput): Table {
  const t = ASSESS_DOC.table;
  const tc = o.taskCounts;
  const gc = o.targetCounts;
  const kc = o.keyTargetCounts;
  const n = (v: number) => formatViNumber(v);
  const rows: string[][] = [
    [t.tasks, n(tc.total), t.targets, n(gc.total)],
    [t.onTime, n(tc.doneOnTime), t.met, n(gc.met)],
    [t.late, n(tc.doneLate), t.exceeded, gc.total > 0 ? `${n(gc.exceeded)} (${pct(gc.exceeded / gc.total)})` : n(0)],
    [t.notDone, n(tc.notDone + tc.overdue), o.asOf?.endsWith('Q4') ? t.missed : t.behind, n(gc.missed)],
    [t.pending, n(tc.pending), TARGET_STANDING_LABEL.on_track, n(gc.onTrack)],
    [t.taskNoData, n(tc.noData), t.targetNoData, n(gc.noData)],
    [t.keyTargets, kc.total > 0 ? ASSESS_DOC.count(kc.met + kc.exceeded, kc.total) : ASSESS_DOC.none],
    [t.reports, quartersTimeliness(o)],
    [t.proposal, proposalCell(o)],
    [t.decision, o.decision ? `${input.bandNames.get(o.decision.band) ?? o.decision.band} — ${o.decision.reason}` : ''],
  ];
  return gridTable(null, rows, [33, 12, 40, 15], ['left', 'right', 'left', 'right'], input.settings, 0, true, true);
}

function orgParagraphs(o: OrgAssessment, k: number, input: AssessDocInput): (Paragraph | Table)[] {
  const targetText = new Map(input.plan.targets.map((t) => [t.id, t.text]));
  const exceeded = o.targets.filter((t) => t.standing === 'exceeded');
  const out: (Paragraph | Table)[] = [bodyParagraph(ASSESS_DOC.orgHeading(k + 1, o.name), { bold: true, keepNext: true }), orgTable(o, input), SPACER()];
  out.push(bodyParagraph(capitalise(o.proposal.reason)));
  if (exceeded.length > 0) {
    const items = exceeded.map((t) => ASSESS_DOC.exceededItem(targetText.get(t.targetId) ?? t.targetId, t.exceededBy === null ? '' : pct(t.exceededBy)));
    out.push(bodyParagraph(ASSESS_DOC.exceededList(items.join('; '))));
  }
  const judgement = o.proposal.band ? input.judgement?.get(o.proposal.band) : undefined;
  if (judgement && judgement.length > 0) out.push(bodyParagraph(ASSESS_DOC.judgementLine(judgement.join('; ').toLocaleLowerCase('vi')), { italics: true }));
  return out;
}

/** Section II: every key target of every organisation, or a sentence saying the plan marks none. */
function keyTargets(input: AssessDocInput): (Paragraph | Table)[] {
  const targetText = new Map(input.plan.targets.map((t) => [t.id, t.text]));
  const rows = input.assessment.organizations.flatMap((o) =>
    o.targets.filter((t) => t.key).map((t) => [o.name, targetText.get(t.targetId) ?? t.targetId, t.value === null ? '' : formatViNumber(t.value), TARGET_STANDING_LABEL[t.standing]]),
  );
  if (rows.length === 0) return [bodyParagraph(ASSESS_DOC.noKeyTargets)];
  return [gridTable(ASSESS_DOC.keyColumns, rows.map((r, i) => [String(i + 1), ...r]), [8, 24, 38, 12, 18], ['center', 'left', 'left', 'right', 'left'], input.settings)];
}

/**
 * "BÁO CÁO kết quả thực hiện nhiệm vụ năm … và đề xuất xếp loại" in the official format: the
 * report's header, title, signature and page setup (src/report), a table per organisation,
 * the key targets, and the proposals side by side with the committee's decisions.
 */
export async function writeAssessmentDocx(input: AssessDocInput): Promise<{ buffer: Buffer; findings: Finding[] }> {
  const { plan, assessment, settings, wording } = input;
  const findings: Finding[] = [...checkAuthority(settings)];
  const image = await readSignatureImage(settings.signer.image);
  if (settings.signer.image && !image) findings.push(makeFinding('report/signature-image-missing', { path: ['signer', 'image'] }, { image: settings.signer.image }));
  const mark = settings.headingStyle === 'I.' ? '.' : '-';
  const h1 = (i: number, text: string) => bodyParagraph(`${ROMAN[i]}${mark} ${text}`, { bold: true, keepNext: true });
  const { year } = assessment;
  const orgs = assessment.organizations;
  const summaryRows = orgs.map((o, i) => [
    String(i + 1),
    o.name,
    proposalCell(o),
    o.decision ? (input.bandNames.get(o.decision.band) ?? o.decision.band) : '',
    o.missingQuarters.length > 0 ? timelinessNote(o) : '',
  ]);
  const children: (Paragraph | Table)[] = [
    headerBlock({ upperBody: settings.upperBody, issuer: settings.issuer, numberLine: numberLine(settings, wording), placeDate: placeDateLine(settings, wording, year) }, settings, wording),
    ...titleBlock(ASSESS_DOC.title, ASSESS_DOC.summary(year), settings),
    bodyParagraph(ASSESS_DOC.opening(citeSource(plan, wording).citation, settings.issuerName, year, orgs.length)),
    bodyParagraph(ASSESS_DOC.rulesLine(assessment.rules.title, assessment.rules.version)),
    ...(assessment.rules.note ? [bodyParagraph(ASSESS_DOC.noteLine(assessment.rules.note), { italics: true })] : []),
    bodyParagraph(ASSESS_DOC.method),
    h1(0, ASSESS_DOC.sectionResults(year)),
    ...orgs.flatMap((o, k) => orgParagraphs(o, k, input)),
    h1(1, ASSESS_DOC.sectionKey),
    ...keyTargets(input),
    h1(2, ASSESS_DOC.sectionProposal(year)),
    bodyParagraph(ASSESS_DOC.proposalIntro),
    gridTable(ASSESS_DOC.summaryColumns, summaryRows, [8, 30, 23, 19, 20], ['center', 'left', 'left', 'left', 'left'], settings),
    SPACER(),
    bodyParagraph(ASSESS_DOC.closing(year, settings.issuerName)),
    line('', { size: 8 }),
    signatureBlock(settings.recipients, settings.signer, image, settings, wording),
  ];
  const doc = new Document({ styles: documentStyles(settings), sections: [{ ...portraitSection(settings), children }] });
  return { buffer: await Packer.toBuffer(doc), findings };
}

/** "chưa có báo cáo quý III, quý IV" for the summary table's note column. */
function timelinessNote(o: OrgAssessment): string {
  const names = o.missingQuarters.map((q) => periodNameLower(q).replace(/ năm \d+$/, ''));
  return ASSESS_DOC.missingNote(names.join(', '));
}
