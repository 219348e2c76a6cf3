import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { INGEST_FILE_CODES } from '../model/codes/ingest.ts';
import type { Finding } from '../model/finding.ts';
import type { IngestBatchResult, IngestFileResult, IngestOptions, PreparedFile, PrepareFn, PrepareReady } from '../model/ingest.ts';
import { hasErrors, makeFinding } from '../vi/messages/index.ts';
import { writeFeedback } from './feedback.ts';
import { cumulativeDecreased } from './history-check.ts';
import { checkReplacement } from './versions.ts';
import { formatReceivedAt } from '../vi/status-export-text.ts';
import { prepareFile } from './prepare-file.ts';
import { describeError } from '../vi/errors.ts';
import { expandPaths } from './walk.ts';
import { lockedFindings } from './locked.ts';
import { formOverlap, ingestConsolidated, isConsolidatedWorkbook } from './consolidated.ts';
import { unitFindings } from './unit-check.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { STORE_BATCH_LOST } from '../model/store.ts';

/** Findings that mean the file could not be read as a workbook at all: the errors of the codes' "file" group. */
const UNREADABLE = new Set<string>(Object.entries(INGEST_FILE_CODES).flatMap(([code, severity]) => (severity === 'error' ? [code] : [])));

/**
 * Files stored in one transaction at most: the transaction stays short (≈ 0.5 ms a file), since
 * other users of the store (the web server) wait for it.
 */
const GROUP_MAX = 32;

/**
 * Files read before they are stored in one transaction: by this thread (the serial path, the
 * default on a two-core machine), or waited for from the workers (parallel.ts) — a commit per
 * group rather than per file. Measured in one thread on the 800 bench forms, the main thread's
 * own work per form (store checks and writes) is ≈ 0.35 ms CPU at 16, ≈ 0.36 at 8, ≈ 0.32 at 32,
 * ≈ 0.5 one per transaction. A result is reported at most a group's reading time later
 * (≈ 16 × 2 ms).
 */
export const STORE_GROUP = 16;

/** How the batch's folders are walked: never into the feedback folder (the same for the parallel ingest, which lists them too). */
export function walkOptions(options: Pick<IngestOptions, 'feedbackDir'>): { exclude: string[] } {
  return { exclude: options.feedbackDir ? [options.feedbackDir] : [] };
}

/**
 * Ingests files and folders: each file read and checked on its own (one broken file never stops
 * the batch), every file logged. Inputs are only read. `prepare` can be replaced (e.g. by a
 * worker pool) as long as it returns the same.
 *
 * Storing: the files whose per-file work is done when the store is free (a worker pool's, read
 * ahead) are stored in one transaction, each in its own savepoint — a file whose store write
 * fails is rolled back alone and recorded as store-failed, the others are stored. Read in this
 * thread (no `prepare` given), up to STORE_GROUP files are read and then stored together; a
 * `prepare` without `ready` stores one file per transaction. A file's result is
 * reported (`onFile`, `onProgress`, the results) only after the commit that holds it, so
 * nothing reported is lost by a crash; feedback copies are written after the commit too.
 */
