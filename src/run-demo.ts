/**
 * The whole reporting cycle on the shipped samples, composed from the stages' public entries:
 * plan → ingest of the earlier periods → templates of the demo period (showing the previous
 * cumulative results from the store) → ingest of the demo period → evaluation → consolidated
 * workbook, Word report and one organisation's summary. Holds no rules of its own: every
 * decision is the stages'. Used by `baocao demo` and the end-to-end tests.
 */
import { consolidatePeriod, writeConsolidated } from './consolidate/index.ts';
import { type LevelsDemoResult, runLevelsDemo } from './run-demo-levels.ts';
import { DEFAULT_UNIT_CODE, requireUnits } from './units/index.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { periodFromStore } from './evaluate/index.ts';
import { ingestFiles } from './ingest/index.ts';
import { type SampleReceipts, SampleReceiptsSchema } from './model/demo.ts';
import type { PeriodEvaluation } from './model/evaluation.ts';
import type { Finding } from './model/finding.ts';
import type { IngestFileResult } from './model/ingest.ts';
import type { PeriodId } from './model/period.ts';
import type { Plan } from './model/plan.ts';
import type { ReportSettings } from './model/report.ts';
import { SigningSettingsSchema } from './model/sign.ts';
import type { Submission } from './model/submission.ts';
import type { TemplateFile } from './model/template.ts';
import { requirePlan } from './plan/index.ts';
import {
  collectExportFindings,
  loadReportSettings,
  loadReportWording,
  writeExport,
  writeOrgSummary,
  writeReminder,
  writeReport,
} from './report/index.ts';
import { openStore } from './store/index.ts';
import { writeTemplates } from './template/index.ts';
import { findSoffice } from './util/libreoffice.ts';
import type { SignResult } from './model/sign.ts';
import { demoSigner, signReport } from './sign/index.ts';
import { nextPeriod, periodDeadline, previousQuarter } from './vi/period.ts';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { formatISO } from 'date-fns/formatISO';
import { assessFromStore, loadAssessmentRules, writeAssessment } from './assess/index.ts';
import type { YearAssessment } from './model/assessment.ts';
import { SIGN_TEXT } from './vi/sign-text.ts';

/** The shipped samples folder (next to src/, whatever the working directory). */
export const SAMPLES_DIR = fileURLToPath(new URL('../samples/', import.meta.url));
export const SAMPLE_PLAN = 'plan-2024.yaml';
export const SAMPLE_UNITS = 'units-2024.yaml';
export const SAMPLE_RECEIPTS = 'received.yaml';
export const SAMPLE_FILLED_DIR = 'filled';

/** Where each output of a demo run is written, inside its folder. */
export interface DemoPaths {
  dir: string;
  db: string;
  templates: string;
  feedback: string;
  exportFile: string;
  reportFile: string;
  summaryFile: string;
  /** The reminder letter for the period after the demo's, which nobody has reported yet. */
  reminderFile: string;
  /** The year-end assessment of the store's year so far: the Word report and the committee's sheet. */
  assessDocFile: string;
  assessSheetFile: string;
  /** The report signed with the demo's test certificates (only when LibreOffice is installed). */
  signedFile: string;
  /** The province's consolidated workbook, as a level sends it up (the units below listed as included or missing). */
  consolidatedFile: string;
}

export function demoPaths(dir: string, period: PeriodId, org: string): DemoPaths {
  return {
    dir,
    db: join(dir, 'baocao.db'),
    templates: join(dir, `bieu-mau-${period}`),
    feedback: join(dir, 'phan-hoi'),
    exportFile: join(dir, `tong-hop-${period}.xlsx`),
    reportFile: join(dir, `bao-cao-${period}.docx`),
    summaryFile: join(dir, `bao-cao-${org}-${period}.docx`),
    reminderFile: join(dir, `cong-van-don-doc-${nextPeriod(period)}.docx`),
    assessDocFile: join(dir, `danh-gia-xep-loai-${period.slice(0, 4)}.docx`),
    assessSheetFile: join(dir, `danh-gia-xep-loai-${period.slice(0, 4)}.xlsx`),
    signedFile: join(dir, `bao-cao-${period}-da-ky-so-THU-NGHIEM.pdf`),
    consolidatedFile: join(dir, `tong-hop-gui-cap-tren-${period}.xlsx`),
  };
}

/** A demo folder must be new or empty: a run never mixes with, or overwrites, earlier files. */
export function demoDirState(dir: string): 'absent' | 'empty' | 'not-empty' | 'not-a-directory' {
  if (!existsSync(dir)) return 'absent';
  if (!statSync(dir).isDirectory()) return 'not-a-directory';
  return readdirSync(dir).length === 0 ? 'empty' : 'not-empty';
}

