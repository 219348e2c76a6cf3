import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../ingest/setup.ts';

/** Re-saves a workbook through LibreOffice headless (own profile, timeout, output checked). */
export function resave(buf: Uint8Array, to: 'xlsx' | 'xls' | 'ods'): Buffer {
  const dir = tempDir('lo-');
  const input = join(dir, 'in.xlsx');
  writeFileSync(input, buf);
  const out = join(dir, 'out');
  const filter = { xlsx: 'xlsx:Calc MS Excel 2007 XML', xls: 'xls:MS Excel 97', ods: 'ods' }[to];
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', filter, '--outdir', out, input], {
    timeout: 60_000,
    stdio: 'ignore',
  });
  const result = join(out, `in.${to}`);
  if (!existsSync(result)) throw new Error(`LibreOffice wrote no ${to}`);
  return readFileSync(result);
}
