import { z } from 'zod';
import type { PeriodEvaluation } from './evaluation.ts';
import type { Finding } from './finding.ts';
import type { PeriodId } from './period.ts';
import type { Plan } from './plan.ts';
import type { Submission } from './submission.ts';
import { SigningSettingsSchema } from './sign.ts';

const Text = z.string().trim().min(1);
const Line = z.string().trim();

/**
 * Above this many organisations the outputs switch to their large-population form: the Word
 * appendix counts targets per organisation instead of listing each, and the Excel export puts
 * every organisation's rows on one sheet instead of a sheet each. See bench/README.md ("Report").
 */
export const LARGE_POPULATION_ORGS = 60;

/** Party documents (Hướng dẫn 36-HD/VPTW) or state documents (Nghị định 30/2020/NĐ-CP). */
export const ReportProfileSchema = z.enum(['party', 'state']);
export type ReportProfile = z.infer<typeof ReportProfileSchema>;

export const SignerSchema = z.strictObject({
  /** "K/T TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ"; empty when the head signs directly. */
  authority: Line.default(''),
  /** "PHÓ TRƯỞNG BAN". */
  title: Text,
  name: Line.default(''),
  /** PNG/JPEG of the signature, placed between title and name. */
  image: Text.optional(),
});
export type Signer = z.infer<typeof SignerSchema>;

/** Twips (1 mm ≈ 56.7). Defaults: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm. */
export const MarginsSchema = z.strictObject({
  top: z.number().int().min(0).max(4000).default(1134),
  bottom: z.number().int().min(0).max(4000).default(1134),
  left: z.number().int().min(0).max(4000).default(1701),
  right: z.number().int().min(0).max(4000).default(850),
});

/**
 * The header of an organisation's own documents (its summary, `report --org`): the left column
 * (superior body, the organisation with its province, a mark under it) and the right column (the
 * motto line its documents carry), and its number line.
 */
export const OrgHeaderSchema = z.strictObject({
  /** Superior body, capitals regular: ["ỦY BAN MTTQ VIỆT NAM"]; may be empty. */
  upperBody: z.array(Line).default([]),
  /** The organisation with its province, capitals bold: ["HỘI CỰU CHIẾN BINH", "TỈNH BÌNH THUẬN"]. */
  issuer: z.array(Text).min(1),
  /**
   * The right column: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] (two
   * lines: 13 bold, then 14 bold underlined) or one line 15 bold underlined ("ĐOÀN TNCS HỒ CHÍ MINH").
   */
  motto: z.array(Text).min(1).max(2),
  /** The mark under the issuer ("*", "***"); empty: a short rule. */
  mark: z.string().trim().default(''),
  /** "Số: {number}/BC-CCB" — {number} is the number given, or blank for the registry clerk. */
  numberLine: Text.regex(/\{number\}/),
});
export type OrgHeader = z.infer<typeof OrgHeaderSchema>;

/**
 * A unit's own report (`report --unit <code>`): what differs from the settings' own issuer block.
 * Every field is optional; an absent one is taken from the unit's place in the tree (see
 * src/unit-report/settings.ts), never from the province's header.
 */
export const UnitDocumentSchema = z.strictObject({
  /** Superior body, capitals: ["THỊ ỦY LA GI"]. */
  upperBody: z.array(Line).optional(),
  /** The issuing body, capitals bold: ["BAN DÂN VẬN"]. */
  issuer: z.array(Text).min(1).optional(),
  /** The issuing body in running text: "Ban Dân vận Thị ủy". */
  issuerName: Text.optional(),
  /** The number's prefix: "15-BC/BDVThU". */
  symbol: z.strictObject({ type: Text.default('BC'), organ: Text }).optional(),
  place: Text.optional(),
  signer: SignerSchema.optional(),
  recipients: z.array(Text).min(1).optional(),
  /**
   * The organisations' names at this unit, by code ({ TDTN: "Huyện Đoàn Phú Quý" }); absent: the
   * plan's names with a closing "tỉnh" replaced by the unit's level ("Hội Cựu chiến binh huyện").
   */
  orgNames: z.record(z.string(), Text).optional(),
});
export type UnitDocument = z.infer<typeof UnitDocumentSchema>;

