import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSubmission } from '../../src/ingest/index.ts';
import { META_SHEET_NAME, PlanSchema } from '../../src/model/index.ts';
import { planHash } from '../../src/plan/index.ts';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';
import { baseFill, filledWorkbook, samplePlan } from './setup.ts';
import { editWorkbook, layoutOf } from './workbook-edit.ts';

const codesAndCells = (findings: Array<{ code: string; cell?: string }>) =>
  findings.map((f) => [f.code, f.cell ?? null]).sort((a, b) => String(a).localeCompare(String(b)));

describe('readSubmission', () => {
  it('clean workbook with Vietnamese text numbers → exact values, no finding', async () => {
    const { plan, hash } = await samplePlan();
    const buf = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      tasks: { ...b.tasks, 'HCCB-6': { progress: 'Đang thực hiện', result: 'Kết nạp 150 hội viên mới.' } },
      targets: {
        'HCCB-6-t1': { inPeriod: '150', cumulative: '150 hội viên' },
        'HCCB-6-t2': { cumulative: '12,5%' },
        'HCCB-6-t3': { cumulative: '850.000' },
        'HCCB-6-t4': { inPeriod: 'không phát sinh', cumulative: '0' },
        'HCCB-8.1-t1': { inPeriod: ' 2 ', cumulative: 2 },
      },
    }));
    const r = await readSubmission(buf, 'hccb.xlsx', plan, hash);
    expect(r.findings).toEqual([]);
    const t = new Map(r.data?.targets.map((x) => [x.targetId, [x.inPeriod, x.cumulative]]));
    expect(t.get('HCCB-6-t1')).toEqual([150, 150]);
    expect(t.get('HCCB-6-t2')).toEqual([null, 12.5]);
    expect(t.get('HCCB-6-t3')).toEqual([null, 850000]);
    expect(t.get('HCCB-6-t4')).toEqual([0, 0]);
    expect(t.get('HCCB-8.1-t1')).toEqual([2, 2]);
    expect(t.get('HCCB-8.1-t2')).toEqual([null, null]);
    expect(r.data?.tasks.find((x) => x.taskId === 'HCCB-6')).toEqual({
      taskId: 'HCCB-6', progress: 'in_progress', result: 'Kết nạp 150 hội viên mới.', difficulties: '', proposals: '',
    });
    expect(r.data?.info).toMatchObject({ reporterName: 'Nguyễn Thị Lan', reportDate: '2024-04-05', signerName: 'Trần Văn Hùng' });
    expect([r.data?.org, r.data?.period]).toEqual(['HCCB', '2024-Q1']);
  });

  it('"Chưa thực hiện" with only an explanation in words → no not-started-with-result warning', async () => {
    const { plan, hash } = await samplePlan();
    const buf = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      tasks: { ...b.tasks, 'HCCB-7': { progress: 'Chưa thực hiện', result: 'Chờ Trung ương Hội ấn định thời gian tổ chức hội nghị.' } },
    }));
    const r = await readSubmission(buf, 'hccb.xlsx', plan, hash);
    expect(r.findings.map((f) => f.code)).not.toContain('ingest/not-started-with-result');
    expect(r.data?.tasks.find((x) => x.taskId === 'HCCB-7')?.progress).toBe('not_started');
  });

  it('bad cells and inconsistent numbers → each finding with its code and cell', async () => {
    const { plan, hash } = await samplePlan();
    const buf = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      info: { ...b.info, signerName: '' },
      tasks: {
        ...b.tasks,
        'HCCB-1': {},
        'HCCB-2': { progress: 'Xong' },
        'HCCB-8.5': { progress: 'Hoàn thành' },
        'HCCB-8.3': { progress: 'Chưa thực hiện' },
      },
      targets: {
        'HCCB-6-t1': { inPeriod: '12a' },
        'HCCB-6-t4': { cumulative: -3 },
        'HCCB-8.3-t1': { cumulative: 120 },
        'HCCB-8.3-t3': { cumulative: 4 },
        'HCCB-8.1-t1': { inPeriod: 5, cumulative: 3 },
        'HCCB-8.1-t2': { cumulative: 50 },
        'HCCB-8.5-t1': { cumulative: 0 },
        'HCCB-6-t3': { cumulative: '1,500' },
      },
    }));
    const { cell, meta } = await layoutOf(buf);
    const r = await readSubmission(buf, 'hccb.xlsx', plan, hash);
    expect(codesAndCells(r.findings)).toEqual(
      codesAndCells([
        { code: 'ingest/not-a-number', cell: cell('HCCB-6-t1', 'inPeriod') },
        { code: 'ingest/negative', cell: cell('HCCB-6-t4', 'cumulative') },
        { code: 'ingest/percent-over-100', cell: cell('HCCB-8.3-t1', 'cumulative') },
        { code: 'ingest/cumulative-below-period', cell: cell('HCCB-8.1-t1', 'cumulative') },
        { code: 'ingest/missing-progress', cell: cell('HCCB-1', 'progress') },
        { code: 'ingest/invalid-progress', cell: cell('HCCB-2', 'progress') },
        { code: 'ingest/done-below-target', cell: cell('HCCB-8.5', 'progress') },
        { code: 'ingest/not-started-with-result', cell: cell('HCCB-8.3', 'progress') },
        { code: 'ingest/far-beyond-target', cell: cell('HCCB-8.1-t2', 'cumulative') },
        { code: 'ingest/ambiguous-number', cell: cell('HCCB-6-t3', 'cumulative') },
        { code: 'ingest/missing-reporter', cell: meta.info.signerName as string },
        // Counts with "Lũy kế" filled and "Kết quả trong kỳ" left blank.
        ...['HCCB-6-t4', 'HCCB-8.1-t2', 'HCCB-8.3-t3', 'HCCB-8.5-t1'].map((id) => ({ code: 'ingest/period-blank-cumulative-filled', cell: cell(id, 'inPeriod') })),
      ]),
    );
    const byCode = new Map(r.findings.map((f) => [f.code, f]));
    expect(byCode.get('ingest/not-a-number')).toMatchObject({ severity: 'error', sheet: 'Báo cáo', targetId: 'HCCB-6-t1', taskId: 'HCCB-6' });
    expect(byCode.get('ingest/done-below-target')?.severity).toBe('warning');
    expect(byCode.get('ingest/missing-reporter')?.sheet).toBe('Thông tin');
  });

  it('NFD text, a TCVN3 cell, formula results and an error value → NFC/Unicode values and the right findings', async () => {
    const { plan, hash } = await samplePlan();
    const filled = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      tasks: { ...b.tasks, 'HCCB-3': { progress: 'Hoàn thành'.normalize('NFD'), result: 'Tổ chức hội nghị tuyên truyền'.normalize('NFD') } },
    }));
    const { cell } = await layoutOf(filled);
    const buf = await editWorkbook(filled, (_wb, ws) => {
      const c = ws.getCell(cell('HCCB-4', 'result'));
      c.value = 'KÕt qu¶ thùc hiÖn nhiÖm vô';
      c.font = { name: '.VnTime', size: 12 };
      ws.getCell(cell('HCCB-6-t1', 'inPeriod')).value = { formula: '100+50', result: 150 } as never;
      ws.getCell(cell('HCCB-6-t1', 'cumulative')).value = { formula: '100-100', result: 0 } as never;
      ws.getCell(cell('HCCB-6-t4', 'cumulative')).value = { error: '#REF!' } as never;
    });
    const r = await readSubmission(buf, 'hccb.xlsx', plan, hash);
    expect(codesAndCells(r.findings)).toEqual(
      codesAndCells([
        { code: 'ingest/legacy-encoding', cell: cell('HCCB-4', 'result') },
        { code: 'ingest/excel-error', cell: cell('HCCB-6-t4', 'cumulative') },
        { code: 'ingest/cumulative-below-period', cell: cell('HCCB-6-t1', 'cumulative') },
      ]),
    );
    const task = (id: string) => r.data?.tasks.find((t) => t.taskId === id);
    expect(task('HCCB-3')).toMatchObject({ progress: 'done', result: 'Tổ chức hội nghị tuyên truyền'.normalize('NFC') });
    expect(task('HCCB-4')?.result).toBe('Kết quả thực hiện nhiệm vụ');
    expect(r.data?.targets.find((t) => t.targetId === 'HCCB-6-t1')).toEqual({ targetId: 'HCCB-6-t1', inPeriod: 150, cumulative: 0 });
  });

  it('task text edited in a locked cell → locked-content-changed at that cell', async () => {
    const { plan, hash } = await samplePlan();
    const filled = await filledWorkbook('HCCB', '2024-Q1', (b) => b);
    const { cell } = await layoutOf(filled);
    const buf = await editWorkbook(filled, (_wb, ws) => {
      ws.getCell(cell('HCCB-2', 'task')).value = 'Nhiệm vụ đã bị sửa';
      ws.getCell(cell('HCCB-6-t1', 'unit')).value = 'người';
    });
    const r = await readSubmission(buf, 'hccb.xlsx', plan, hash);
    expect(codesAndCells(r.findings)).toEqual(
      codesAndCells([
        { code: 'ingest/locked-content-changed', cell: cell('HCCB-2', 'task') },
        { code: 'ingest/locked-content-changed', cell: cell('HCCB-6-t1', 'unit') },
      ]),
    );
  });

  it('rows reordered → matched by id and reported; a deleted row → row-missing', async () => {
    const { plan, hash } = await samplePlan();
    const filled = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      targets: { 'HCCB-6-t1': { inPeriod: 10, cumulative: 10 }, 'HCCB-6-t4': { inPeriod: 2, cumulative: 2 } },
    }));
    const { meta } = await layoutOf(filled);
    const row = (id: string) => meta.rows.find((r) => r.id === id)?.row as number;
    const swapped = await editWorkbook(filled, (_wb, ws) => {
      const a = ws.getRow(row('HCCB-6-t1'));
      const b = ws.getRow(row('HCCB-6-t4'));
      const va = a.values;
      a.values = b.values as never;
      b.values = va as never;
    });
    const r1 = await readSubmission(swapped, 'swapped.xlsx', plan, hash);
    expect(r1.findings.map((f) => f.code)).toEqual(['ingest/rows-changed']);
    expect(r1.data?.targets.find((t) => t.targetId === 'HCCB-6-t1')).toEqual({ targetId: 'HCCB-6-t1', inPeriod: 10, cumulative: 10 });
    expect(r1.data?.targets.find((t) => t.targetId === 'HCCB-6-t4')).toEqual({ targetId: 'HCCB-6-t4', inPeriod: 2, cumulative: 2 });

    const inserted = await editWorkbook(filled, (_wb, ws) => {
      ws.spliceRows(row('HCCB-6-t2'), 0, [null, 'Nhiệm vụ phát sinh thêm']);
    });
    const r3 = await readSubmission(inserted, 'inserted.xlsx', plan, hash);
    expect(r3.findings.map((f) => f.code)).toEqual(['ingest/rows-changed']);
    expect(r3.data?.targets.find((t) => t.targetId === 'HCCB-6-t4')).toEqual({ targetId: 'HCCB-6-t4', inPeriod: 2, cumulative: 2 });

    const deleted = await editWorkbook(filled, (_wb, ws) => ws.spliceRows(row('HCCB-6-t2'), 1));
    const r2 = await readSubmission(deleted, 'deleted.xlsx', plan, hash);
    expect(r2.findings.filter((f) => f.code === 'ingest/row-missing').map((f) => f.targetId)).toEqual(['HCCB-6-t2']);
    expect(r2.findings.some((f) => f.code === 'ingest/rows-changed')).toBe(true);
    expect(r2.data?.targets.find((t) => t.targetId === 'HCCB-6-t4')).toEqual({ targetId: 'HCCB-6-t4', inPeriod: 2, cumulative: 2 });
  });

  it('template issued with last quarter\'s results (extra read-only column) → read without findings', async () => {
    const { plan, hash } = await samplePlan();
    const template = await templateBuffer(plan, hash, 'HCCB', '2024-Q2', { previous: new Map([['HCCB-6-t1', 150]]) });
    const buf = await fillWorkbook(template, { ...baseFill(plan, 'HCCB'), targets: { 'HCCB-6-t1': { inPeriod: '50', cumulative: '200' } } });
    const r = await readSubmission(buf, 'hccb-q2.xlsx', plan, hash);
    expect(r.findings).toEqual([]);
    expect(r.data?.targets.find((t) => t.targetId === 'HCCB-6-t1')).toEqual({ targetId: 'HCCB-6-t1', inPeriod: 50, cumulative: 200 });
  });

  it('report sheet renamed by the user → found by its ID column, values read', async () => {
    const { plan, hash } = await samplePlan();
    const filled = await filledWorkbook('HCCB', '2024-Q1', (b) => ({ ...b, targets: { 'HCCB-6-t1': { inPeriod: 5, cumulative: 5 } } }));
    const buf = await editWorkbook(filled, (_wb, ws) => {
      ws.name = 'BC quy 1';
    });
    const r = await readSubmission(buf, 'hccb.xlsx', plan, hash);
    expect(r.findings).toEqual([]);
    expect(r.data?.targets.find((t) => t.targetId === 'HCCB-6-t1')).toEqual({ targetId: 'HCCB-6-t1', inPeriod: 5, cumulative: 5 });
  });

  it('a column inserted by the user → columns-changed warning, values read by header', async () => {
    const { plan, hash } = await samplePlan();
    const filled = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      tasks: { ...b.tasks, 'HCCB-6': { progress: 'Hoàn thành', result: 'Đã kết nạp' } },
      targets: { 'HCCB-6-t1': { inPeriod: '600', cumulative: '650' } },
    }));
    const { meta } = await layoutOf(filled);
    const at = (meta.columns.inPeriod as string).charCodeAt(0) - 64;
    const buf = await editWorkbook(filled, (_wb, ws) => {
      // exceljs's spliceColumns empties the merged title block; Excel keeps it: put it back.
      const title = [1, 2, 3].map((row) => ws.getCell(`A${row}`).value);
      ws.spliceColumns(at, 0, []);
      title.forEach((value, i) => {
        ws.getCell(`A${i + 1}`).value = value;
      });
    });
    const r = await readSubmission(buf, 'hccb.xlsx', plan, hash);
    expect(r.findings.map((f) => f.code)).toEqual(['ingest/columns-changed']);
    expect(r.data?.targets.find((t) => t.targetId === 'HCCB-6-t1')).toEqual({ targetId: 'HCCB-6-t1', inPeriod: 600, cumulative: 650 });
    expect(r.data?.tasks.find((t) => t.taskId === 'HCCB-6')).toMatchObject({ progress: 'done', result: 'Đã kết nạp' });
  });

  it('metadata sheet deleted → identified by the ID column (meta-missing warning), values read', async () => {
    const { plan, hash } = await samplePlan();
    const filled = await filledWorkbook('LDLD', '2024-Q2', (b) => ({
      ...b,
      targets: { 'LDLD-6.1-t1': { inPeriod: '1.000', cumulative: '2.000 đoàn viên' } },
    }));
    const buf = await editWorkbook(filled, (wb) => {
      const meta = wb.getWorksheet(META_SHEET_NAME);
      if (meta) wb.removeWorksheet(meta.id);
    });
    const r = await readSubmission(buf, 'ldld.xlsx', plan, hash);
    expect(r.findings.map((f) => f.code)).toEqual(['ingest/meta-missing']);
    expect([r.data?.org, r.data?.period]).toEqual(['LDLD', '2024-Q2']);
    expect(r.data?.targets.find((t) => t.targetId === 'LDLD-6.1-t1')).toEqual({ targetId: 'LDLD-6.1-t1', inPeriod: 1000, cumulative: 2000 });
  });

  it('table copied into a new file (values only, no hidden sheets) → identified by the ID column and the title', async () => {
    const { plan, hash } = await samplePlan();
    const filled = await filledWorkbook('TDTN', '2024-Q3', (b) => ({ ...b, targets: { 'TDTN-5.3-t1': { inPeriod: '50.000', cumulative: '120.000 cây' } } }));
    const source = new ExcelJS.Workbook();
    await source.xlsx.load(filled as unknown as ArrayBuffer);
    const copy = new ExcelJS.Workbook();
    const sheet = copy.addWorksheet('Sheet1');
    source.getWorksheet('Báo cáo')?.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        sheet.getCell(r, c).value = cell.value;
      });
    });
    const buf = Buffer.from(await copy.xlsx.writeBuffer());
    const r = await readSubmission(buf, 'tdtn-copy.xlsx', plan, hash);
    expect(r.findings.map((f) => f.code).sort()).toEqual(['ingest/meta-missing', 'ingest/missing-reporter']);
    expect([r.data?.org, r.data?.period]).toEqual(['TDTN', '2024-Q3']);
    expect(r.data?.targets.find((t) => t.targetId === 'TDTN-5.3-t1')).toEqual({ targetId: 'TDTN-5.3-t1', inPeriod: 50000, cumulative: 120000 });
  });

  it('wrong period, other plan version, unknown organisation, unknown workbook → identity errors, no data', async () => {
    const { plan, hash } = await samplePlan();
    const q1 = await filledWorkbook('HCCB', '2024-Q1', (b) => b);
    const wrong = await readSubmission(q1, 'q1.xlsx', plan, hash, { period: '2024-Q2' });
    expect([wrong.data, wrong.findings.map((f) => f.code)]).toEqual([null, ['ingest/wrong-period']]);

    const y2023 = await templateBuffer(plan, hash, 'HCCB', '2023-Q4');
    expect((await readSubmission(y2023, 'old.xlsx', plan, hash)).findings.map((f) => f.code)).toEqual(['ingest/wrong-period']);

    const changed = PlanSchema.parse({ ...plan, tasks: plan.tasks.map((t, i) => (i === 0 ? { ...t, text: `${t.text} (sửa)` } : t)) });
    const other = await templateBuffer(changed, planHash(changed), 'HCCB', '2024-Q1');
    expect((await readSubmission(other, 'v2.xlsx', plan, hash)).findings.map((f) => f.code)).toEqual(['ingest/other-plan-version']);

    const extra = PlanSchema.parse({ ...plan, organizations: [...plan.organizations, { code: 'XYZ', name: 'Đơn vị lạ', shortName: 'Lạ' }] });
    const xyz = await templateBuffer(extra, hash, 'XYZ', '2024-Q1');
    expect((await readSubmission(xyz, 'xyz.xlsx', plan, hash)).findings.map((f) => f.code)).toEqual(['ingest/wrong-org']);

    const plain = await editWorkbook(q1, (wb) => {
      for (const ws of [...wb.worksheets]) wb.removeWorksheet(ws.id);
      wb.addWorksheet('Sheet1').getCell('A1').value = 'Báo cáo tự lập';
    }).catch(() => null);
    if (plain) expect((await readSubmission(plain, 'plain.xlsx', plan, hash)).findings.map((f) => f.code)).toEqual(['ingest/unknown-workbook']);
  });
});
