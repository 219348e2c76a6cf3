import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/index.ts';
import { filledWorkbook, samplePlan, tempDir } from '../ingest/setup.ts';
import { editWorkbook, layoutOf } from '../ingest/workbook-edit.ts';
import { resave } from './soffice.ts';

/** One quarter of HCCB filled like a clerk would: text numbers, decomposed Vietnamese, a TCVN3 cell. */
async function clerkWorkbook(period: string, inPeriod: string, cumulative: string): Promise<Buffer> {
  const filled = await filledWorkbook('HCCB', period, (b) => ({
    ...b,
    tasks: { ...b.tasks, 'HCCB-3': { progress: 'Đang thực hiện'.normalize('NFD'), result: 'Tuyên truyền tại 25 cơ sở hội'.normalize('NFD') } },
    targets: {
      'HCCB-6-t1': { inPeriod, cumulative },
      'HCCB-6-t2': { cumulative: '17,5%' },
      'HCCB-8.3-t2': { cumulative: '1,500' },
    },
  }));
  const { cell } = await layoutOf(filled);
  return editWorkbook(filled, (_wb, ws) => {
    const c = ws.getCell(cell('HCCB-4', 'result'));
    c.value = 'KÕt qu¶ thùc hiÖn nhiÖm vô';
    c.font = { name: '.VnTime', size: 13 };
  });
}

describe('ingest of workbooks saved by LibreOffice (.xlsx re-saved, .xls, .ods)', () => {
  it('each format → the exact values stored and the same findings at the same cells', async () => {
    const { plan, hash } = await samplePlan();
    const dir = tempDir('lo-ingest-');
    const q1 = await clerkWorkbook('2024-Q1', '150', ' 150 hội viên ');
    const q2 = await clerkWorkbook('2024-Q2', '1.200', '1.350');
    const q3 = await clerkWorkbook('2024-Q3', '2.500 hội viên', '3.850');
    const files = [
      ['q1-resaved.xlsx', resave(q1, 'xlsx')],
      ['q2-excel97.xls', resave(q2, 'xls')],
      ['q3-libreoffice.ods', resave(q3, 'ods')],
    ] as const;
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    const store = openStore(':memory:');
    const r = await ingestFiles([dir], { plan, planHash: hash, store, receivedAt: '2024-10-07T02:00:00.000Z' });

    const { cell } = await layoutOf(q1);
    const expectedFindings = (converted: boolean) =>
      [
        ...(converted ? [['ingest/converted', null]] : []),
        ['ingest/ambiguous-number', cell('HCCB-8.3-t2', 'cumulative')],
        ['ingest/legacy-encoding', cell('HCCB-4', 'result')],
      ].sort();
    expect(r.files.map((f) => [f.file.slice(dir.length + 1), f.outcome, f.org, f.period])).toEqual([
      ['q1-resaved.xlsx', 'accepted', 'HCCB', '2024-Q1'],
      ['q2-excel97.xls', 'accepted', 'HCCB', '2024-Q2'],
      ['q3-libreoffice.ods', 'accepted', 'HCCB', '2024-Q3'],
    ]);
    r.files.forEach((f, i) => {
      expect(f.findings.map((x) => [x.code, x.cell ?? null]).sort()).toEqual(expectedFindings(i > 0));
    });

    const stored = ['2024-Q1', '2024-Q2', '2024-Q3'].map((p) => store.currentSubmissions(plan.id, p)[0]);
    const value = (i: number, id: string) => stored[i]?.targets.find((t) => t.targetId === id);
    expect([0, 1, 2].map((i) => value(i, 'HCCB-6-t1'))).toEqual([
      { targetId: 'HCCB-6-t1', inPeriod: 150, cumulative: 150 },
      { targetId: 'HCCB-6-t1', inPeriod: 1200, cumulative: 1350 },
      { targetId: 'HCCB-6-t1', inPeriod: 2500, cumulative: 3850 },
    ]);
    for (const i of [0, 1, 2]) {
      expect(value(i, 'HCCB-6-t2')).toEqual({ targetId: 'HCCB-6-t2', inPeriod: null, cumulative: 17.5 });
      expect(value(i, 'HCCB-8.3-t2')).toEqual({ targetId: 'HCCB-8.3-t2', inPeriod: null, cumulative: 1.5 });
      const task = (id: string) => stored[i]?.tasks.find((t) => t.taskId === id);
      expect(task('HCCB-3')).toMatchObject({ progress: 'in_progress', result: 'Tuyên truyền tại 25 cơ sở hội' });
      expect(task('HCCB-3')?.result).toBe(task('HCCB-3')?.result.normalize('NFC'));
      expect(task('HCCB-4')?.result).toBe('Kết quả thực hiện nhiệm vụ');
      expect(stored[i]?.info).toMatchObject({ reporterName: 'Nguyễn Thị Lan', signerName: 'Trần Văn Hùng', reportDate: '2024-04-05' });
    }
  }, 120_000);

  it('an .xls without LibreOffice → needs-libreoffice with the way to save as .xlsx', async () => {
    const { plan, hash } = await samplePlan();
    const dir = tempDir('no-lo-');
    // A CFB header is enough: without LibreOffice the file is never opened.
    writeFileSync(join(dir, 'old.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const saved = process.env.BAOCAO_SOFFICE;
    process.env.BAOCAO_SOFFICE = 'none';
    try {
      const r = await ingestFiles([dir], { plan, planHash: hash, store: openStore(':memory:') });
      expect(r.files.map((f) => [f.outcome, f.findings.map((x) => x.code)])).toEqual([['unreadable', ['ingest/needs-libreoffice']]]);
      expect(r.files[0]?.findings[0]?.hint).toContain('.xlsx');
    } finally {
      if (saved === undefined) delete process.env.BAOCAO_SOFFICE;
      else process.env.BAOCAO_SOFFICE = saved;
    }
  });
});