/** The document settings of templates/report.yaml, overridable from the command line. */
export const ReportSettingsSchema = z.strictObject({
  profile: ReportProfileSchema.default('party'),
  /** Lines of the upper body, capitals: ["TỈNH ỦY BÌNH THUẬN"]. */
  upperBody: z.array(Line).default(['TỈNH ỦY BÌNH THUẬN']),
  /** Lines of the issuing body, capitals bold: ["BAN DÂN VẬN"]. */
  issuer: z.array(Text).min(1).default(['BAN DÂN VẬN']),
  /** The issuing body as named in running text: "Ban Dân vận Tỉnh ủy". */
  issuerName: Text.default('Ban Dân vận Tỉnh ủy'),
  symbol: z
    .strictObject({ type: Text.default('BC'), organ: Text.default('BDVTU') })
    .default({ type: 'BC', organ: 'BDVTU' }),
  /** Document number; missing → left blank for the registry clerk. */
  number: z.union([z.number().int().min(1), z.string().trim().regex(/^\d+$/)]).optional(),
  place: Text.default('Bình Thuận'),
  /** ISO date of the document; missing → blank day and month. */
  date: z.iso.date().optional(),
  signer: SignerSchema,
  /** Distribution list, without the leading "- " and the final punctuation. */
  recipients: z.array(Text).min(1),
  /** Line spacing in lines (1 = single). */
  lineSpacing: z.number().min(1).max(3).default(1.15),
  /** Spacing after a body paragraph, in points. */
  paragraphAfter: z.number().min(0).max(24).default(6),
  /** First-line indent of body paragraphs, twips (567 = 1 cm). */
  firstLineIndent: z.number().int().min(0).max(1500).default(567),
  headingStyle: z.enum(['I.', 'I-']).default('I.'),
  margins: MarginsSchema.default({ top: 1134, bottom: 1134, left: 1701, right: 850 }),
  /** Share of the text width given to the left header column. */
  headerLeftShare: z.number().min(0.2).max(0.6).default(0.4),
  /** Font size of the appendix tables, points. */
  tableFontSize: z.number().min(10).max(14).default(12),
  appendix: z.boolean().default(true),
  /**
   * The most organisations whose appendix lists every target (one row each). With more, the
   * appendix gives one row per organisation (targets by status) and points to the Excel export,
   * which holds the detail: a few hundred target rows are already some 30 landscape pages.
   */
  appendixDetailMaxOrgs: z.number().int().min(1).default(LARGE_POPULATION_ORGS),
  /** The line under the title and the appendix heading (Party practice "-----"). */
  titleRule: z.string().default('-----'),
  /** Whether the signer's title line is bold (the spec's practice: regular under a bold authority line). */
  signatureTitleBold: z.boolean().default(false),
  /** Empty lines left for the signature and seal when there is no signature image. */
  signatureBlankLines: z.number().int().min(0).max(10).default(4),
  /** Page numbers in the header from page 2. */
  pageNumbers: z.boolean().default(true),
  /** Each organisation's own document header, by organisation code (its summary, `report --org`). */
  orgHeaders: z.record(z.string(), OrgHeaderSchema).default({}),
  /** Each unit's own report header, number prefix, place and signer, by unit code (`report --unit`). */
  units: z.record(z.string(), UnitDocumentSchema).default({}),
  /** What `baocao sign` draws and signs (src/sign); absent: its defaults. */
  signing: SigningSettingsSchema.optional(),
});
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;
export type ReportSettingsInput = z.input<typeof ReportSettingsSchema>;

/** Overrides a command line may give on top of the settings file. */
export interface ReportSettingsOverrides {
  number?: string | number;
  date?: string;
  signerName?: string;
  profile?: ReportProfile;
}

