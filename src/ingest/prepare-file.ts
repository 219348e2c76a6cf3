import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Finding } from '../model/finding.ts';
import type { PreparedFile, ReadResult } from '../model/ingest.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanParts } from '../model/plan-parts.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { convertToXlsx } from './convert.ts';
import { decryptWorkbook } from './decrypt.ts';
import { readSubmission } from './read-submission.ts';
import { describeError } from '../vi/errors.ts';
import { sniff } from './sniff.ts';
import { LIMITS, inspectZip } from './zip-inspect.ts';

export interface PrepareOptions {
  password?: string;
  period?: string;
  /** Where an organisation's tasks and targets come from when `plan` is only the skeleton (ingest workers). */
  parts?: PlanParts;
  /** false: read baocao's own forms through exceljs too (see ReadOptions). */
  fastRead?: boolean;
}

const fail = (findings: Finding[]): ReadResult => ({ data: null, findings });
type Format = 'xls' | 'ods' | 'html';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The whole per-file work, pure: a path in, a serialisable result out (bytes of the .xlsx
 * read, findings, data). Never throws for a bad file; the input is only read. Store writes
 * are left to the caller, so this can run in a worker thread.
 */
export async function prepareFile(path: string, plan: Plan, planHash: string, options: PrepareOptions = {}): Promise<PreparedFile> {
  const file = path;
  let size = 0;
  // Read synchronously on purpose: a filled form is tens of KB, and this runs in an ingest worker
  // that has nothing else to do meanwhile (or in a one-file CLI run). An asynchronous read hops to
  // libuv's thread pool for open, stat, read and close, and on a busy two-core machine each hop
  // waits for a core: the worker stood idle a tenth of the time (bench/README.md).
  try {
    size = statSync(path).size;
  } catch (error) {
    return { file, sha256: '', size, xlsx: null, read: fail([makeFinding('ingest/unreadable', { file }, { reason: describeError(error) })]) };
  }
  if (size > LIMITS.maxFileBytes) {
    // Hashed as a stream, never loaded whole.
    const hash = await hashFile(path).catch(() => '');
    return { file, sha256: hash, size, xlsx: null, read: fail([makeFinding('ingest/too-large', { file }, { size: mb(size), limit: mb(LIMITS.maxFileBytes) })]) };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { file, sha256: '', size, xlsx: null, read: fail([makeFinding('ingest/unreadable', { file }, { reason: describeError(error) })]) };
  }
  return prepareBytes(bytes, file, plan, planHash, options);
}

/** Same as prepareFile, from bytes already in memory. */
export async function prepareBytes(bytes: Uint8Array, file: string, plan: Plan, planHash: string, options: PrepareOptions = {}): Promise<PreparedFile> {
  const hash = sha256(bytes);
  const done = (read: ReadResult, xlsx: Uint8Array | null = null): PreparedFile => ({ file, sha256: hash, size: bytes.length, xlsx, read });
  try {
    const opened = await openAsXlsx(bytes, file, options.password);
    if ('findings' in opened) return done(fail(opened.findings));
    const read = await readSubmission(opened.xlsx, file, plan, planHash, {
      ...(options.period ? { period: options.period } : {}),
      ...(options.parts ? { parts: options.parts } : {}),
      ...(options.fastRead === false ? { fastRead: false } : {}),
    });
    return done({ ...read, findings: [...opened.notes, ...read.findings] }, opened.xlsx);
  } catch (error) {
    return done(fail([makeFinding('ingest/unreadable', { file }, { reason: describeError(error) })]));
  }
}

type Opened = { xlsx: Uint8Array; notes: Finding[] } | { findings: Finding[] };

/** Bytes → the bytes of an .xlsx exceljs can read: limits, decryption, conversion. */
async function openAsXlsx(bytes: Uint8Array, file: string, password: string | undefined, depth = 0): Promise<Opened> {
  const at = { file };
  if (bytes.length > LIMITS.maxFileBytes) return { findings: [makeFinding('ingest/too-large', at, { size: mb(bytes.length), limit: mb(LIMITS.maxFileBytes) })] };
  const kind = sniff(bytes);
  switch (kind) {
    case 'empty':
      return { findings: [makeFinding('ingest/empty-file', at)] };
    case 'unknown':
      return { findings: [makeFinding('ingest/not-a-spreadsheet', at, { detected: 'unknown' })] };
    case 'zip': {
      const z = await inspectZip(bytes);
      if (!z.ok && z.problem === 'truncated') return { findings: [makeFinding('ingest/truncated', at, { reason: z.reason })] };
      if (!z.ok) return { findings: [makeFinding('ingest/zip-bomb', at, { size: mb(z.unzippedBytes), ratio: `${z.ratio}:1` })] };
      if (z.content === 'xlsx') return { xlsx: bytes, notes: [] };
      if (z.content === 'ods') return convert(bytes, file, 'ods');
      return { findings: [makeFinding('ingest/not-a-spreadsheet', at, { detected: z.content === 'other' ? 'zip' : z.content })] };
    }
    case 'cfb': {
      const d = await decryptWorkbook(bytes, password);
      if (d.state === 'locked') return { findings: [makeFinding('ingest/encrypted', at, { wrongPassword: d.wrongPassword ? 'yes' : undefined })] };
      if (d.state === 'decrypted' && depth === 0) {
        const inner = await openAsXlsx(d.bytes, file, password, 1);
        return 'findings' in inner ? inner : { xlsx: inner.xlsx, notes: [makeFinding('ingest/decrypted', at), ...inner.notes] };
      }
      return convert(bytes, file, 'xls');
    }
    case 'html':
      return convert(bytes, file, 'html');
  }
}

async function convert(bytes: Uint8Array, file: string, format: Format): Promise<Opened> {
  const at = { file };
  const ext = format === 'html' ? '.html' : `.${format}`;
  const r = await convertToXlsx(bytes, ext, format === 'html' ? 'HTML (StarCalc)' : undefined);
  if (!r.ok && r.problem === 'no-libreoffice') return { findings: [makeFinding('ingest/needs-libreoffice', at, { format: format })] };
  if (!r.ok) return { findings: [makeFinding('ingest/conversion-failed', at, { format: format, reason: r.reason })] };
  return { xlsx: r.bytes, notes: [makeFinding('ingest/converted', at, { format: format })] };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