/** Folder name of a run started at `now`: "2024-07-12_083005" (local time, sortable, Windows-safe). */
export function demoFolderName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}_${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

export async function loadSampleReceipts(samplesDir: string = SAMPLES_DIR): Promise<SampleReceipts> {
  return SampleReceiptsSchema.parse(parse(await readFile(join(samplesDir, SAMPLE_RECEIPTS), 'utf8')));
}

export interface DemoOptions {
  /** The new (or empty) folder for every output. */
  dir: string;
  samplesDir?: string;
  /** Evaluation time (default: now). */
  now?: string;
  onStep?: (step: DemoStep) => void;
}

/** Progress of a run, as it happens (the CLI prints it). */
export type DemoStep =
  | { kind: 'ingest'; period: PeriodId; files: number }
  | { kind: 'file'; result: DemoIngested }
  | { kind: 'templates'; period: PeriodId; previous: PeriodId | null; files: TemplateFile[]; dir: string }
  | { kind: 'outputs'; period: PeriodId };

/** One ingested sample file, with the time of receipt it was recorded with. */
export interface DemoIngested extends IngestFileResult {
  /** The period the file was received for (from samples/received.yaml). */
  receivedFor: PeriodId;
  receivedAt: string;
}

export interface DemoResult {
  plan: Plan;
  planHash: string;
  /** The period the demo reports on (the last of samples/received.yaml). */
  period: PeriodId;
  summaryOrg: string;
  paths: DemoPaths;
  templates: TemplateFile[];
  ingested: DemoIngested[];
  evaluation: PeriodEvaluation;
  submissions: Submission[];
  /** Findings of every stage that the demo's outputs did not already absorb (templates, report). */
  findings: Finding[];
  /** The period after the demo's and the organisations its reminder letter is sent to (none: no letter). */
  reminder: { period: PeriodId; orgs: string[] };
  /** The year-end assessment of the demo's year, as far as the store goes (provisional without Q3, Q4). */
  assessment: YearAssessment;
  /** Who signed the demo's signed PDF (test certificates), or null when LibreOffice is missing. */
  signed: SignResult['signed'] | null;
  /** Levels: the tree of units of the period and the province unit's reporting rate over its subtree. */
  levels: { unit: string; units: number; expected: number; received: number };
  /** The chain of levels: a district's communes → the district → the province (src/run-demo-levels.ts). */
  chain: LevelsDemoResult;
}

/** Files of one period in order of receipt. */
function receiptsInOrder(files: Record<string, string>): Array<[string, string]> {
  return Object.entries(files).sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]));
}

