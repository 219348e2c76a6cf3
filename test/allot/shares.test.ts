import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planForUnit, sharesFor } from '../../src/allot/index.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import type { Allotment } from '../../src/model/index.ts';
import { planHash } from '../../src/plan/index.ts';
import { openStore } from '../../src/store/index.ts';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { loadSamplePlan, sharedSamplePlan } from '../helpers/sample-plan.ts';
import { baseFill, tempDir } from '../ingest/setup.ts';
import { editWorkbook, layoutOf } from '../ingest/workbook-edit.ts';

const allotment: Allotment = {
  format: 'baocao-allotment/1',
  planId: 'bt-2024-nvtt',
  planHash: 'x',
  unit: 'BDVTU',
  year: 2024,
  children: ['LAGI', 'PHANTHIET'],
  shares: { 'LDLD-6.1-t1': { LAGI: 120, PHANTHIET: 2380 }, 'LDLD-6.1-t2': { LAGI: 1, PHANTHIET: 9 }, 'TDTN-5.3-t1': { PHANTHIET: 0 } },
};

describe('a unit\'s shares', () => {
  it('sharesFor → the unit\'s part of each target given to it, a 0 kept, others absent', () => {
    expect(sharesFor(allotment, 'LAGI')).toEqual(new Map([['LDLD-6.1-t1', 120], ['LDLD-6.1-t2', 1]]));
    expect(sharesFor(allotment, 'PHANTHIET').get('TDTN-5.3-t1')).toBe(0);
    expect(sharesFor(allotment, 'TUYPHONG').size).toBe(0);
  });

  it('planForUnit → the shares as target values, text and other targets as issued; the original plan and its hash untouched', async () => {
    const { plan } = await loadSamplePlan();
    const before = planHash(plan);
    const view = planForUnit(plan, sharesFor(allotment, 'LAGI'));
    const t1 = view.targets.find((t) => t.id === 'LDLD-6.1-t1');
    expect([t1?.value, t1?.text]).toEqual([120, plan.targets.find((t) => t.id === 'LDLD-6.1-t1')?.text]);
    expect(view.targets.find((t) => t.id === 'HCCB-6-t1')?.value).toBe(600);
    expect(plan.targets.find((t) => t.id === 'LDLD-6.1-t1')?.value).toBe(2500);
    expect(planHash(plan)).toBe(before);
  });
});

async function shareForm(shares?: Map<string, number>): Promise<Buffer> {
  const { plan, hash } = await sharedSamplePlan();
  return templateBuffer(plan, hash, 'LDLD', '2024-Q1', shares ? { shares } : {});
}

describe('the template seam: a unit\'s form shows its share', () => {
  it('with shares → the target cell quotes the plan and the unit\'s share, "Chỉ tiêu" is the share, "Tỷ lệ đạt" divides by it; the identity carries the shares', async () => {
    const { plan } = await sharedSamplePlan();
    const buf = await shareForm(new Map([['LDLD-6.1-t1', 120], ['HCCB-6-t1', 50]]));
    const { meta, cell } = await layoutOf(buf);
    const wb = new Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Báo cáo');
    const text = plan.targets.find((t) => t.id === 'LDLD-6.1-t1')?.text;
    expect(ws?.getCell(cell('LDLD-6.1-t1', 'task')).value).toBe(`${text}\nChỉ tiêu giao cho đơn vị: 120 đoàn viên`);
    expect(ws?.getCell(cell('LDLD-6.1-t1', 'target')).value).toBe('≥ 120');
    expect((ws?.getCell(cell('LDLD-6.1-t1', 'ratio')).value as { formula: string }).formula).toContain('/120*100');
    // A target without a share stays as the plan has it.
    expect(ws?.getCell(cell('LDLD-6.1-t2', 'target')).value).toBe('≥ 10');
    // Only the form's own organisation's shares are written.
    expect(meta.shares).toEqual({ 'LDLD-6.1-t1': 120 });
  });

  it('without shares → the form as before: no share line, no shares in the identity', async () => {
    const buf = await shareForm();
    const { meta, cell } = await layoutOf(buf);
    const wb = new Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(String(wb.getWorksheet('Báo cáo')?.getCell(cell('LDLD-6.1-t1', 'task')).value)).not.toContain('Chỉ tiêu giao');
    expect(meta.shares).toBeUndefined();
  });
});

describe('ingest of a unit\'s form made with its shares', () => {
  async function ingest(buf: Buffer) {
    const { plan, hash } = await sharedSamplePlan();
    const path = join(tempDir('allot-ingest-'), 'ldld.xlsx');
    writeFileSync(path, buf);
    const r = await ingestFiles([path], { plan, planHash: hash, store: openStore(':memory:'), receivedAt: '2024-04-08T01:00:00.000Z' });
    return r.files[0];
  }
  async function filled(): Promise<Buffer> {
    const { plan } = await sharedSamplePlan();
    const base = baseFill(plan, 'LDLD');
    const template = await shareForm(new Map([['LDLD-6.1-t1', 120], ['LDLD-6.1-t2', 1]]));
    // "Hoàn thành" with 130 of the unit's 120 and 1 of its 1: met for the unit, far below the province's 2.500 and 10.
    return fillWorkbook(template, {
      ...base,
      tasks: { ...base.tasks, 'LDLD-6.1': { progress: 'Hoàn thành' } },
      targets: { 'LDLD-6.1-t1': { inPeriod: 130, cumulative: 130 }, 'LDLD-6.1-t2': { inPeriod: 1, cumulative: 1 }, 'LDLD-6.1-t3': { inPeriod: 1, cumulative: 1 } },
    });
  }

  it('the share texts as issued → accepted, no locked-content finding; "Hoàn thành" judged against the share (no done-below-target)', async () => {
    const file = await ingest(await filled());
    expect(file?.outcome).toBe('accepted');
    const codes = file?.findings.map((f) => f.code) ?? [];
    expect(codes).not.toContain('ingest/locked-content-changed');
    expect(codes).not.toContain('ingest/done-below-target');
  });

  it('the share line edited away by the user → still caught as locked content changed, on that cell', async () => {
    const { plan } = await sharedSamplePlan();
    const buf = await filled();
    const { cell } = await layoutOf(buf);
    const at = cell('LDLD-6.1-t1', 'task');
    const edited = await editWorkbook(buf, (_wb, ws) => {
      ws.getCell(at).value = plan.targets.find((t) => t.id === 'LDLD-6.1-t1')?.text ?? '';
    });
    const file = await ingest(edited);
    expect(file?.findings.filter((f) => f.code === 'ingest/locked-content-changed').map((f) => f.cell)).toEqual([at]);
  });
});
