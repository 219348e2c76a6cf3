import { Workbook } from '../xlsx/exceljs.ts';
import { readForm } from '../xlsx/form-reader.ts';
import type { SheetAccess, WorkbookAccess } from '../xlsx/sheet-access.ts';
import type { Finding, FindingLocation } from '../model/finding.ts';
import type { ReadResult } from '../model/ingest.ts';
import type { Plan } from '../model/plan.ts';
import type { ReportedTarget, ReportedTask, ReporterInfo } from '../model/submission.ts';
import { INFO_SHEET_NAME, type ColumnKey, type InfoKey } from '../model/workbook-meta.ts';
import { type Reference, loadInstructions } from '../form/index.ts';
import { parseViDate } from '../vi/date.ts';
import { describeError } from '../vi/errors.ts';
import { PROGRESS_LABEL, parseProgress } from '../vi/labels.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { matchKey } from '../vi/text.ts';
import { type CellRead, type LegacyConversion, cellText, holdsExactly, readCell } from './cells.ts';
import { columnIndex } from '../xlsx/columns.ts';
import { identify } from './identify.ts';
import { readNumberCell } from './numbers.ts';
import { expectedRows, matchRows } from './row-match.ts';
import { runRules, taskLabelArgs } from './rules.ts';
import { planIndex } from '../plan/index.ts';
import type { PlanParts } from '../model/plan-parts.ts';
import { titleBlockChanges } from './title-block.ts';
import { readParts } from './parts.ts';
import { unitFormWithoutIdentity } from './unit-from-title.ts';
import { partRowId } from '../model/workbook-meta.ts';

export interface ReadOptions {
  /** The period being received; workbooks of other periods are reported as wrong-period. */
  period?: string;
  /** Where an organisation's tasks and targets come from when `plan` is only the skeleton (ingest workers). */
  parts?: PlanParts;
  /** false: load every workbook through exceljs, baocao's own forms too (tests compare the two readers). */
  fastRead?: boolean;
}

const TEXT_KEYS = ['result', 'difficulties', 'proposals'] as const;

/**
 * Worksheet parts exceljs may skip when reading a filled form: ingest reads cell values, their
 * number formats and fonts, and merged ranges, never the form's input rules, highlighting or print
 * setup. The input rules alone are half of a form's sheet XML (a prompt and an error message per
 * input range) and exceljs copies each onto every cell of its range; skipping them takes ≈ 4 % off
 * each workbook's load (bench/README.md). `ignoreNodes` is exceljs's own reader option. The
 * feedback copy of a workbook is loaded whole (feedback.ts).
 */
const UNREAD_SHEET_PARTS = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'pageMargins',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'rowBreaks',
] as const;

/** Any workbook the fast form reader leaves alone, through exceljs. */
async function loadWithExceljs(buffer: Uint8Array): Promise<WorkbookAccess> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) as unknown as ArrayBuffer, { ignoreNodes: [...UNREAD_SHEET_PARTS] });
  return wb;
}

const ALLOWED_PROGRESS = Object.values(PROGRESS_LABEL).map((l) => `"${l}"`).join(', ');

/**
 * Reads one .xlsx workbook: identifies it, reads and normalises every input cell, checks locked
 * content and the rules. Pure: bytes in, data and findings out (nothing is stored).
 */
