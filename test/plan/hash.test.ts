import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/form/identity-sheet.ts';
import type { Plan } from '../../src/model/plan.ts';
import { planHash, writeCanonicalJson } from '../../src/plan/hash.ts';
import { requirePlan } from '../../src/plan/index.ts';

const SAMPLES = join(import.meta.dirname, '../../samples');

describe('planHash', () => {
  it('is the version stamped into the shipped sample workbooks (a changed hash would reject every issued form)', async () => {
    const { plan } = await requirePlan(join(SAMPLES, 'plan-2024.yaml'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(SAMPLES, 'filled', 'BC quy I - Hoi CCB.xlsx'))) as unknown as ArrayBuffer);
    const meta = readMeta(wb);
    if (meta.state !== 'ok') throw new Error('sample workbook without metadata');
    expect(planHash(plan)).toBe(meta.meta.planHash);
  });

  it('depends on content, not on key order', async () => {
    const { plan } = await requirePlan(join(SAMPLES, 'plan-2024.yaml'));
    const reordered = Object.fromEntries(Object.entries(plan).reverse()) as Plan;
    expect(planHash(reordered)).toBe(planHash(plan));
    expect(planHash({ ...plan, tasks: plan.tasks.slice(1) })).not.toBe(planHash(plan));
  });
});

describe('writeCanonicalJson', () => {
  it('is JSON.parse-able, with sorted keys and JSON.stringify values, in pieces', () => {
    const value = { b: [1, undefined, 'x', { d: 2, c: 'ệ"\n' }], a: { z: undefined, y: 0.5 }, n: null, many: Array.from({ length: 20_000 }, (_, i) => ({ i })) };
    const chunks: string[] = [];
    writeCanonicalJson(value, (c) => chunks.push(c));
    const text = chunks.join('');
    expect(chunks.length).toBeGreaterThan(1);
    expect(JSON.parse(text)).toEqual({ a: { y: 0.5 }, b: [1, null, 'x', { c: 'ệ"\n', d: 2 }], many: Array.from({ length: 20_000 }, (_, i) => ({ i })), n: null });
    expect(text.startsWith('{"a":{"y":0.5},"b":[1,null,"x",{"c":"ệ\\"\\n","d":2}]')).toBe(true);
  });
});
