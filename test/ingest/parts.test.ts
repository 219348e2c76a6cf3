// Percent and rate targets that declare their parts (plan `parts`): the form asks for the
// numerator and the denominator under the target; ingest reads them and checks the level.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readSubmission } from '../../src/ingest/index.ts';
import type { FillData, Plan } from '../../src/model/index.ts';
import { requirePlan } from '../../src/plan/index.ts';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';
import { readTemplateMeta } from '../../src/form/index.ts';

const PARTS_PLAN = fileURLToPath(new URL('../fixtures/plan-parts.yaml', import.meta.url));
let plan: Plan;
let hash: string;

beforeAll(async () => {
  ({ plan, hash } = await requirePlan(PARTS_PLAN));
});

const info = { reporterName: 'Nguyễn Thị Lan', reporterPhone: '0252 3822 123', reportDate: '2024-07-04', signerTitle: 'CHỦ TỊCH', signerName: 'Trần Văn Hùng' };

async function hccb(targets: NonNullable<FillData['targets']>) {
  const template = await templateBuffer(plan, hash, 'HCCB', '2024-Q2');
  const filled = await fillWorkbook(template, { tasks: { 'HCCB-1': { progress: 'Đang thực hiện' } }, targets, info });
  return readSubmission(filled, 'hccb.xlsx', plan, hash);
}

const target = (r: Awaited<ReturnType<typeof hccb>>, id: string) => r.data?.targets.find((t) => t.targetId === id);
const codes = (r: Awaited<ReturnType<typeof hccb>>) => r.findings.map((f) => f.code);

describe('form of a plan with parts', () => {
  it('percent target with parts → two unlocked input rows under it, ≥ 0 validation, labelled with the part names', async () => {
    const buf = await templateBuffer(plan, hash, 'HCCB', '2024-Q2');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const meta = readTemplateMeta(wb)!;
    expect(meta.rows.map((r) => [r.kind, r.id])).toEqual([
      ['task', 'HCCB-1'],
      ['target', 'HCCB-1-t1'],
      ['numerator', 'HCCB-1-t1#numerator'],
      ['denominator', 'HCCB-1-t1#denominator'],
      ['target', 'HCCB-1-t2'],
      ['numerator', 'HCCB-1-t2#numerator'],
      ['denominator', 'HCCB-1-t2#denominator'],
    ]);
    const ws = wb.getWorksheet(meta.sheet)!;
    const num = meta.rows.find((r) => r.kind === 'numerator')!.row;
    const cum = meta.columns.cumulative!;
    const task = meta.columns.task!;
    expect(String(ws.getCell(`${task}${num}`).value)).toContain('Số cựu quân nhân đã tập hợp vào Hội');
    expect(ws.getCell(`${cum}${num}`).protection?.locked).toBe(false);
    // The part row has no input in "Kết quả trong kỳ" and no ratio.
    expect(ws.getCell(`${meta.columns.inPeriod}${num}`).protection?.locked).not.toBe(false);
    expect(ws.getCell(`${meta.columns.ratio}${num}`).value).toBeNull();
    // The target's ratio falls back on num/den when the percent is left blank.
    const targetRow = meta.rows.find((r) => r.id === 'HCCB-1-t1')!.row;
    const ratio = ws.getCell(`${meta.columns.ratio}${targetRow}`).value as { formula?: string };
    expect(ratio.formula).toContain(`${cum}${num}/${cum}${num + 1}*100`);
    const validation = (ws as unknown as { dataValidations: { model: Record<string, { type: string; operator?: string; formulae: unknown[] }> } }).dataValidations.model;
    const at = Object.entries(validation).find(([range]) => range.split(':')[0] === `${cum}${num}` || range === `${cum}${num}`);
    expect(at?.[1]).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
  });

  it('plan without parts → no part rows (the sample plan keeps its layout)', async () => {
    const { plan: sample, hash: sampleHash } = await requirePlan(fileURLToPath(new URL('../../samples/plan-2024.yaml', import.meta.url)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateBuffer(sample, sampleHash, 'HCCB', '2024-Q2')) as unknown as ArrayBuffer);
    expect(readTemplateMeta(wb)!.rows.every((r) => r.kind === 'task' || r.kind === 'target')).toBe(true);
  });
});