/**
 * Runs the demo into `options.dir` (created when absent; must be empty). Throws only when a
 * stage cannot continue (unreadable samples, a folder that is not empty).
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const samplesDir = options.samplesDir ?? SAMPLES_DIR;
  const state = demoDirState(options.dir);
  if (state === 'not-a-directory' || state === 'not-empty') {
    throw new Error(`demo folder must be new or empty: ${options.dir}`);
  }
  const receipts = await loadSampleReceipts(samplesDir);
  const { plan, hash: planHash } = await requirePlan(join(samplesDir, SAMPLE_PLAN));
  const periods = Object.keys(receipts.periods) as PeriodId[];
  const period = periods.at(-1) as PeriodId;
  const paths = demoPaths(options.dir, period, receipts.summaryOrg);
  await mkdir(options.dir, { recursive: true });
  const findings: Finding[] = [];
  const ingested: DemoIngested[] = [];
  let templates: TemplateFile[] = [];

  const store = openStore(paths.db);
  try {
    for (const p of periods) {
      if (p === period) {
        // The templates of the demo period are written once the earlier periods are in the store.
        const written = await writeTemplates(plan, planHash, { period, outDir: paths.templates, store });
        templates = written.files;
        findings.push(...written.findings);
        options.onStep?.({ kind: 'templates', period, previous: previousQuarter(period), files: templates, dir: paths.templates });
      }
      const files = receiptsInOrder(receipts.periods[p] ?? {});
      options.onStep?.({ kind: 'ingest', period: p, files: files.length });
      for (const [name, receivedAt] of files) {
        const batch = await ingestFiles([join(samplesDir, SAMPLE_FILLED_DIR, name)], {
          plan,
          planHash,
          store,
          period: p,
          receivedAt,
          feedbackDir: paths.feedback,
        });
        for (const r of batch.files) {
          const result = { ...r, receivedFor: p, receivedAt };
          ingested.push(result);
          options.onStep?.({ kind: 'file', result });
        }
      }
    }

    options.onStep?.({ kind: 'outputs', period });
    const { evaluation, submissions, log } = periodFromStore(plan, period, store, { now: options.now ?? new Date().toISOString() });
    await writeExport(plan, evaluation, { submissions, findings: collectExportFindings(evaluation, submissions, log) }, paths.exportFile);

    // The demo signs its report (signDemoReport): room for the seal at true size between title and name.
    const settings = { ...(await loadReportSettings(undefined, { date: receipts.reportDate, signerName: receipts.signerName })), signatureBlankLines: DEMO_SIGNATURE_LINES };
    const wording = await loadReportWording();
    const input = { plan, period, evaluation, submissions, settings, wording };
    const report = await writeReport(input);
    await writeFile(paths.reportFile, report.buffer, { flag: 'wx' });
    const summary = await writeOrgSummary({ ...input, org: receipts.summaryOrg });
    await writeFile(paths.summaryFile, summary.buffer, { flag: 'wx' });
    findings.push(...report.findings, ...summary.findings);
    const signed = await signDemoReport(report.buffer, settings, samplesDir, paths.signedFile);

    // Levels: a district's communes report, the district consolidates and sends its workbook up,
    // the province ingests and approves it (src/run-demo-levels.ts); then the province, in the
    // tree of units (samples/units-2024.yaml), consolidated to send up in its turn.
    const unitsFile = join(samplesDir, SAMPLE_UNITS);
    const units = await requireUnits(unitsFile, plan.organizations.map((o) => o.code));
    // The communes send their forms two days before the deadline, at 08:00 (Vietnam, UTC+7).
    const communesSend = `${formatISO(subDays(parseISO(periodDeadline(plan.reporting, period)), 2), { representation: 'date' })}T01:00:00.000Z`;
    const chain = await runLevelsDemo({
      plan, planHash, period, unitsFile, units, dir: options.dir, province: store, settings, wording, receivedAt: communesSend,
      ...(options.now ? { now: options.now } : {}),
    });
    findings.push(...chain.findings);
    const tree = units.at(period);
    const unit = tree.roots()[0]?.code ?? DEFAULT_UNIT_CODE;
    const { result: consolidated, completeness } = consolidatePeriod({ plan, period, store, tree, unit });
    await writeConsolidated(paths.consolidatedFile, plan, consolidated, completeness);
    const top = completeness.units.find((u) => u.code === unit);
    const levels = { unit, units: completeness.units.length, expected: top?.subtree.expected ?? 0, received: top?.subtree.received ?? 0 };

    // The office's next step: the reminder letter for the next quarter, which nobody has sent yet.
    const reminderPeriod = nextPeriod(period);
    const next = periodFromStore(plan, reminderPeriod, store, { now: options.now ?? new Date().toISOString() });
    const reminder = await writeReminder({ plan, period: reminderPeriod, evaluation: next.evaluation, settings: { ...settings, date: undefined }, wording });
    if (reminder) await writeFile(paths.reminderFile, reminder.buffer, { flag: 'wx' });
    const reminded = { period: reminderPeriod, orgs: reminder?.content.addressees.map((a) => a.org) ?? [] };

    // The year-end assessment on the same store: graded on the quarters received so far.
    const year = Number(period.slice(0, 4));
    const rules = await loadAssessmentRules(year);
    const { assessment } = assessFromStore(plan, year, store, rules, { now: options.now ?? new Date().toISOString() });
    const assessOut = { plan, assessment, rules, settings, wording };
    findings.push(...(await writeAssessment(paths.assessDocFile, assessOut)), ...(await writeAssessment(paths.assessSheetFile, assessOut)));

    return { plan, planHash, period, summaryOrg: receipts.summaryOrg, paths, templates, ingested, evaluation, submissions, findings, reminder: reminded, assessment, signed, levels, chain };
  } finally {
    store.close();
  }
}

/** The demo's signature and seal images (drawn for the demo, marked "THỬ NGHIỆM"). */
export const SAMPLE_SIGN_DIR = 'ky-so';
const DEMO_SIGNATURE_LINES = 7;
const DEMO_ORG_NAME = SIGN_TEXT.demoOrganization;

/**
 * Signs the demo report with two freshly generated test certificates (their name says
 * "CHỮ KÝ THỬ NGHIỆM — không có giá trị pháp lý") and the sample images. Skipped (null) when
 * LibreOffice is not installed: the rest of the demo needs no office suite.
 */
async function signDemoReport(docx: Buffer, settings: ReportSettings, samplesDir: string, file: string): Promise<SignResult['signed'] | null> {
  if (!findSoffice()) return null;
  const demoSettings: ReportSettings = {
    ...settings,
    signing: {
      ...SigningSettingsSchema.parse(settings.signing ?? {}),
      signer: { ...SigningSettingsSchema.parse({}).signer, image: join(samplesDir, SAMPLE_SIGN_DIR, 'chu-ky-mau.png') },
      organization: { ...SigningSettingsSchema.parse({}).organization, name: DEMO_ORG_NAME, seal: join(samplesDir, SAMPLE_SIGN_DIR, 'con-dau-mau.png') },
    },
  };
  const result = await signReport({
    bytes: docx,
    file: basename(file),
    settings: demoSettings,
    settingsDir: samplesDir,
    keys: { signer: { kind: 'signer', signer: await demoSigner('signer') }, organization: { kind: 'signer', signer: await demoSigner('organization') } },
  });
  await writeFile(file, result.bytes, { flag: 'wx' });
  return result.signed;
}
