import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readConsolidated } from './consolidated-read.ts';
import { lockedFindings } from './locked.ts';
import type { Finding } from '../model/finding.ts';
import type { IngestFileResult, IngestOptions, PreparedFile, SubmissionData } from '../model/ingest.ts';
import type { PeriodId } from '../model/period.ts';
import type { Store } from '../model/store.ts';
import type { ConsolidatedIdentity } from '../model/consolidate.ts';
import type { Overlap } from '../model/upward.ts';
import { describeError } from '../vi/errors.ts';
import { hasErrors, makeFinding } from '../vi/messages/index.ts';
import { parsePeriod, periodName, periodNameLower } from '../vi/period.ts';
import { formatReceivedAt } from '../vi/status-export-text.ts';
import { OVERLAP_TEXT } from '../vi/consolidate-text.ts';

/** Whether a file's findings say it is a unit's consolidated workbook (identify.ts recognises its identity sheet). */
export const isConsolidatedWorkbook = (prepared: PreparedFile): boolean => prepared.read.findings.some((f) => f.code === 'ingest/consolidated-workbook');

/**
 * A unit's consolidated workbook from below, in the same batch as forms: read and checked by
 * readConsolidated (the data hash: an edited number is an error naming its sheet and cell; plan
 * id and hash; the period asked for), then the sending unit against the receiving office's tree
 * of the period (it must exist and sit below the receiving unit; without a tree: accepted with a
 * warning), then stored — superseding the unit's earlier version, or refused when a report it
 * brings is already counted here through a form or another unit's workbook (ingest/overlap).
 * A refused file changes nothing in the store but the log.
 */
export async function ingestConsolidated(prepared: PreparedFile, options: IngestOptions, receivedAt: string): Promise<IngestFileResult> {
  const { plan, planHash, store } = options;
  const file = prepared.file;
  const base = { file, sha256: prepared.sha256, org: null, submissionId: null };
  const refuse = (findings: Finding[], unit: string | null, period: string | null, outcome: 'rejected' | 'unreadable' = 'rejected'): IngestFileResult => {
    store.recordFailure({ file, sha256: prepared.sha256, receivedAt, outcome, planId: plan.id, org: null, unit, period, findings });
    return { ...base, outcome, period, findings, ...(unit ? { unit } : {}) };
  };
  if (!store.recordConsolidated) return refuse(prepared.read.findings, null, null);
  let bytes: Uint8Array;
  try {
    bytes = prepared.xlsx ?? (await readFile(file));
  } catch (error) {
    return refuse([makeFinding('ingest/unreadable', { file }, { reason: describeError(error) })], null, null, 'unreadable');
  }
  const read = await readConsolidated(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { planId: plan.id, planHash, ...(options.period ? { period: options.period } : {}) }, file);
  const unit = read.identity?.unit.code ?? null;
  const period = read.identity?.period ?? null;
  if (!read.ok) return refuse(read.findings, unit, period);
  const { identity } = read;
  const findings: Finding[] = [...read.findings, ...unitChecks(identity, options, file)];
  // An approved unit (or one under an approved unit) is locked here: its new workbook waits for a return.
  if (!hasErrors(findings)) findings.push(...lockedFindings(store, { planId: plan.id, period: identity.period, org: '', unit: identity.unit.code }, file));
  if (hasErrors(findings)) return refuse(findings, identity.unit.code, identity.period);

  const at = { file, period: identity.period };
  const periodLabel = parsePeriod(identity.period) ? periodName(identity.period as PeriodId) : identity.period;
  findings.push(
    makeFinding('ingest/consolidated-accepted', at, {
      unit: identity.unit.code,
      unitName: identity.unit.name,
      periodName: periodLabel,
      included: identity.included.length,
      missing: identity.missing.length,
    }),
  );
  const r = store.recordConsolidated({ planId: plan.id, planHash, fileName: file, sha256: prepared.sha256, receivedAt, identity, rows: read.rows, texts: read.texts, findings });
  if (r.outcome === 'overlap') {
    const refused = [...findings.filter((f) => f.code !== 'ingest/consolidated-accepted'), overlapFinding(r.overlaps, at)];
    return refuse(refused, identity.unit.code, identity.period);
  }
  const previous = (id: number | null | undefined) => (id ? store.consolidatedById?.(id) : null);
  if (r.outcome === 'duplicate') {
    const dup = makeFinding('ingest/duplicate', { file }, { previousFile: previous(r.id)?.fileName ?? file });
    return { ...base, outcome: 'duplicate', period: identity.period, findings: [dup], unit: identity.unit.code, consolidatedId: r.id };
  }
  if (r.outcome === 'superseded') findings.push(makeFinding('ingest/superseded', at, { previousFile: previous(r.supersededId)?.fileName ?? '' }));
  if (r.outcome === 'archived') {
    const current = previous(r.currentId);
    findings.push(
      makeFinding('ingest/consolidated-archived', at, {
        receivedAt: formatReceivedAt(receivedAt),
        currentFile: current ? basename(current.fileName) : '',
        currentReceivedAt: current ? formatReceivedAt(current.receivedAt) : '',
      }),
    );
  }
  return { ...base, outcome: r.outcome, period: identity.period, findings, unit: identity.unit.code, consolidatedId: r.id };
}