export async function readSubmission(
  buffer: Uint8Array,
  fileName: string,
  /** The plan, or only its skeleton when `options.parts` gives each organisation's part. */
  basePlan: Plan,
  planHash: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const file = fileName;
  let wb: WorkbookAccess;
  try {
    // baocao's own forms through the fast reader; anything it does not read exactly, through exceljs.
    wb = (options.fastRead === false ? null : await readForm(buffer)) ?? (await loadWithExceljs(buffer));
  } catch (error) {
    return { data: null, findings: [makeFinding('ingest/unreadable', { file }, { reason: describeError(error) })] };
  }
  const { identity, findings } = await identify(wb, basePlan, planHash, {
    file,
    ...(options.period ? { period: options.period } : {}),
    ...(options.parts ? { parts: options.parts } : {}),
  });
  if (!identity) return { data: null, findings };
  const { org, period, layout, reference, plan } = identity;
  const unit = identity.unit;
  const ws = wb.getWorksheet(layout.sheet);
  if (!ws) return { data: null, findings: [...findings, makeFinding('ingest/unknown-workbook', { file, org, period })] };

  const matched = matchRows(ws, identity, plan, file);
  findings.push(...matched.findings);
  const legacy: LegacyConversion[] = [];
  const base = { file, org, ...(unit ? { unit } : {}), period, sheet: ws.name };
  const at = (key: ColumnKey, row: number | undefined): FindingLocation & { cell?: string } => {
    const letter = layout.columns[key];
    // base's fields written out, not spread: V8's generic copy of a spread took ≈ 3 µs a call here,
    // ≈ 5 % of a form's read (bench/README.md). Same fields, same order.
    return letter && row ? { file: base.file, org: base.org, period: base.period, sheet: base.sheet, cell: `${letter}${row}`, row, col: columnIndex(letter) } : base;
  };
  // at(key, row) followed by a target's or a task's ids: written out for the same reason.
  const atTarget = (key: ColumnKey, row: number, targetId: string, taskId: string): FindingLocation & { cell?: string } => {
    const letter = layout.columns[key];
    return letter
      ? { file: base.file, org: base.org, period: base.period, sheet: base.sheet, cell: `${letter}${row}`, row, col: columnIndex(letter), targetId, taskId }
      : { file: base.file, org: base.org, period: base.period, sheet: base.sheet, targetId, taskId };
  };
  const atTask = (key: ColumnKey, row: number, taskId: string): FindingLocation & { cell?: string } => {
    const letter = layout.columns[key];
    return letter
      ? { file: base.file, org: base.org, period: base.period, sheet: base.sheet, cell: `${letter}${row}`, row, col: columnIndex(letter), taskId }
      : { file: base.file, org: base.org, period: base.period, sheet: base.sheet, taskId };
  };
  const read = (key: ColumnKey, row: number | undefined): CellRead => {
    const letter = layout.columns[key];
    return letter && row ? readCell(ws, `${letter}${row}`, legacy) : { kind: 'empty' };
  };
  const header = (key: ColumnKey) => reference.headers[key] ?? key;

  // Numbers of the targets.
  const targets = new Map<string, ReportedTarget>();
  const cells: Record<string, { sheet: string; cell: string }> = {};
  const { targetById } = planIndex(plan);
  const expected = expectedRows(plan, org);
  for (const e of expected.filter((x) => x.kind === 'target')) {
    const target = targetById.get(e.id);
    const row = matched.rows.get(e.id);
    if (!target || row === undefined) continue;
    const remarks: string[] = [];
    const values = (['inPeriod', 'cumulative'] as const).map((key) => {
      const where = atTarget(key, row, e.id, target.task);
      if (where.cell) cells[`${e.id}/${key}`] = { sheet: ws.name, cell: where.cell };
      const r = readNumberCell(read(key, row), { at: where, target, column: header(key) });
      findings.push(...r.findings);
      if (r.remark && !remarks.includes(r.remark)) remarks.push(r.remark);
      return r.value;
    });
    targets.set(e.id, { targetId: e.id, inPeriod: values[0] ?? null, cumulative: values[1] ?? null, ...(remarks.length ? { remark: remarks.join('; ') } : {}) });
  }

  // The parts of percent and rate targets that declare them, and their checks against the level.
  findings.push(...readParts(plan, expected, targets, (part, id) => {
    const row = matched.rows.get(partRowId(id, part));
    const where = { ...at('cumulative', row), targetId: id };
    if (where.cell) cells[`${id}/${part}`] = { sheet: ws.name, cell: where.cell };
    return { read: read('cumulative', row), where, cumulativeAt: at('cumulative', matched.rows.get(id)), inPeriodAt: at('inPeriod', matched.rows.get(id)) };
  }, { cumulative: header('cumulative'), inPeriod: header('inPeriod') }));

  // Progress and texts of the tasks.
  const tasks = new Map<string, ReportedTask>();
  for (const e of expected.filter((x) => x.kind === 'task')) {
    const row = matched.rows.get(e.id);
    if (row === undefined) continue;
    const loc = atTask('progress', row, e.id);
    const progressText = cellText(read('progress', row));
    const progress = progressText ? parseProgress(progressText) : null;
    if (!progressText) {
      findings.push(makeFinding('ingest/missing-progress', loc, { ...taskLabelArgs(plan, e.id), allowed: ALLOWED_PROGRESS }));
    } else if (!progress) {
      findings.push(makeFinding('ingest/invalid-progress', { ...loc, actual: progressText }, { actual: progressText, column: header('progress'), allowed: ALLOWED_PROGRESS }));
    }
    const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, cellText(read(k, row))])) as Record<(typeof TEXT_KEYS)[number], string>;
    tasks.set(e.id, { taskId: e.id, progress, ...texts });
  }

  findings.push(...lockedContent(ws, identity.reference, layout.columns, matched.rows, base, legacy));
  findings.push(...titleBlockChanges(ws, plan, org, period, identity.headerRow, base, legacy, identity.unitName));
  if (identity.via === 'id-column') {
    const lost = unitFormWithoutIdentity(ws, plan, org, period, identity.headerRow, base);
    if (lost) findings.push(lost);
  }

  // Reporter and signer.
  const infoSheet = wb.getWorksheet(INFO_SHEET_NAME);
  const infoText = (key: InfoKey): string => {
    const address = layout.info[key];
    return infoSheet && address ? cellText(readCell(infoSheet, address, legacy)) : '';
  };
  const dateCell = infoSheet && layout.info.reportDate ? readCell(infoSheet, layout.info.reportDate, legacy) : ({ kind: 'empty' } as const);
  const info: ReporterInfo = {
    reporterName: infoText('reporterName'),
    reporterPhone: infoText('reporterPhone'),
    reportDate: dateCell.kind === 'date' ? dateCell.iso : dateCell.kind === 'text' ? parseViDate(dateCell.text) : null,
    signerName: infoText('signerName'),
    signerTitle: infoText('signerTitle'),
    signerAuthority: infoText('signerAuthority'),
  };

  const labels = loadInstructions().info.fields;
  findings.push(
    ...runRules({
      plan,
      org,
      targets,
      tasks,
      info,
      infoLabel: (k) => labels[k].label,
      where: (id, key, infoKey) => {
        if (key === 'info') {
          const address = layout.info[infoKey as InfoKey];
          return { ...base, sheet: INFO_SHEET_NAME, ...(address ? { cell: address } : {}) };
        }
        return at(key, matched.rows.get(id));
      },
    }),
  );
  for (const l of dedupeLegacy(legacy)) {
    findings.push(
      makeFinding('ingest/legacy-encoding', { file, org, period, sheet: l.sheet, cell: l.cell, actual: l.original }, {
        encoding: l.encoding,
        font: l.font || '?',
        converted: l.converted.slice(0, 80),
      }),
    );
  }
  return {
    data: { planId: plan.id, planHash, org, ...(unit ? { unit } : {}), period, targets: [...targets.values()], tasks: [...tasks.values()], info },
    findings,
    cells,
  };
}