describe('ingest of parts', () => {
  it('numerator and denominator filled, percent consistent → read back, no finding', async () => {
    const r = await hccb({ 'HCCB-1-t1': { cumulative: 75, numerator: 750, denominator: 1000 }, 'HCCB-1-t2': { cumulative: 900000, numerator: 450000000, denominator: 500 } });
    expect(r.findings).toEqual([]);
    expect(target(r, 'HCCB-1-t1')).toMatchObject({ cumulative: 75, numerator: 750, denominator: 1000 });
    expect(target(r, 'HCCB-1-t2')).toMatchObject({ cumulative: 900000, numerator: 450000000, denominator: 500 });
  });

  it('numerator above denominator of a percent → error naming both cells', async () => {
    const r = await hccb({ 'HCCB-1-t1': { cumulative: 90, numerator: 1200, denominator: 1000 } });
    const f = r.findings.find((x) => x.code === 'ingest/numerator-over-denominator');
    expect(f?.severity).toBe('error');
    expect(f?.cell).toMatch(/^[A-Z]+10$/);
    expect(f?.message).toContain(`${f?.cell}`);
    expect(f?.message).toMatch(/[A-Z]+11/);
  });

  it('percent typed 80 while parts give 75 → warning on the percent cell', async () => {
    const r = await hccb({ 'HCCB-1-t1': { cumulative: 80, numerator: 750, denominator: 1000 } });
    expect(codes(r)).toEqual(['ingest/percent-differs-from-parts']);
    expect(r.findings[0]?.cell).toMatch(/^[A-Z]+9$/);
    expect(r.findings[0]?.severity).toBe('warning');
  });

  it('percent rounded to a whole number (2/3 → 67) → within rounding, no finding', async () => {
    const r = await hccb({ 'HCCB-1-t1': { cumulative: 67, numerator: 2, denominator: 3 } });
    expect(codes(r)).toEqual([]);
  });

  it('parts given, percent blank → percent computed from them (info)', async () => {
    const r = await hccb({ 'HCCB-1-t1': { numerator: 700, denominator: 1000 } });
    expect(codes(r)).toEqual(['ingest/percent-from-parts']);
    expect(r.findings[0]?.severity).toBe('info');
    expect(target(r, 'HCCB-1-t1')).toMatchObject({ cumulative: 70, numerator: 700, denominator: 1000 });
  });

  it('percent given, denominator blank → warning that the part is missing', async () => {
    const r = await hccb({ 'HCCB-1-t1': { cumulative: 70, numerator: 700 } });
    expect(codes(r)).toEqual(['ingest/part-missing']);
    expect(target(r, 'HCCB-1-t1')).toMatchObject({ cumulative: 70, numerator: 700, denominator: null });
  });

  it('part typed as text "1.000" → read as a Vietnamese number; negative part → error', async () => {
    const ok = await hccb({ 'HCCB-1-t1': { numerator: '750', denominator: '1.000' } });
    expect(target(ok, 'HCCB-1-t1')).toMatchObject({ numerator: 750, denominator: 1000, cumulative: 75 });
    const bad = await hccb({ 'HCCB-1-t1': { numerator: -5, denominator: 1000 } });
    expect(codes(bad)).toContain('ingest/negative');
  });

  it('target without parts → no numerator/denominator keys in what is stored', async () => {
    const template = await templateBuffer(plan, hash, 'MTTQ', '2024-Q2');
    const filled = await fillWorkbook(template, { tasks: { 'MTTQ-1': { progress: 'Đang thực hiện' }, 'MTTQ-2': { progress: 'Đang thực hiện' } }, targets: { 'MTTQ-2-t1': { inPeriod: 10, cumulative: 30 } }, info });
    const r = await readSubmission(filled, 'mttq.xlsx', plan, hash);
    expect(r.data?.targets.find((t) => t.targetId === 'MTTQ-2-t1')).toEqual({ targetId: 'MTTQ-2-t1', inPeriod: 10, cumulative: 30 });
  });
});

describe('parts through the store', () => {
  it('accepted form with parts → the stored submission keeps numerator and denominator', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ingestFiles } = await import('../../src/ingest/index.ts');
    const { openStore } = await import('../../src/store/index.ts');
    const { tempDir } = await import('./setup.ts');
    const template = await templateBuffer(plan, hash, 'HCCB', '2024-Q2', { unit: { code: 'LG-TANHAI', name: 'Xã Tân Hải' } });
    const path = join(tempDir('parts-store-'), 'hccb.xlsx');
    writeFileSync(path, await fillWorkbook(template, { tasks: { 'HCCB-1': { progress: 'Đang thực hiện' } }, targets: { 'HCCB-1-t1': { numerator: 700, denominator: 1000 } }, info }));
    const store = openStore(':memory:');
    const r = await ingestFiles([path], { plan, planHash: hash, store, receivedAt: '2024-07-03T02:00:00Z' });
    expect(r.files[0]?.outcome).toBe('accepted');
    const stored = store.currentVersion(plan.id, 'HCCB', '2024-Q2', 'LG-TANHAI');
    expect(stored?.targets.find((t) => t.targetId === 'HCCB-1-t1')).toMatchObject({ cumulative: 70, numerator: 700, denominator: 1000 });
  });
});

describe('percent typed in "Kết quả trong kỳ"', () => {
  it('percent 80 in the in-period cell, Lũy kế blank, parts give 75 → warning on the in-period cell, Lũy kế computed (75)', async () => {
    const r = await hccb({ 'HCCB-1-t1': { inPeriod: 80, numerator: 750, denominator: 1000 } });
    expect(codes(r).sort()).toEqual(['ingest/percent-differs-from-parts', 'ingest/percent-from-parts']);
    const differs = r.findings.find((f) => f.code === 'ingest/percent-differs-from-parts');
    const template = await templateBuffer(plan, hash, 'HCCB', '2024-Q2');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const meta = readTemplateMeta(wb)!;
    expect(differs?.cell).toBe(`${meta.columns.inPeriod}${meta.rows.find((x) => x.id === 'HCCB-1-t1')!.row}`);
    expect(target(r, 'HCCB-1-t1')).toMatchObject({ inPeriod: 80, cumulative: 75 });
  });
});
