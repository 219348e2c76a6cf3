import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.ts';
import { GUIDE_SHEET_NAME, INFO_SHEET_NAME, REPORT_SHEET_NAME } from '../../src/model/workbook-meta.ts';
import { planHash } from '../../src/plan/index.ts';
import { buildTemplate, fillWorkbook, readTemplateMeta, templateBuffer } from '../../src/template/index.ts';
import { cellValues, samplePlan } from './fixtures.ts';

let plan: Plan;
let hash: string;
beforeAll(async () => {
  ({ plan, hash } = await samplePlan());
});

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('buildTemplate', () => {
  it('same plan and period twice → identical cell content and document dates', async () => {
    const a = await load(await templateBuffer(plan, hash, 'TDTN', '2024-Q1'));
    const b = await load(await templateBuffer(plan, hash, 'TDTN', '2024-Q1'));
    expect(cellValues(a)).toEqual(cellValues(b));
    expect(Object.keys(cellValues(a)).length).toBeGreaterThan(100);
    expect(a.created.toISOString()).toBe(b.created.toISOString());
    expect(a.created.toISOString().slice(0, 10)).toBe(plan.source.date);
  });

  it('a changed target value → a different plan hash, stamped into the metadata', async () => {
    const changed: Plan = structuredClone(plan);
    changed.targets[0]!.value += 1;
    const otherHash = planHash(changed);
    expect(otherHash).not.toBe(hash);
    const wb = await buildTemplate(changed, otherHash, changed.organizations[0]!.code, '2024-Q1');
    expect(readTemplateMeta(wb)?.planHash).toBe(otherHash);
  });

  it('a password → every sheet protected with a hash', async () => {
    const wb = await buildTemplate(plan, hash, 'HND', '2024-Q1', { password: 'bdv2024' });
    wb.eachSheet((ws) => {
      const p = (ws as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } }).sheetProtection;
      expect(p.sheet).toBe(true);
      expect(p.hashValue).toBeTruthy();
    });
  });

  it('previous results given → a read-only "previous" column with the numbers; none given → no such column', async () => {
    const target = plan.targets.find((t) => plan.tasks.find((k) => k.id === t.task)?.org === 'HCCB')!;
    const wb = await buildTemplate(plan, hash, 'HCCB', '2024-Q2', { previous: new Map([[target.id, 321]]) });
    const meta = readTemplateMeta(wb)!;
    const row = meta.rows.find((r) => r.id === target.id)!.row;
    const cell = wb.getWorksheet(REPORT_SHEET_NAME)!.getCell(`${meta.columns.previous}${row}`);
    expect(cell.value).toBe(321);
    expect(cell.protection?.locked ?? true).toBe(true);
    const guide: string[] = [];
    wb.getWorksheet(GUIDE_SHEET_NAME)!.eachRow((r) => r.eachCell((c) => guide.push(String(c.value))));
    expect(guide.join('\n')).toContain('Quý I năm 2024');
    const without = readTemplateMeta(await buildTemplate(plan, hash, 'HCCB', '2024-Q2'))!;
    expect(without.columns.previous).toBeUndefined();
  });
});

describe('fillWorkbook', () => {
  it('numbers, Vietnamese number text, progress label, texts and info → exactly those cells, protection kept', async () => {
    const template = await templateBuffer(plan, hash, 'HCCB', '2024-Q1');
    const taskIds = plan.tasks.filter((t) => t.org === 'HCCB').map((t) => t.id);
    const [t1, t2] = plan.targets.filter((t) => taskIds.includes(t.task));
    const filled = await fillWorkbook(template, {
      targets: { [t1!.id]: { inPeriod: 120, cumulative: '1.200' }, [t2!.id]: { inPeriod: 'không phát sinh', cumulative: null } },
      tasks: { [taskIds[0]!]: { progress: 'Hoàn thành', result: 'Đã tổ chức 12 hội nghị' } },
      info: { reporterName: 'Nguyễn Văn An', reporterPhone: '0912345678', reportDate: '2024-04-03' },
    });
    const wb = await load(filled);
    const meta = readTemplateMeta(wb)!;
    const ws = wb.getWorksheet(REPORT_SHEET_NAME)!;
    const at = (key: keyof typeof meta.columns, id: string) => ws.getCell(`${meta.columns[key]}${meta.rows.find((r) => r.id === id)!.row}`).value;
    expect(at('inPeriod', t1!.id)).toBe(120);
    expect(at('cumulative', t1!.id)).toBe('1.200');
    expect(at('inPeriod', t2!.id)).toBe('không phát sinh');
    expect(at('cumulative', t2!.id)).toBeNull();
    expect(at('progress', taskIds[0]!)).toBe('Hoàn thành');
    expect(at('result', taskIds[0]!)).toBe('Đã tổ chức 12 hội nghị');
    const info = wb.getWorksheet(INFO_SHEET_NAME)!;
    expect(info.getCell(meta.info.reporterPhone!).value).toBe('0912345678');
    expect((info.getCell(meta.info.reportDate!).value as Date).toISOString().slice(0, 10)).toBe('2024-04-03');
    expect((ws as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection.sheet).toBe(true);
    // Nothing else changed.
    const before = cellValues(await load(template));
    const after = cellValues(wb);
    const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    const cell = (key: keyof typeof meta.columns, id: string) => `${REPORT_SHEET_NAME}!${meta.columns[key]}${meta.rows.find((r) => r.id === id)!.row}`;
    const expected = [
      cell('inPeriod', t1!.id),
      cell('cumulative', t1!.id),
      cell('inPeriod', t2!.id),
      cell('progress', taskIds[0]!),
      cell('result', taskIds[0]!),
      ...(['reporterName', 'reporterPhone', 'reportDate'] as const).map((k) => `${INFO_SHEET_NAME}!${meta.info[k]}`),
    ];
    expect(changed.sort()).toEqual(expected.sort());
  });

  it('an id the template does not have → throws (a typo in a fixture)', async () => {
    const template = await templateBuffer(plan, hash, 'HND', '2024-Q1');
    await expect(fillWorkbook(template, { targets: { 'NO-SUCH': { cumulative: 1 } } })).rejects.toThrow(/NO-SUCH/);
  });
});
