// Vitest global setup: every temporary file of a test run goes under one folder of its own,
// removed when the run ends, so test runs do not pile up folders in the system's /tmp (a run
// makes about fifty: stores, workbooks, LibreOffice profiles). Tests keep calling os.tmpdir();
// it reads TMPDIR, which the test processes and the commands they start inherit.
// BAOCAO_KEEP_TEST_TMP=1 keeps the folder (its path is printed) to look at what a test wrote.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'baocao-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (process.env.BAOCAO_KEEP_TEST_TMP) process.stderr.write(`test files kept in ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  };
}
