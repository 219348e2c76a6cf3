/**
 * The demo's chain of levels on the shipped samples: the communes of one district (Huyện Phú Quý,
 * samples/units-2024.yaml) get their forms, fill and send them; the district ingests them,
 * approves each commune, writes its own report and its consolidated workbook; the province
 * ingests that workbook beside its own organisations' forms and approves the district on it.
 * Composed from the stages' public entries, like run-demo.ts; holds no rules of its own.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { addMinutes } from 'date-fns/addMinutes';
import { approvalsToSend, approveUnit, receivedConsolidated, unitApprovals } from './approve/index.ts';
import { consolidatePeriod, writeConsolidated } from './consolidate/index.ts';
import { ingestFiles } from './ingest/index.ts';
import type { FillData } from './model/template.ts';
import type { Finding } from './model/finding.ts';
import type { IngestFileResult } from './model/ingest.ts';
import type { PeriodId } from './model/period.ts';
import type { Plan, Target } from './model/plan.ts';
import { type ReportSettings, type ReportWording, UnitDocumentSchema } from './model/report.ts';
import type { Store } from './model/store.ts';
import { openStore } from './store/index.ts';
import { fillWorkbook, writeUnitTemplates } from './template/index.ts';
import type { UnitTree } from './units/index.ts';
import { writeUnitReport } from './unit-report/index.ts';
import { DEMO_LEVELS_TEXT as T } from './vi/demo-text.ts';
import { PROGRESS_LABEL } from './vi/labels.ts';

/** The district whose communes the demo runs the chain on (three island communes: quick to show). */
export const DEMO_DISTRICT = 'PHUQUY';

export interface LevelsDemoInput {
  plan: Plan;
  planHash: string;
  period: PeriodId;
  /** The units file and its tree. */
  unitsFile: string;
  units: UnitTree;
  /** The demo's folder (the district's files go into a folder of their own inside it). */
  dir: string;
  /** The province's store (the demo's own). */
  province: Store;
  settings: ReportSettings;
  wording: ReportWording;
  /** When the communes send their forms (the district and the province act in the hours after). */
  receivedAt: string;
  now?: string;
}

export interface LevelsDemoResult {
  district: { code: string; name: string };
  /** The district's folder, its store, the communes' filled forms and what became of each. */
  dir: string;
  db: string;
  forms: IngestFileResult[];
  /** Communes approved by the district. */
  approvedCommunes: string[];
  reportFile: string;
  workbookFile: string;
  /** The province's ingest of the district's workbook, and its approval of the district. */
  upward: IngestFileResult;
  provinceApproved: boolean;
  findings: Finding[];
}

/**
 * What a commune's office types: every task in progress with a result, each count and money
 * target a small figure of its own (different per commune, so the sums show). The plan's percents
 * and rates are the province's own levels ("nhân rộng trên 40% huyện") and the sample plan asks
 * for no parts: a commune leaves them blank, so nothing is averaged and nothing is invented.
 */
function communeFill(plan: Plan, org: string, n: number): FillData {
  const tasks: NonNullable<FillData['tasks']> = {};
  const own = new Set(plan.tasks.filter((t) => t.org === org).map((t) => t.id));
  for (const id of own) tasks[id] = { progress: PROGRESS_LABEL.in_progress, result: T.communeResult };
  const targets: NonNullable<FillData['targets']> = {};
  for (const t of plan.targets.filter((x: Target) => own.has(x.task))) {
    if (t.kind === 'percent' || t.kind === 'rate') continue;
    const cumulative = Math.max(1, Math.round(t.value / 80)) + n;
    targets[t.id] = { inPeriod: String(Math.ceil(cumulative / 2)), cumulative: String(cumulative) };
  }
  return { tasks, targets, info: { reporterName: T.reporter, reporterPhone: '0252 3769 123', reportDate: '', signerTitle: 'CHỦ TỊCH', signerName: T.signer } };
}

