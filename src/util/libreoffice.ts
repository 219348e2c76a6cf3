import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONVERT_ERRORS } from '../vi/errors.ts';

/** Path of soffice when LibreOffice is installed (BAOCAO_SOFFICE overrides; "none" disables). */
export function findSoffice(): string | null {
  const override = process.env.BAOCAO_SOFFICE;
  if (override === 'none') return null;
  if (override) return existsSync(override) ? override : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

export type ConvertResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: 'no-libreoffice' }
  | { ok: false; problem: 'failed'; reason: string };

export interface ConvertRequest {
  /** The input's extension, with its dot (".xls", ".docx"): LibreOffice picks its reader by it. */
  extension: string;
  /** LibreOffice's --convert-to argument ("xlsx:Calc MS Excel 2007 XML", "pdf:writer_pdf_Export"). */
  convertTo: string;
  /** The output's extension, with its dot (".xlsx", ".pdf"). */
  outputExtension: string;
  inFilter?: string | undefined;
  timeoutMs: number;
  /** Prefix of the private temp folder. */
  tempPrefix: string;
}

/**
 * Converts bytes through LibreOffice headless, in a private temp folder with its own profile
 * (parallel runs on one profile fail), under a timeout; checks the output exists (soffice can
 * exit 0 and write nothing). The caller's file is never touched: the bytes are copied in.
 */
export async function convertWithLibreOffice(bytes: Uint8Array, request: ConvertRequest): Promise<ConvertResult> {
  const soffice = findSoffice();
  if (!soffice) return { ok: false, problem: 'no-libreoffice' };
  const dir = await mkdtemp(join(tmpdir(), request.tempPrefix));
  try {
    const input = join(dir, `input${request.extension}`);
    await writeFile(input, bytes);
    const profile = pathToFileURL(join(dir, `lo_${randomUUID()}`)).href;
    const outDir = join(dir, 'out');
    const { timeoutMs } = request;
    const reason = await new Promise<string | null>((resolve) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...(request.inFilter ? [`--infilter=${request.inFilter}`] : []), '--convert-to', request.convertTo, '--outdir', outDir, input],
        { timeout: timeoutMs, killSignal: 'SIGKILL' },
        (error) => resolve(error === null ? null : error.killed ? CONVERT_ERRORS.timeout(timeoutMs / 1000) : CONVERT_ERRORS.failed(typeof error.code === 'number' ? error.code : null)),
      );
    });
    const output = join(outDir, `input${request.outputExtension}`);
    if (!existsSync(output)) return { ok: false, problem: 'failed', reason: reason ?? CONVERT_ERRORS.noOutput };
    return { ok: true, bytes: await readFile(output) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
