import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allotmentTable, readAllotmentTable, sharesFor } from '../../src/allot/index.ts';
import { ALLOTMENT_IDENTITY_SHEET } from '../../src/model/index.ts';
import { planHash } from '../../src/plan/index.ts';
import { parseUnitsText } from '../../src/units/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { resave } from '../e2e/soffice.ts';
import { loadSamplePlan, sharedSamplePlan } from '../helpers/sample-plan.ts';
import { UNITS_FILE, cellOf, generated, sampleUnits, typeInto } from './helpers.ts';

const SHEET = 'Phân bổ';
// Written out from samples/units-2024.yaml, not derived by the code under test.
const LAGI_COMMUNES = ['LG-PHUOCHOI', 'LG-PHUOCLOC', 'LG-TANAN', 'LG-TANTHIEN', 'LG-BINHTAN', 'LG-TANHAI', 'LG-TANTIEN', 'LG-TANBINH', 'LG-TANPHUOC'];
const PROVINCE_2024 = ['PHANTHIET', 'LAGI', 'TUYPHONG', 'BACBINH', 'HAMTHUANBAC', 'HAMTHUANNAM', 'TANHLINH', 'DUCLINH', 'HAMTAN', 'PHUQUY', 'DUK'];
const PROVINCE_2025 = ['LG-PHUOCHOI', 'LG-TANHAI', 'PT-MUINE', 'PT-PHUTHUY', 'PT-TIENTHANH', 'PHUONG-LAGI', 'PHUONG-PHANTHIET', 'DACKHU-PHUQUY'];

