/**
 * Reads a decision as plain text: .docx through mammoth (docx-text.ts), text
 * files as UTF-8 (or UTF-16 with a byte-order mark). The kind is sniffed from the bytes.
 */
import { readFile } from 'node:fs/promises';
import type { Finding } from '../../model/finding.ts';
import { describeError } from '../../vi/errors.ts';
import { IMPORT_TEXT } from '../../vi/import-words.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { docxText } from './docx-text.ts';

export type ReadTextResult = { ok: true; text: string } | { ok: false; findings: Finding[] };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The text of a .docx or .txt decision; a finding 'import/unreadable' when it cannot be read. */
export async function readDecisionText(file: string): Promise<ReadTextResult> {
  const unreadable = (reason: string): ReadTextResult => ({
    ok: false,
    findings: [makeFinding('import/unreadable', { file }, { file, reason })],
  });
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unreadable(describeError(error));
  }
  if (bytes.length === 0) return unreadable(IMPORT_TEXT.emptyFile);
  if (bytes.subarray(0, 4).equals(OLE)) return unreadable(IMPORT_TEXT.legacyDoc);
  if (bytes.subarray(0, 4).equals(ZIP)) {
    try {
      return { ok: true, text: await docxText(bytes) };
    } catch (error) {
      return unreadable(error instanceof Error ? error.message : String(error));
    }
  }
  return { ok: true, text: decodeText(bytes) };
}

/** UTF-16 with a BOM, else UTF-8 (a UTF-8 BOM is dropped). */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