/** Texts of the locked columns (task text, target, unit…) compared with the template as issued. */
function lockedContent(
  ws: SheetAccess,
  reference: Pick<Reference, 'meta' | 'headers' | 'labels'>,
  columns: Partial<Record<ColumnKey, string>>,
  rows: ReadonlyMap<string, number>,
  base: FindingLocation,
  legacy: LegacyConversion[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { id } of reference.meta.rows) {
    const row = rows.get(id);
    const expectedTexts = reference.labels.get(id);
    if (row === undefined || !expectedTexts) continue;
    for (const [key, expected] of Object.entries(expectedTexts) as [ColumnKey, string][]) {
      const letter = columns[key];
      if (!letter) continue;
      // Most locked cells hold the text exactly as issued: nothing to decode, clean or report.
      if (holdsExactly(ws, row, letter, expected)) continue;
      const actual = cellText(readCell(ws, `${letter}${row}`, legacy));
      if (expected === actual || matchKey(expected) === matchKey(actual)) continue;
      findings.push(
        makeFinding('ingest/locked-content-changed', { ...base, cell: `${letter}${row}`, row, col: columnIndex(letter), actual, expected, ...idOf(id, reference.meta.rows) }, {
          column: reference.headers[key],
          actual: actual.slice(0, 120),
          expected: expected.slice(0, 120),
        }),
      );
    }
  }
  return findings;
}

function idOf(id: string, rows: Array<{ id: string; kind?: string }>): { taskId?: string; targetId?: string } {
  return rows.find((r) => r.id === id)?.kind === 'target' ? { targetId: id } : { taskId: id };
}

function dedupeLegacy(list: readonly LegacyConversion[]): LegacyConversion[] {
  const seen = new Map<string, LegacyConversion>();
  for (const l of list) seen.set(`${l.sheet}!${l.cell}`, l);
  return [...seen.values()];
}
