import { convertWithLibreOffice } from '../util/libreoffice.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { SignError } from './sign-error.ts';

const TIMEOUT_MS = 120_000;

/** Renders a .docx to PDF with LibreOffice headless, the same way ingest converts spreadsheets. */
export async function docxToPdf(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  const r = await convertWithLibreOffice(bytes, { extension: '.docx', convertTo: 'pdf:writer_pdf_Export', outputExtension: '.pdf', timeoutMs: TIMEOUT_MS, tempPrefix: 'baocao-sign-' });
  if (!r.ok && r.problem === 'no-libreoffice') throw new SignError([makeFinding('sign/no-libreoffice', { file })]);
  if (!r.ok) throw new SignError([makeFinding('sign/convert-failed', { file }, { file, reason: r.reason })]);
  return new Uint8Array(r.bytes);
}
