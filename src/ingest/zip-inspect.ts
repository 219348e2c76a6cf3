import { type ZipDirectory, readZipDirectory } from '../xlsx/zip-parts.ts';
import { describeError } from '../vi/errors.ts';

/** Limits that guard against oversized or malicious files (a filled template is tens of KB). */
export const LIMITS = {
  /** Largest file accepted, bytes. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Largest total size once unzipped, bytes. */
  maxUnzippedBytes: 100 * 1024 * 1024,
  /** Largest compression ratio of one entry bigger than `ratioFloorBytes`. */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
} as const;

export type ZipContent = 'xlsx' | 'ods' | 'docx' | 'pptx' | 'other';

export type ZipInspection =
  | { ok: true; content: ZipContent; unzippedBytes: number }
  | { ok: false; problem: 'truncated'; reason: string }
  | { ok: false; problem: 'zip-bomb'; unzippedBytes: number; ratio: number };

/**
 * Reads only the central directory (declared sizes), never inflating anything, and says what
 * the zip holds and whether it is within the limits. The directory is read once per file: the
 * form reader takes it over (src/xlsx/zip-parts.ts).
 */
export async function inspectZip(bytes: Uint8Array): Promise<ZipInspection> {
  let directory: ZipDirectory;
  try {
    directory = await readZipDirectory(bytes, LIMITS.maxEntries);
  } catch (error) {
    return { ok: false, problem: 'truncated', reason: describeError(error) };
  }
  const names: string[] = [];
  let unzipped = 0;
  let worstRatio = 0;
  for (const entry of directory.entries) {
    names.push(entry.fileName);
    unzipped += entry.uncompressedSize;
    if (entry.uncompressedSize > LIMITS.ratioFloorBytes) {
      worstRatio = Math.max(worstRatio, entry.uncompressedSize / Math.max(1, entry.compressedSize));
    }
  }
  if (unzipped > LIMITS.maxUnzippedBytes || worstRatio > LIMITS.maxRatio || names.length > LIMITS.maxEntries) {
    return { ok: false, problem: 'zip-bomb', unzippedBytes: unzipped, ratio: Math.round(worstRatio) };
  }
  return { ok: true, content: contentOf(names, bytes), unzippedBytes: unzipped };
}

function contentOf(names: readonly string[], bytes: Uint8Array): ZipContent {
  const has = (n: string) => names.includes(n);
  if (has('xl/workbook.xml') || names.some((n) => /^xl\/workbook\d*\.xml$/.test(n))) return 'xlsx';
  // OpenDocument stores its mimetype first and uncompressed: readable from the raw bytes.
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  if (has('content.xml') && head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (has('word/document.xml')) return 'docx';
  if (has('ppt/presentation.xml')) return 'pptx';
  return 'other';
}
