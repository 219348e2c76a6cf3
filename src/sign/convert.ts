import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from '../ingest/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { SignError } from './sign-error.ts';

const TIMEOUT_MS = 120_000;

/**
 * Renders a .docx to PDF with LibreOffice headless, the way src/ingest/convert.ts converts
 * spreadsheets: a private temp folder and profile, a timeout, and a check that the output exists.
 */
export async function docxToPdf(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) throw new SignError([makeFinding('sign/no-libreoffice', { file })]);
  const dir = await mkdtemp(join(tmpdir(), 'baocao-sign-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, bytes);
    const profile = pathToFileURL(join(dir, `lo_${randomUUID()}`)).href;
    const outDir = join(dir, 'out');
    const reason = await new Promise<string | null>((resolve) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, input],
        { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' },
        (error) => resolve(error === null ? null : error.killed ? `quá ${TIMEOUT_MS / 1000} giây` : `mã thoát ${String(error.code ?? '')}`),
      );
    });
    const output = join(outDir, 'report.pdf');
    if (!existsSync(output)) throw new SignError([makeFinding('sign/convert-failed', { file }, { file, reason: reason ?? 'không có tệp kết quả' })]);
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