async function load(buffer: Buffer) {
  const wb = new Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

async function check(buffer: Buffer, allowOver = false) {
  const { plan, hash } = await sharedSamplePlan();
  return readAllotmentTable(buffer, { plan, planHash: hash, units: await sampleUnits(), allowOver }, 'phan-bo.xlsx');
}

/** HCCB-6-t1 ("ít nhất 600 hội viên") over LAGI's nine communes: eight × 70 plus the last. */
function split600(identity: Parameters<typeof cellOf>[0], last: number): Record<string, number> {
  return Object.fromEntries(LAGI_COMMUNES.map((c, i) => [cellOf(identity, 'HCCB-6-t1', c), i < 8 ? 70 : last]));
}

describe('allotment table: generated', () => {
  it("LAGI in 2024 → one column per La Gi commune in file order, one row per count/money target (no percent, rate or range)", async () => {
    const { plan } = await sharedSamplePlan();
    const { buffer, identity } = await generated('LAGI', 2024);
    expect(identity.children.map((c) => c.code)).toEqual(LAGI_COMMUNES);
    const expectedRows = plan.targets.filter((t) => (t.kind === 'count' || t.kind === 'money') && t.comparator !== 'between').map((t) => t.id);
    expect(identity.rows.map((r) => r.targetId).sort()).toEqual(expectedRows.sort());
    expect(identity.rows.map((r) => r.targetId)).not.toContain('HCCB-6-t2'); // 15 – 20 %
    expect(identity.rows.map((r) => r.targetId)).not.toContain('HCCB-6-t3'); // 900.000 đồng/hội viên
    const wb = await load(buffer);
    const ws = wb.getWorksheet(SHEET);
    const row = identity.rows.find((r) => r.targetId === 'LDLD-6.1-t1');
    expect(row?.total).toBe(2500);
    expect(ws?.getCell(`E${row?.row}`).value).toBe(2500);
    expect(ws?.getCell("F5").value).toBe('Phường Phước Hội');
    // Communes have no Liên đoàn Lao động: every cell of its rows is locked; a Hội Cựu chiến binh row is open everywhere.
    expect(row?.open).toEqual([]);
    expect(ws?.getCell(cellOf(identity, 'LDLD-6.1-t1', 'LG-TANHAI')).protection?.locked).not.toBe(false);
    expect(identity.rows.find((r) => r.targetId === 'HCCB-6-t1')?.open).toEqual(LAGI_COMMUNES);
    expect(ws?.getCell(cellOf(identity, 'HCCB-6-t1', 'LG-TANHAI')).protection?.locked).toBe(false);
    // "Cộng" and "Chênh lệch" are formulas over the children's cells.
    const hccb = identity.rows.find((r) => r.targetId === 'HCCB-6-t1')?.row;
    expect((ws?.getCell(`${identity.columns.sum}${hccb}`).value as { formula: string }).formula).toContain(`SUM(F${hccb}:N${hccb})`);
    expect((ws?.getCell(`${identity.columns.difference}${hccb}`).value as { formula: string }).formula).toContain(`O${hccb}-E${hccb}`);
    expect(wb.getWorksheet(ALLOTMENT_IDENTITY_SHEET)?.state).toBe('veryHidden');
    expect(wb.getWorksheet('Hướng dẫn')).toBeDefined();
  });

  it('the province in 2025 → its post-2025 communes, no district; in 2024 → its districts and the bloc committee', async () => {
    expect((await generated('BDVTU', 2025)).identity.children.map((c) => c.code)).toEqual(PROVINCE_2025);
    expect((await generated('BDVTU', 2024)).identity.children.map((c) => c.code)).toEqual(PROVINCE_2024);
  });

  it('a unit moved under the province from 2025-Q3 (Phước Hội) → under La Gi in 2024, under the province in 2025 only; La Gi has no table in 2025', async () => {
    const { plan, hash } = await sharedSamplePlan();
    const units = await sampleUnits();
    expect((await generated('LAGI', 2024)).identity.children.map((c) => c.code)).toContain('LG-PHUOCHOI');
    expect((await generated('BDVTU', 2024)).identity.children.map((c) => c.code)).not.toContain('LG-PHUOCHOI');
    expect((await generated('BDVTU', 2025)).identity.children.map((c) => c.code)).toContain('LG-PHUOCHOI');
    expect(allotmentTable({ plan, planHash: hash, units, unit: 'LAGI', year: 2025 })).toBeNull();
  });

  it("a district with the province's allotment → its own share is the whole to split, targets not given to it listed apart; without one → a warning", async () => {
    const { plan, hash } = await sharedSamplePlan();
    const units = await sampleUnits();
    const upper = { format: 'baocao-allotment/1' as const, planId: plan.id, planHash: hash, unit: 'BDVTU', year: 2024, children: ['LAGI', 'PHANTHIET'], shares: { 'HCCB-6-t1': { LAGI: 60, PHANTHIET: 540 } } };
    const table = allotmentTable({ plan, planHash: hash, units, unit: 'LAGI', year: 2024, upper });
    expect(table?.rows.map((r) => [r.target.id, r.total])).toEqual([['HCCB-6-t1', 60]]);
    expect(table?.notGiven.map((t) => t.id)).toContain('LDLD-6.1-t1');
    expect(table?.findings.map((f) => f.code)).toEqual([]);
    expect(allotmentTable({ plan, planHash: hash, units, unit: 'LAGI', year: 2024 })?.findings.map((f) => f.code)).toEqual(['allot/total-from-plan']);
  });

  it('the bloc committee (only LDLD, TDTN, HCCB) → its cell of a Mặt trận row is locked, of a Liên đoàn Lao động row open', async () => {
    const { identity } = await generated('BDVTU', 2024);
    expect(identity.rows.find((r) => r.targetId === 'MTTQ-7.2-t1')?.open).not.toContain('DUK');
    expect(identity.rows.find((r) => r.targetId === 'LDLD-6.1-t1')?.open).toContain('DUK');
  });
});

describe('allotment table: read and check', () => {
  it('parts adding up to the whole → the allotment, with each commune\'s share; sharesFor gives one commune\'s', async () => {
    const { buffer, identity } = await generated('LAGI', 2024);
    const r = await check(await typeInto(buffer, SHEET, split600(identity, 40)));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    if (!r.ok) throw new Error('not ok');
    expect(r.allotment.unit).toBe('LAGI');
    expect(r.allotment.year).toBe(2024);
    expect(r.allotment.shares['HCCB-6-t1']).toEqual(Object.fromEntries(LAGI_COMMUNES.map((c, i) => [c, i < 8 ? 70 : 40])));
    expect(sharesFor(r.allotment, 'LG-TANPHUOC')).toEqual(new Map([['HCCB-6-t1', 40]]));
    expect(sharesFor(r.allotment, 'PT-MUINE').size).toBe(0);
  });

  it('parts that do not add up (590 of 600) → an error on the row\'s "Cộng" cell with both sums, nothing returned', async () => {
    const { buffer, identity } = await generated('LAGI', 2024);
    const r = await check(await typeInto(buffer, SHEET, split600(identity, 30)));
    const row = identity.rows.find((x) => x.targetId === 'HCCB-6-t1')?.row;
    expect(r.ok).toBe(false);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.sheet, f.cell, f.actual, f.expected, f.targetId])).toEqual([
      ['allot/sum-mismatch', SHEET, `${identity.columns.sum}${row}`, '590', '600', 'HCCB-6-t1'],
    ]);
    expect(r.findings.find((f) => f.code === 'allot/sum-mismatch')?.message).toContain('-10');
  });

  it('a target left blank → "not apportioned" (info), absent from the shares; the rest still checked', async () => {
    const { buffer, identity } = await generated('LAGI', 2024);
    const r = await check(await typeInto(buffer, SHEET, split600(identity, 40)));
    if (!r.ok) throw new Error('not ok');
    expect(r.notApportioned).toContain('HCCB-6-t4');
    expect(r.allotment.shares['HCCB-6-t4']).toBeUndefined();
    const blank = r.findings.find((f) => f.targetId === 'HCCB-6-t4');
    expect([blank?.code, blank?.severity]).toEqual(['allot/not-apportioned', 'info']);
  });

  it('a gte target over-allotted (610 of 600) → an error by default; a warning and the allotment with allowOver', async () => {
    const { buffer, identity } = await generated('LAGI', 2024);
    const filled = await typeInto(buffer, SHEET, split600(identity, 50));
    expect((await check(filled)).findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['allot/sum-mismatch']);
    const over = await check(filled, true);
    expect(over.ok).toBe(true);
    expect(over.findings.filter((f) => f.severity === 'warning').map((f) => [f.code, f.actual, f.expected])).toEqual([['allot/over-allotted', '610', '600']]);
  });

  it('a negative share, text that is not a number, and a share for a unit without the organisation → one error each, on its cell', async () => {
    const { buffer, identity } = await generated('BDVTU', 2024);
    const neg = cellOf(identity, 'HCCB-6-t4', 'LAGI');
    const text = cellOf(identity, 'TDTN-5.3-t1', 'PHUQUY');
    const noOrg = cellOf(identity, 'MTTQ-7.2-t1', 'DUK');
    const r = await check(await typeInto(buffer, SHEET, { [neg]: -2, [text]: 'khoảng 5 nghìn', [noOrg]: 1 }));
    expect(r.ok).toBe(false);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell]).sort()).toEqual(
      [
        ['allot/negative-share', neg],
        ['allot/not-a-number', text],
        ['allot/share-without-org', noOrg],
      ].sort(),
    );
  });

  it('Vietnamese number text ("1.200") in a share cell → read as 1200', async () => {
    const { buffer, identity } = await generated('BDVTU', 2024);
    const cells = Object.fromEntries(PROVINCE_2024.filter((c) => c !== 'DUK').map((c, i) => [cellOf(identity, 'TDTN-7.2-t1', c), i === 0 ? '8.000' : 1000]));
    cells[cellOf(identity, 'TDTN-7.2-t1', 'DUK')] = '0';
    const r = await check(await typeInto(buffer, SHEET, cells));
    if (!r.ok) throw new Error(JSON.stringify(r.findings.filter((f) => f.severity === 'error')));
    expect(r.allotment.shares['TDTN-7.2-t1']?.PHANTHIET).toBe(8000);
  });

  it('the whole edited (600 → 500) → an error on the total cell, even when the parts add up to the new number', async () => {
    const { buffer, identity } = await generated('LAGI', 2024);
    const row = identity.rows.find((x) => x.targetId === 'HCCB-6-t1')?.row;
    const cells = { ...split600(identity, 0), [`E${row}`]: 560 };
    const r = await check(await typeInto(buffer, SHEET, cells));
    expect(r.findings.filter((f) => f.code === 'allot/total-changed').map((f) => [f.cell, f.actual, f.expected])).toEqual([[`E${row}`, '560', '600']]);
  });

  it('the units file changed after the table was made (a commune gone, one added) → unknown-child on its header cell, child-missing for the new one', async () => {
    const { plan, hash } = await sharedSamplePlan();
    const { buffer, identity } = await generated('LAGI', 2024);
    const text = readFileSync(UNITS_FILE, 'utf8')
      .replace(/^  - \{ code: LG-TANPHUOC.*$/m, '  - { code: LG-TANPHUOC2, name: "Xã Tân Phước mới", level: "xã", parent: LAGI, validTo: 2025-Q2 }');
    const changed = parseUnitsText(text, 'units.yaml', plan.organizations.map((o) => o.code));
    if (!changed.ok) throw new Error(JSON.stringify(changed.findings));
    const r = await readAllotmentTable(await typeInto(buffer, SHEET, split600(identity, 40)), { plan, planHash: hash, units: changed.tree });
    const letter = identity.children.find((c) => c.code === 'LG-TANPHUOC')?.letter;
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.cell ?? null, f.actual])).toEqual([
      ['allot/unknown-child', `${letter}5`, 'LG-TANPHUOC'],
      ['allot/child-missing', null, 'LG-TANPHUOC2'],
      ['allot/sum-mismatch', `${identity.columns.sum}${identity.rows.find((x) => x.targetId === 'HCCB-6-t1')?.row}`, '560'],
    ]);
  });

  it('a table made for another version of the plan → wrong-plan, nothing read', async () => {
    const { buffer } = await generated('LAGI', 2024);
    const { plan } = await loadSamplePlan();
    const other = { ...plan, targets: plan.targets.map((t) => (t.id === 'HCCB-6-t1' ? { ...t, value: 700 } : t)) };
    const r = await readAllotmentTable(buffer, { plan: other, planHash: planHash(other), units: await sampleUnits() });
    expect(r.findings.map((f) => f.code)).toEqual(['allot/wrong-plan']);
  });

  it('a workbook that is not an allotment table (a form) → not-allotment', async () => {
    const { plan, hash } = await sharedSamplePlan();
    const { templateBuffer } = await import('../../src/template/index.ts');
    const r = await readAllotmentTable(await templateBuffer(plan, hash, 'HCCB', '2024-Q1'), { plan, planHash: hash, units: await sampleUnits() });
    expect(r.findings.map((f) => f.code)).toEqual(['allot/not-allotment']);
  });

  it('a filled table saved again by LibreOffice → read the same (identity sheet only hidden, formulas recomputed)', async () => {
    const { buffer, identity } = await generated('LAGI', 2024);
    const filled = await typeInto(buffer, SHEET, split600(identity, 40));
    const saved = resave(filled, 'xlsx');
    const r = await check(saved);
    if (!r.ok) throw new Error(JSON.stringify(r.findings));
    expect(r.allotment.shares['HCCB-6-t1']?.['LG-TANPHUOC']).toBe(40);
    // LibreOffice computed "Chênh lệch": 0 on the filled row.
    const wb = await load(saved);
    const row = identity.rows.find((x) => x.targetId === 'HCCB-6-t1')?.row;
    expect(wb.getWorksheet(SHEET)?.getCell(`${identity.columns.difference}${row}`).result).toBe(0);
  });
});