/** Every sentence pattern and heading of the report (templates/report-wording.yaml); {name} placeholders. */
export const ReportWordingSchema = z.strictObject({
  title: Text,
  summary: Text,
  orgSummaryTitle: Text,
  orgSummarySummary: Text,
  opening: Text,
  citation: Text,
  closing: Text,
  orgClosing: Text,
  docTypes: z.record(z.string(), Text),
  sections: z.strictObject({
    results: Text,
    assessment: Text,
    proposals: Text,
    focus: Text,
    strengths: Text,
    shortcomings: Text,
    difficulties: Text,
    proposalsList: Text,
  }),
  orgSummarySections: z.strictObject({
    numbers: Text,
    tasks: Text,
    difficulties: Text,
    proposals: Text,
  }),
  target: z.strictObject({
    cumulative: Text,
    level: Text,
    ahead: Text,
    noData: Text,
    fallback: Text,
    /** A result of 0 on a target that is not a cap: {target} not done yet (never "0 vụ việc, đạt 0%"). */
    notDone: Text,
    /** A unit's report: a figure of a target not allotted to the unit ("{phrase}"). */
    notAllotted: Text.default('{phrase} (chỉ tiêu chưa phân bổ cho đơn vị)'),
    /** A result carried from an earlier quarter: {sentence} (the clause as above), {from} ("quý II năm 2024"). */
    carried: Text,
  }),
  /** Words before a target number that the result sentence drops ("ít nhất", "phấn đấu"). */
  comparatorWords: z.array(Text),
  leadingWords: z.array(Text),
  /** Words that start a name: a clause beginning with one keeps its capital after ":". */
  keepCapital: z.array(Text),
  org: z.strictObject({
    numbersIntro: Text,
    reportedIntro: Text,
    missing: Text,
    notDue: Text,
    rejected: Text,
    late: Text,
    noNumbers: Text,
    tasksDone: Text,
    /** Large populations (more organisations than settings.appendixDetailMaxOrgs): section I gives each organisation's counts; this line says where the detail is. */
    summaryNote: Text,
    /** …and each organisation's targets as counts: {ok}, {total}, {behind}, {noData}. */
    numbersSummary: Text,
  }),
  assessment: z.strictObject({
    strengthsIntro: Text,
    achievedTarget: Text,
    onTimeOrgs: Text,
    noStrengths: Text,
    /** No organisation has reported the period: nothing to assess yet. */
    noReports: Text,
    behindTarget: Text,
    moreBehind: Text,
    /** moreBehind when the appendix counts targets per organisation (the detail is in the Excel file). */
    moreBehindExcel: Text,
    /** A task past its due date and not reported done: {org}, {task}, {deadline}. Optional: older wording files lack it. */
    overdueTask: Text.optional(),
    /** Term plans: a target below the year's milestone ({org}, {target}, {value}, {milestone}, {year}, {lead}). */
    laggingTarget: Text.optional(),
    /** Appended when the target names a leader in charge ({lead}). */
    laggingLead: Text.optional(),
    /** The value of a lagging term target without a figure. */
    laggingNoValue: Text.optional(),
    noDataTarget: Text,
    lateOrgs: Text,
    missingOrgs: Text,
    rejectedOrgs: Text,
    dataIssues: Text,
    noShortcomings: Text,
  }),
  proposals: z.strictObject({ item: Text, none: Text }),
  focusNone: Text,
  /** How many targets the strengths and the shortcomings name before pointing to the appendix. */
  listLimit: z.number().int().min(1).max(200),
  /** Cap on an organisation's own text per task, characters. */
  condenseChars: z.number().int().min(80).max(5000),
  /** Cap on an organisation's own text in section I, characters. */
  condenseOrgChars: z.number().int().min(200).max(20000),
  ellipsis: z.string(),
  appendix: z.strictObject({
    label: Text,
    title: Text,
    attached: Text,
    attachedBlankNumber: Text,
    targetsTitle: Text,
    completenessTitle: Text,
    targetColumns: z.array(Text).length(7),
    /** The result cell of a target carried from an earlier quarter: {value}, {from} ("quý II"). */
    carriedValue: Text,
    completenessColumns: z.array(Text).length(6),
    /** Large populations: the per-organisation table replacing the per-target one. */
    orgTargetsTitle: Text,
    /** Its first columns (STT, Đơn vị, Số chỉ tiêu); one column per target status follows, labelled as elsewhere. */
    orgTargetColumns: z.array(Text).length(3),
    total: Text,
    detailInExcel: Text,
  }),
  orgRecipients: z.array(Text).min(1),
  numberLine: z.strictObject({ party: Text, state: Text }),
  placeDate: Text,
  placeDateBlank: Text,
  partyHeader: Text,
  stateHeader: z.array(Text).length(2),
  recipientsLabel: Text,
  /** The reminder letter (công văn đôn đốc) to the organisations that have not sent a valid report. */
  reminder: z.strictObject({
    /** Its type code in the number line: "CV" → "Số 16-CV/BDVTU". */
    type: Text,
    /** The summary under the number (12 pt italic): {period}. */
    about: Text,
    addresseesLabel: Text,
    opening: Text,
    statusLine: Text,
    statusLineDated: Text,
    /** {orgs}: the organisations that have not sent, named; the Dated form with {date}. */
    rejectedItem: Text,
    request: Text,
    closing: Text,
    recipients: z.array(Text).min(1),
  }),
});
export type ReportWording = z.infer<typeof ReportWordingSchema>;

