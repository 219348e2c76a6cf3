import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, writeFeedback } from '../../src/ingest/index.ts';
import type { IngestFileResult } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { filledWorkbook, samplePlan, tempDir } from './setup.ts';
import { layoutOf } from './workbook-edit.ts';

const SHEET = 'Báo cáo';
/** Python: every worksheet relationship part of a zip, printed. */
const RELS_OF = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(''.join(z.read(n).decode() for n in z.namelist() if 'worksheets/_rels/' in n))";

/** Runs openpyxl (Debian's, an independent writer) over a form, as an office's script would. */
function openpyxlEdit(src: string, dst: string, ...edits: string[]): string {
  const script = new URL('./openpyxl_edit.py', import.meta.url).pathname;
  execFileSync('/usr/bin/python3', [script, src, dst, ...edits], { timeout: 60_000 });
  return dst;
}

describe('a form edited by a script (openpyxl)', () => {
  let dir: string;
  let form: string;
  let cell: (id: string, key: 'inPeriod' | 'cumulative' | 'result') => string;
  let task: string;
  beforeAll(async () => {
    dir = tempDir('script-edited-');
    const buf = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      targets: { 'HCCB-6-t1': { inPeriod: 3, cumulative: 3 }, 'HCCB-6-t2': { inPeriod: 12, cumulative: 12 } },
    }));
    form = join(dir, 'hccb.xlsx');
    writeFileSync(form, buf);
    const layout = await layoutOf(buf);
    cell = layout.cell as typeof cell;
    task = layout.meta.rows.find((r) => r.kind === 'task')?.id as string;
  });

  async function ingestOne(path: string): Promise<{ result: IngestFileResult; targets: Record<string, [number | null, number | null]> }> {
    const { plan, hash } = await samplePlan();
    const store = openStore(':memory:');
    const r = await ingestFiles([path], { plan, planHash: hash, store, receivedAt: '2024-04-08T01:00:00.000Z' });
    const sub = store.currentSubmissions(plan.id, '2024-Q1')[0];
    const targets = Object.fromEntries((sub?.targets ?? []).filter((t) => t.inPeriod !== null).map((t) => [t.targetId, [t.inPeriod, t.cumulative] as [number | null, number | null]]));
    return { result: r.files[0] as IngestFileResult, targets };
  }

  it('notes added by openpyxl (absolute relationship Target) on a figure, a task and the info sheet → read and accepted, figures as without the notes', async () => {
    const noted = openpyxlEdit(
      form,
      join(dir, 'hccb-ghi-chu.xlsx'),
      `note:${SHEET}!${cell('HCCB-6-t1', 'inPeriod')}=Số liệu tạm tính, chờ huyện gửi`,
      `note:${SHEET}!${cell(task, 'result')}=Đã đối chiếu với sổ theo dõi`,
      'note:Thông tin!B4=Người lập thay',
    );
    // The fixture is what the defect needs: openpyxl's own part names and an absolute Target.
    const rels = execFileSync('/usr/bin/python3', ['-c', RELS_OF, noted], { encoding: 'utf8' });
    expect(rels).toContain('Target="/xl/comments/comment1.xml"');

    const plain = await ingestOne(form);
    const edited = await ingestOne(noted);
    expect([edited.result.outcome, edited.result.findings.filter((f) => f.severity === 'error').map((f) => f.code)]).toEqual([plain.result.outcome, []]);
    expect(edited.result.outcome).toBe('accepted');
    expect(edited.targets).toEqual(plain.targets);
    expect(edited.targets['HCCB-6-t1']).toEqual([3, 3]);

    // exceljs itself now reads the clerk's note, so the feedback copy keeps it.
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(noted) as unknown as ArrayBuffer);
    expect(JSON.stringify(wb.getWorksheet(SHEET)?.getCell(cell('HCCB-6-t1', 'inPeriod')).note)).toContain('Số liệu tạm tính, chờ huyện gửi');
    expect(JSON.stringify(wb.getWorksheet('Thông tin')?.getCell('B4').note)).toContain('Người lập thay');
  });

  it('feedback copy of a form with openpyxl notes → written; the clerk\'s note on an unflagged cell kept', async () => {
    const noted = openpyxlEdit(form, join(dir, 'hccb-ghi-chu-2.xlsx'), `note:${SHEET}!${cell(task, 'result')}=Đã đối chiếu`, `value:${SHEET}!${cell('HCCB-6-t2', 'inPeriod')}=12a`);
    const { result } = await ingestOne(noted);
    expect(result.outcome).toBe('rejected');
    const copy = await writeFeedback(readFileSync(noted), noted, result.findings, dir);
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(copy) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET);
    expect(JSON.stringify(ws?.getCell(cell(task, 'result')).note)).toContain('Đã đối chiếu');
    expect(JSON.stringify(ws?.getCell(cell('HCCB-6-t2', 'inPeriod')).note)).toContain('12a');
  });

  it('re-saved by openpyxl without notes → accepted, same figures', async () => {
    const plain = await ingestOne(form);
    const edited = await ingestOne(openpyxlEdit(form, join(dir, 'hccb-luu-lai.xlsx'), 'resave'));
    expect(edited.result.outcome).toBe('accepted');
    expect(edited.targets).toEqual(plain.targets);
  });

  it('a figure changed by openpyxl, with a note beside it → the new figure stored', async () => {
    const path = openpyxlEdit(
      form,
      join(dir, 'hccb-sua-so.xlsx'),
      `value:${SHEET}!${cell('HCCB-6-t2', 'inPeriod')}=15`,
      `value:${SHEET}!${cell('HCCB-6-t2', 'cumulative')}=15`,
      `note:${SHEET}!${cell('HCCB-6-t2', 'inPeriod')}=Sửa theo số liệu của huyện`,
    );
    const edited = await ingestOne(path);
    expect(edited.result.outcome).toBe('accepted');
    expect(edited.targets['HCCB-6-t2']).toEqual([15, 15]);
    expect(edited.targets['HCCB-6-t1']).toEqual([3, 3]);
  });
});