/** Runs the chain; the province's store receives the district's workbook and approval. */
export async function runLevelsDemo(input: LevelsDemoInput): Promise<LevelsDemoResult> {
  const { plan, planHash, period, units, province } = input;
  const tree = units.at(period);
  const unit = tree.get(DEMO_DISTRICT);
  if (!unit) throw new Error(`${DEMO_DISTRICT} is not in the units of ${period}`);
  const dir = join(input.dir, `cap-duoi-${DEMO_DISTRICT}`);
  const blank = join(dir, `bieu-mau-xa-${period}`);
  const filled = join(dir, 'xa-gui-len');
  await mkdir(filled, { recursive: true });
  const findings: Finding[] = [];
  const at = (minutes: number) => addMinutes(new Date(input.receivedAt), minutes).toISOString();

  // The communes' forms and the district's own organisations', filled as their offices would.
  const written = await writeUnitTemplates(plan, planHash, units, { under: DEMO_DISTRICT }, input.unitsFile, { period, outDir: blank });
  const own = await writeUnitTemplates(plan, planHash, units, { unit: DEMO_DISTRICT }, input.unitsFile, { period, outDir: blank });
  findings.push(...written.findings, ...own.findings);
  const communes = tree.childrenOf(DEMO_DISTRICT).map((c) => c.code);
  const paths: string[] = [];
  for (const f of [...written.files, ...own.files]) {
    const file = join(filled, basename(f.path));
    await writeFile(file, await fillWorkbook(await readFile(f.path), communeFill(plan, f.org, communes.indexOf(f.unit ?? '') + 1)), { flag: 'wx' });
    paths.push(file);
  }

  // The district: ingest, approve each commune, its own report, the workbook it sends up.
  const db = join(dir, 'huyen.db');
  const store = openStore(db);
  let forms: IngestFileResult[];
  const approvedCommunes: string[] = [];
  const reportFile = join(dir, `bao-cao-${DEMO_DISTRICT}-${period}.docx`);
  const workbookFile = join(dir, `tong-hop-${DEMO_DISTRICT}-${period}.xlsx`);
  try {
    store.savePlan(plan, planHash);
    forms = (await ingestFiles(paths, { plan, planHash, store, period, receivedAt: at(0), units })).files;
    const scope = { store, plan, period, tree };
    for (const code of communes) {
      const outcome = approveUnit(scope, code, { actor: T.districtApprover, at: at(60) });
      if (outcome.ok) approvedCommunes.push(code);
      findings.push(...outcome.findings);
    }
    // The district's own header, as its office would set it in templates/report.yaml (units:).
    const settings = { ...input.settings, units: { ...input.settings.units, [DEMO_DISTRICT]: UnitDocumentSchema.parse(T.districtDocument) } };
    const report = await writeUnitReport({ store, plan, period, tree, unit: DEMO_DISTRICT, settings, wording: input.wording, signerName: T.districtSigner, ...(input.now ? { now: input.now } : {}) });
    await writeFile(reportFile, report.buffer, { flag: 'wx' });
    findings.push(...report.findings);
    const approved = approvalsToSend(unitApprovals(store, plan.id, period), tree, DEMO_DISTRICT);
    const { result, completeness } = consolidatePeriod({ plan, period, store, tree, unit: DEMO_DISTRICT, approved, createdAt: at(90) });
    await writeConsolidated(workbookFile, plan, result, completeness);
  } finally {
    store.close();
  }

  // The province: the workbook is ingested like a form, then the district approved on it.
  const root = tree.roots()[0]?.code;
  const up = await ingestFiles([workbookFile], {
    plan,
    planHash,
    store: province,
    period,
    receivedAt: at(120),
    receiving: { tree: units, ...(root ? { unit: root } : {}), unitsFile: basename(input.unitsFile) },
  });
  const upward = up.files[0];
  if (!upward) throw new Error('the district workbook was not ingested');
  const scope = { store: province, plan, period, tree, consolidated: receivedConsolidated(province, plan.id, period) };
  const provinceApproval = approveUnit(scope, DEMO_DISTRICT, { actor: T.provinceApprover, at: at(180) });
  findings.push(...provinceApproval.findings);
  return {
    district: { code: unit.code, name: unit.name },
    dir,
    db,
    forms,
    approvedCommunes,
    reportFile,
    workbookFile,
    upward,
    provinceApproved: provinceApproval.ok,
    findings,
  };
}