export async function ingestFiles(paths: readonly string[], options: IngestOptions, prepare?: PrepareFn): Promise<IngestBatchResult> {
  const { plan, planHash, store } = options;
  const receivedAt = options.receivedAt ?? new Date().toISOString();
  const run: PrepareFn =
    prepare ?? ((p) => prepareFile(p, plan, planHash, { ...(options.password ? { password: options.password } : {}), ...(options.period ? { period: options.period } : {}) }));
  store.savePlan(plan, planHash);
  if (options.feedbackDir) await mkdir(options.feedbackDir, { recursive: true });
  const { files, missing, skipped } = await expandPaths(paths, walkOptions(options));
  const keep = options.keepFiles ?? true;
  const results: IngestFileResult[] = [];
  const summary: IngestBatchResult['summary'] = { accepted: 0, superseded: 0, held: 0, archived: 0, duplicate: 0, rejected: 0, unreadable: 0 };
  const done = (result: IngestFileResult): void => {
    summary[result.outcome]++;
    if (keep) results.push(result);
    options.onFile?.(result);
  };
  for (const m of missing) {
    const findings = [makeFinding('ingest/not-found', { file: m })];
    done({ file: m, sha256: '', outcome: 'unreadable', org: null, period: null, submissionId: null, findings });
  }
  // onProgress: once per file, in order, before its result.
  let progressed = 0;
  const progress = (i: number): void => {
    for (; progressed <= i; progressed++) options.onProgress?.({ done: progressed, total: files.length, file: files[progressed] ?? '' });
  };
  const trees = new Map<string, UnitTreeAt>();
  // Files prepared and not stored yet, from files[i] on, in batch order.
  const held: PreparedFile[] = [];
  // Files up to this index are stored one per transaction (a group's transaction was lost).
  let soloUntil = 0;
  for (let i = 0; i < files.length; ) {
    if (held.length === 0) {
      progress(i);
      held.push(await settle(files[i]!, run));
    }
    // The next files whose results are in already: stored with it, in one transaction.
    while (held.length < GROUP_MAX && i + held.length < files.length) {
      const next = files[i + held.length]!;
      const r = run.ready?.(next);
      if (!r) break;
      held.push(asPrepared(next, r));
    }
    // Read in this thread (no `prepare` given): the next few files read now, stored with it in
    // one transaction as well — a commit per group rather than per file.
    while (prepare === undefined && held.length < STORE_GROUP && i + held.length < files.length) {
      progress(i + held.length);
      held.push(await settle(files[i + held.length]!, run));
    }
    const first = held[0]!;
    // A unit's consolidated workbook from below: read again and stored on its own (consolidated.ts).
    if (isConsolidatedWorkbook(first)) {
      held.shift();
      const result = await ingestConsolidated(first, options, receivedAt);
      progress(i);
      done(result);
      i += 1;
      continue;
    }
    let n = 1;
    while (i >= soloUntil && n < held.length && !isConsolidatedWorkbook(held[n]!)) n++;
    const group = held.slice(0, n);
    let stored: StoredForm[];
    try {
      stored = storeGroup(group, options, receivedAt, trees);
    } catch (error) {
      // The group's transaction is rolled back — SQLite rolled it back whole (a full disk, an I/O
      // error), or logging a failed file failed too: nothing of it was stored or reported. Its
      // files again, one per transaction, as the serial ingest stores them (the failure, if it
      // comes again, stops the batch after the files before it are stored and reported).
      const lost = batchLost(error);
      if (n === 1) throw lost ? ((error as Error).cause ?? error) : error;
      soloUntil = i + n;
      continue;
    }
    held.splice(0, n);
    for (const [k, s] of stored.entries()) {
      progress(i + k);
      done(await withFeedback(s, options));
    }
    i += n;
  }
  progress(files.length - 1);
  options.onProgress?.({ done: files.length, total: files.length, file: '' });
  return { files: results, summary, skipped };
}

/** A file's per-file work; its failure made an unreadable file's result. */
async function settle(file: string, run: PrepareFn): Promise<PreparedFile> {
  try {
    return await run(file);
  } catch (error) {
    return asPrepared(file, { ok: false, error });
  }
}

function asPrepared(file: string, settled: PrepareReady): PreparedFile {
  if (settled.ok) return settled.value;
  return { file, sha256: '', size: 0, xlsx: null, read: { data: null, findings: [makeFinding('ingest/unreadable', { file }, { reason: describeError(settled.error) })] } };
}

/** A file checked against the store and stored (or its failure logged), before the commit. */
interface StoredForm {
  result: IngestFileResult;
  /** The bytes read, for a feedback copy. */
  xlsx: Uint8Array | null;
}

