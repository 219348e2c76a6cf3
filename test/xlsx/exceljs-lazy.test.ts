// src/xlsx/exceljs.ts loads exceljs, and installs its two workarounds (native-zip.ts, note-parts.ts),
// on the first workbook made: a process (an ingest worker) that reads only baocao's own forms
// through the fast reader never loads exceljs's xlsx reader, document model, zip-stream or jszip
// (only exceljs's date and number-format helpers, which the fast reader uses).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goodWorkbook } from '../fixtures/bad-inputs.ts';
import { PLAN_FILE, tempDir } from '../ingest/setup.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** In a fresh process: prepareFile of one workbook (fastRead on or off), then which exceljs/jszip modules were required. */
function loadedAfterIngest(file: string, fastRead: boolean): { accepted: boolean; modules: string[] } {
  const script = `
    import { createRequire } from 'node:module';
    import { prepareFile } from './src/ingest/prepare-file.ts';
    import { planHash, requirePlan } from './src/plan/index.ts';
    const { plan } = await requirePlan(${JSON.stringify(PLAN_FILE)});
    const prepared = await prepareFile(${JSON.stringify(file)}, plan, planHash(plan), { fastRead: ${fastRead} });
    const modules = Object.keys(createRequire(import.meta.url).cache).filter((m) => /node_modules\\/(exceljs|jszip)\\//.test(m));
    process.stdout.write(JSON.stringify({ accepted: prepared.read.data !== null, modules }));
  `;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as { accepted: boolean; modules: string[] };
}

describe('exceljs loaded on first use', () => {
  it('a form read by the fast reader → exceljs\'s reader, model and jszip never required; through exceljs → required, workarounds with them', async () => {
    const file = join(tempDir('lazy-'), 'form.xlsx');
    writeFileSync(file, await goodWorkbook());
    const fast = loadedAfterIngest(file, true);
    expect(fast.accepted).toBe(true);
    const heavy = (m: string) => /exceljs\/lib\/(xlsx\/xlsx\.js|xlsx\/xform\/|doc\/|utils\/zip-stream\.js)|\/jszip\//.test(m);
    expect(fast.modules.filter(heavy)).toEqual([]);
    const slow = loadedAfterIngest(file, false);
    expect(slow.accepted).toBe(true);
    expect(slow.modules.some((m) => m.endsWith('exceljs/lib/xlsx/xlsx.js'))).toBe(true);
    expect(slow.modules.some((m) => m.endsWith('exceljs/lib/utils/zip-stream.js'))).toBe(true);
  }, 60_000);
});
