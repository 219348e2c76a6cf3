/** What the bytes of a file are, whatever its name says. */
export type FileKind =
  | 'empty'
  /** A zip container: .xlsx, .ods, .docx… (inspect the entries to know which). */
  | 'zip'
  /** An OLE compound file: old .xls, or an encrypted .xlsx. */
  | 'cfb'
  /** An HTML table saved as "xls" by web software. */
  | 'html'
  | 'unknown';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, CFB)) return 'cfb';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^<(!doctype html|html|table|\?xml[^>]*>\s*<html)/.test(head) || /<html[\s>]/.test(head.slice(0, 512))) return 'html';
  return 'unknown';
}

/** Names of spreadsheet files taken when walking a folder (content decides later). */
export const SPREADSHEET_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm', '.xls', '.ods', '.htm', '.html'];