/**
 * Forms checked against the store and stored in one transaction, each in its own savepoint:
 * a file whose store write throws is rolled back alone and logged as store-failed. Throws (and
 * stores nothing) when recording that failure throws too, or when the transaction was lost.
 */
function storeGroup(group: readonly PreparedFile[], options: IngestOptions, receivedAt: string, trees: Map<string, UnitTreeAt>): StoredForm[] {
  const { store } = options;
  return store.batch(() =>
    group.map((prepared) => {
      try {
        return store.batch(() => storeForm(prepared, options, receivedAt, trees));
      } catch (error) {
        if (batchLost(error)) throw error;
        return storeFailed(prepared, error, options, receivedAt);
      }
    }),
  );
}

/** A form whose store write threw (its writes rolled back): logged as refused, with the reason. */
function storeFailed(prepared: PreparedFile, error: unknown, options: IngestOptions, receivedAt: string): StoredForm {
  const { file, read } = prepared;
  const data = read.data;
  const findings = [makeFinding('ingest/store-failed', { file }, { reason: describeError(error) })];
  const { base } = resultBase(prepared);
  options.store.recordFailure({ ...base, receivedAt, outcome: 'rejected', planId: options.plan.id, unit: data?.unit ?? null, findings });
  return { result: { ...base, outcome: 'rejected', submissionId: null, findings }, xlsx: null };
}

/** The annotated copy for the office, when the file was refused or warned (after the commit). */
async function withFeedback({ result, xlsx }: StoredForm, options: IngestOptions): Promise<IngestFileResult> {
  const worth = result.outcome === 'rejected' || result.findings.some((f) => f.severity === 'warning');
  if (options.feedbackDir && xlsx && worth) {
    try {
      result.feedbackFile = await writeFeedback(xlsx, result.file, result.findings, options.feedbackDir);
    } catch {
      // A feedback copy is a courtesy: failing to write it never changes the outcome.
    }
  }
  return result;
}

function storeForm(prepared: PreparedFile, options: IngestOptions, receivedAt: string, trees: Map<string, UnitTreeAt>): StoredForm {
  const { plan, store } = options;
  const file = prepared.file;
  const { read } = prepared;
  const data = read.data;
  const findings: Finding[] = [...read.findings];
  const { base, unit } = resultBase(prepared);
  // With a units file: the form's unit must be in the tree of its period and have the organisation.
  if (data && options.units) findings.push(...unitFindings(plan, options.units, data, file, trees));

  // The same bytes as an accepted workbook: a no-op.
  const previous = prepared.sha256 ? store.findBySha?.(plan.id, prepared.sha256) : null;
  if (previous && data && !hasErrors(findings)) {
    const dup = makeFinding('ingest/duplicate', { file }, { previousFile: previous.fileName });
    store.recordAccepted({ ...data, fileName: file, sha256: prepared.sha256, receivedAt, findings: [dup] });
    return { result: { ...base, outcome: 'duplicate', submissionId: previous.id, findings: [dup] }, xlsx: null };
  }
  // An approved unit's period is locked (src/approve): nothing new is stored for it until it is returned.
  if (data && !hasErrors(findings)) findings.push(...lockedFindings(store, data, file));
  if (data && !hasErrors(findings)) findings.push(...cumulativeDecreased(plan, data, read, store, file));
  // Never counted twice: a unit's report a workbook from below already brings.
  const overlap = data && !hasErrors(findings) ? formOverlap(store, data, file) : null;
  if (overlap) findings.push(overlap);
  // A new version that would lose figures of the current one, or changed its locked title cells.
  const replacement = data && !hasErrors(findings) ? decideReplacement(options, data, read, file, receivedAt) : null;
  if (replacement) findings.push(...replacement.findings);
  const hold = replacement?.heldArgs !== undefined;

  let result: IngestFileResult;
  if (data && !hasErrors(findings)) {
    const cells = Object.fromEntries(Object.entries(read.cells ?? {}).map(([key, at]) => [key, at.cell]));
    const r = store.recordAccepted({ ...data, fileName: file, sha256: prepared.sha256, receivedAt, findings, cells, ...(hold ? { hold } : {}) });
    const at = { file, org: data.org, ...(data.unit ? { unit: data.unit } : {}), period: data.period };
    if (r.outcome === 'superseded' && r.supersededId !== null) {
      const old = store.submissionById(r.supersededId);
      findings.push(makeFinding('ingest/superseded', at, { previousFile: old?.fileName ?? '' }));
    }
    if (r.outcome === 'held' && r.submissionId !== null) {
      findings.push(makeFinding('ingest/held', at, { ...replacement?.heldArgs, version: r.submissionId, org: data.org, period: data.period }));
    }
    if (r.outcome === 'archived' && r.submissionId !== null) {
      const current = r.currentId ? store.submissionById(r.currentId) : null;
      findings.push(
        makeFinding('ingest/archived', at, {
          receivedAt: formatReceivedAt(receivedAt),
          currentFile: current ? basename(current.fileName) : '',
          currentReceivedAt: current ? formatReceivedAt(current.receivedAt) : '',
          version: r.submissionId,
        }),
      );
    }
    if (r.outcome === 'duplicate') findings.splice(0, findings.length, makeFinding('ingest/duplicate', { file }, { previousFile: file }));
    result = { ...base, outcome: r.outcome, submissionId: r.submissionId, findings };
  } else {
    const outcome = !data && findings.some((f) => UNREADABLE.has(f.code)) ? 'unreadable' : 'rejected';
    store.recordFailure({ file, sha256: base.sha256, receivedAt, outcome, planId: plan.id, org: base.org, unit: data ? (data.unit ?? '') : (unit ?? null), period: base.period, findings });
    result = { ...base, outcome, submissionId: null, findings };
  }
  return { result, xlsx: prepared.xlsx };
}