/** One block of the report body, as built from the evaluation (src/report/content) for the docx writer. */
export type ReportBlockKind = 'h1' | 'h2' | 'h3' | 'p' | 'dash' | 'plus';
export interface ReportBlock {
  kind: ReportBlockKind;
  text: string;
}

/** A row of the appendix targets table (display strings, numbers already formatted). */
export interface AppendixTargetRow {
  no: string;
  org: string;
  target: string;
  planned: string;
  value: string;
  ratio: string;
  status: string;
}

/** A row of the per-organisation targets table of a large population: counts, already formatted. */
export interface AppendixOrgTargetsRow {
  no: string;
  org: string;
  targets: string;
  achieved: string;
  onTrack: string;
  behind: string;
  /** Targets with only figures carried from an earlier quarter (status "carried"). */
  carried: string;
  noData: string;
}

export interface AppendixCompletenessRow {
  no: string;
  org: string;
  status: string;
  receivedAt: string;
  deadline: string;
  note: string;
}

/** The units table of a unit's report: rows of display strings; `bold` rows are level subtotals and the total. */
export interface AppendixUnitsTable {
  title: string;
  columns: string[];
  rows: Array<{ cells: string[]; bold: boolean }>;
}

/** Everything the docx writer prints, already worded. */
export interface ReportContent {
  title: string;
  summary: string;
  body: ReportBlock[];
  appendix: {
    label: string;
    title: string;
    attached: string;
    targetsTitle: string;
    targetColumns: string[];
    /** One row per target; empty when `byOrg` replaces it. */
    targets: AppendixTargetRow[];
    /** Large populations (more organisations than settings.appendixDetailMaxOrgs): one row per organisation, a total, and where the detail is. */
    byOrg: {
      columns: string[];
      rows: AppendixOrgTargetsRow[];
      total: AppendixOrgTargetsRow;
      note: string;
    } | null;
    completenessTitle: string;
    completenessColumns: string[];
    completeness: AppendixCompletenessRow[];
    /**
     * A unit's report (`report --unit`): the units of its subtree with their reporting rates,
     * grouped by level; it takes the place of the organisations' completeness table.
     */
    units?: AppendixUnitsTable;
  } | null;
}

/** What buildReport needs: the plan, the period's evaluation and submissions, settings and wording. */
export interface ReportInput {
  plan: Plan;
  period: PeriodId;
  evaluation: PeriodEvaluation;
  /** Current accepted submissions of the period (their texts and signers). */
  submissions: Submission[];
  /** Findings of the period (ingest, evaluation), for the record; not printed in the report. */
  findings?: Finding[];
  settings: ReportSettings;
  wording: ReportWording;
}

/** One organisation the reminder letter is sent to, and why. */
export interface ReminderAddressee {
  org: string;
  name: string;
  reason: 'missing' | 'rejected';
}

/** The reminder letter, worded (composeReminder); null from composeReminder when everyone reported. */
export interface ReminderContent {
  /** The summary under the number. */
  about: string;
  addressees: ReminderAddressee[];
  /** The reporting deadline, ISO. */
  deadline: string;
  body: ReportBlock[];
  recipients: string[];
}

/** buildOrgSummary: one organisation, signed by its own signer. */
export interface OrgSummaryInput extends ReportInput {
  org: string;
}
