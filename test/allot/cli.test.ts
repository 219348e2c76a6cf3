import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { AllotmentSchema } from '../../src/model/index.ts';
import { readTemplateMeta } from '../../src/template/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { captureContext } from '../helpers/cli.ts';
import { tempDir } from '../ingest/setup.ts';
import { PLAN_FILE, UNITS_FILE, typeInto } from './helpers.ts';

async function run(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('') };
}

const CHILDREN_2024 = ['PHANTHIET', 'LAGI', 'TUYPHONG', 'BACBINH', 'HAMTHUANBAC', 'HAMTHUANNAM', 'TANHLINH', 'DUCLINH', 'HAMTAN', 'PHUQUY', 'DUK'];

describe('baocao allot template / check, and template --allotment', () => {
  it('the province splits "kết nạp 2.500 đoàn viên" → check saves the JSON beside the table; La Gi\'s LDLD form shows its 120', async () => {
    const dir = tempDir('allot-cli-');
    const table = join(dir, 'phan-bo.xlsx');
    const made = await run('allot', 'template', '--plan', PLAN_FILE, '--units', UNITS_FILE, '--unit', 'BDVTU', '--year', '2024', '-o', table, '--json');
    expect(made.code).toBe(0);
    const out = JSON.parse(made.out) as { children: string[]; targets: { targetId: string }[] };
    expect(out.children).toEqual(CHILDREN_2024);
    // Fill: LAGI 120, the other ten 238 each = 2.500.
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(table) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Phân bổ');
    const row = out.targets.findIndex((t) => t.targetId === 'LDLD-6.1-t1') + 7;
    const header = ws?.getRow(5);
    const cells: Record<string, number> = {};
    header?.eachCell((cell, col) => {
      if (col < 6 || col > 5 + CHILDREN_2024.length) return;
      cells[`${cell.address.replace(/\d+$/, '')}${row}`] = cell.value === 'Ban Dân vận Thị ủy La Gi' ? 120 : 238;
    });
    writeFileSync(table, await typeInto(readFileSync(table), 'Phân bổ', cells));

    const checked = await run('allot', 'check', table, '--plan', PLAN_FILE, '--units', UNITS_FILE);
    expect(checked.code).toBe(0);
    const saved = AllotmentSchema.parse(JSON.parse(readFileSync(join(dir, 'phan-bo.json'), 'utf8')));
    expect(saved.shares['LDLD-6.1-t1']?.LAGI).toBe(120);
    // Nothing a user gave is overwritten: a second check refuses to replace the JSON.
    expect((await run('allot', 'check', table, '--plan', PLAN_FILE, '--units', UNITS_FILE)).code).toBe(2);

    const forms = join(dir, 'bieu-mau');
    const noUnit = await run('template', PLAN_FILE, '--period', '2024-Q1', '--org', 'LDLD', '-o', forms, '--allotment', join(dir, 'phan-bo.json'));
    expect(noUnit.code).toBe(2);
    expect(noUnit.err).toContain('--unit');
    expect(existsSync(forms)).toBe(false);

    const withUnit = await run('template', PLAN_FILE, '--period', '2024-Q1', '--org', 'LDLD', '-o', forms, '--allotment', join(dir, 'phan-bo.json'), '--units', UNITS_FILE, '--unit', 'LAGI');
    expect(withUnit.code).toBe(0);
    const form = new Workbook();
    await form.xlsx.load(readFileSync(join(forms, '2024-Q1_LAGI_LDLD.xlsx')) as unknown as ArrayBuffer);
    expect(readTemplateMeta(form)?.shares).toEqual({ 'LDLD-6.1-t1': 120 });

    const otherYear = await run('template', PLAN_FILE, '--period', '2025-Q1', '--org', 'LDLD', '-o', join(dir, 'x'), '--allotment', join(dir, 'phan-bo.json'), '--units', UNITS_FILE, '--unit', 'LAGI');
    expect(otherYear.code).toBe(2);
  });

  it('a unit not in the year\'s tree (La Gi in 2025) → exit 2 with a Vietnamese message, no file', async () => {
    const dir = tempDir('allot-cli-');
    const r = await run('allot', 'template', '--plan', PLAN_FILE, '--units', UNITS_FILE, '--unit', 'LAGI', '--year', '2025', '-o', join(dir, 'a.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('LAGI');
    expect(existsSync(join(dir, 'a.xlsx'))).toBe(false);
  });

  it('a table with a sum that does not add up → exit 1, no JSON written', async () => {
    const dir = tempDir('allot-cli-');
    const table = join(dir, 'pb.xlsx');
    expect((await run('allot', 'template', '--plan', PLAN_FILE, '--units', UNITS_FILE, '--unit', 'LAGI', '--year', '2024', '-o', table)).code).toBe(0);
    writeFileSync(table, await typeInto(readFileSync(table), 'Phân bổ', { F11: 5 }));
    const r = await run('allot', 'check', table, '--plan', PLAN_FILE, '--units', UNITS_FILE, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as { findings: { code: string; cell?: string }[] };
    expect(out.findings.filter((f) => f.code === 'allot/sum-mismatch').map((f) => f.cell)).toEqual(['O11']);
    expect(existsSync(join(dir, 'pb.json'))).toBe(false);
  });
});