/**
 * What the current version would lose to this one (emptied figures, changed title cells), and
 * what the setting says to do: the findings to add (a refusal when rejecting), and when held,
 * what the held finding names.
 */
function decideReplacement(
  options: IngestOptions,
  data: NonNullable<PreparedFile['read']['data']>,
  read: PreparedFile['read'],
  file: string,
  receivedAt: string,
): { findings: Finding[]; heldArgs?: { previousFile: string; reasons: string } } {
  // This unit's current version: a commune's new version never replaces another commune's.
  const current = options.store.currentVersion(options.plan.id, data.org, data.period, data.unit ?? '');
  const check = checkReplacement(current, data, read, file, receivedAt);
  if (check.reasons === null || !current) return { findings: check.findings };
  const args = { previousFile: basename(current.fileName), reasons: check.reasons };
  switch (options.onRemovedFigures ?? 'hold') {
    case 'accept':
      return { findings: check.findings };
    case 'reject':
      return { findings: [...check.findings, makeFinding('ingest/replacement-refused', { file, org: data.org, ...(data.unit ? { unit: data.unit } : {}), period: data.period }, args)] };
    case 'hold':
      return { findings: check.findings, heldArgs: args };
  }
}

/** What every result of a file says of it: file, hash, organisation, unit and period, from its data or, when unread, its findings. */
function resultBase(prepared: PreparedFile) {
  const { read } = prepared;
  const data = read.data;
  const unit = data ? data.unit : read.findings.find((f) => f.unit)?.unit;
  const base = { file: prepared.file, sha256: prepared.sha256, org: data?.org ?? orgOf(read.findings), ...(unit ? { unit } : {}), period: data?.period ?? periodOf(read.findings) };
  return { base, unit };
}

/** Whether a store error means the whole enclosing transaction was rolled back (Store.batch). */
const batchLost = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === STORE_BATCH_LOST;

const orgOf = (findings: readonly Finding[]) => findings.find((f) => f.org)?.org ?? null;
const periodOf = (findings: readonly Finding[]) => findings.find((f) => f.period)?.period ?? null;