/** The sending unit against the receiving office's tree of the workbook's period. */
function unitChecks(identity: ConsolidatedIdentity, options: IngestOptions, file: string): Finding[] {
  const at = { file, period: identity.period };
  const unit = identity.unit.code;
  if (!options.receiving) return [makeFinding('ingest/consolidated-unit-unchecked', at, { unit })];
  const tree = options.receiving.tree.at(identity.period);
  const periodLabel = parsePeriod(identity.period) ? periodNameLower(identity.period as PeriodId) : identity.period;
  if (!tree.get(unit)) return [makeFinding('ingest/consolidated-unknown-unit', at, { unit, periodName: periodLabel, unitsFile: options.receiving.unitsFile ?? '--units' })];
  const receiver = options.receiving.unit ?? tree.roots()[0]?.code ?? '';
  const below = receiver !== unit && tree.subtreeOf(receiver).some((u) => u.code === unit);
  if (below) {
    // The sender's tree may differ from ours: reports of units that are not below it here.
    const ours = new Set(tree.subtreeOf(unit).map((u) => u.code));
    const elsewhere = [...new Set(identity.included.map((i) => i.unit).filter((u) => !ours.has(u)))];
    if (elsewhere.length === 0) return [];
    return [makeFinding('ingest/consolidated-units-elsewhere', at, { unit, unitName: identity.unit.name, units: elsewhere.join(', '), periodName: periodLabel })];
  }
  return [
    makeFinding('ingest/consolidated-not-below', at, {
      unit,
      unitName: tree.get(unit)?.name ?? identity.unit.name,
      receiver,
      receiverName: tree.get(receiver)?.name ?? receiver,
      periodName: periodLabel,
    }),
  ];
}

/** The units and organisations counted twice, and the files they are already counted through. */
function overlapFinding(overlaps: readonly Overlap[], at: { file: string; period: string }): Finding {
  const byUnit = new Map<string, string[]>();
  for (const o of overlaps) byUnit.set(o.unit, [...new Set([...(byUnit.get(o.unit) ?? []), o.org])]);
  const units = [...byUnit].map(([u, orgs]) => OVERLAP_TEXT.unitOrgs(u, orgs)).join(', ');
  const files = [...new Set(overlaps.map((o) => (o.kind === 'form' ? OVERLAP_TEXT.form(basename(o.fileName)) : OVERLAP_TEXT.consolidated(o.via ?? '', basename(o.fileName)))))];
  return makeFinding('ingest/overlap', at, { units, otherFiles: files.join(', ') });
}

/**
 * A form for a unit whose report a current workbook from below already brings for the period:
 * the ingest/overlap finding to refuse it with, or null. Forms of the office's own unit ('') are
 * never inside a workbook from below.
 */
export function formOverlap(store: Pick<Store, 'workbookCovering'>, data: Pick<SubmissionData, 'planId' | 'org' | 'unit' | 'period'>, file: string): Finding | null {
  if (!data.unit) return null;
  const w = store.workbookCovering?.(data.planId, data.period, data.unit, data.org);
  if (!w) return null;
  return overlapFinding([{ unit: data.unit, org: data.org, kind: 'consolidated', fileName: w.fileName, via: w.unit }], { file, period: data.period });
}
