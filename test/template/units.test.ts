// Forms per unit × organisation × period: `template --units --unit/--under` over samples/units-2024.yaml.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Plan } from '../../src/model/plan.ts';
import { GUIDE_SHEET_NAME, INFO_SHEET_NAME, REPORT_SHEET_NAME } from '../../src/model/workbook-meta.ts';
import { readTemplateMeta, selectUnitForms } from '../../src/template/index.ts';
import { requireUnits } from '../../src/units/index.ts';
import { captureContext } from '../helpers/cli.ts';
import { SAMPLE_PLAN, samplePlan, tempDir } from './fixtures.ts';

const UNITS = fileURLToPath(new URL('../../samples/units-2024.yaml', import.meta.url));
let plan: Plan;
beforeAll(async () => {
  ({ plan } = await samplePlan());
});

async function run(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', 'template', SAMPLE_PLAN, '--units', UNITS, ...args], ctx);
  return { code, ctx, json: code !== 2 || args.includes('--json') ? tryJson(ctx.out.join('')) : null };
}
const tryJson = (t: string) => {
  try {
    return JSON.parse(t) as { files: Array<{ org: string; unit?: string; path: string }>; findings: Array<{ code: string }> };
  } catch {
    return null;
  }
};

async function open(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe('template --unit', () => {
  it('a phường without LĐLĐ → 5 forms, unit in identity, file names and title, unit line on "Thông tin"', async () => {
    const dir = tempDir('unit-');
    const { code, json } = await run('--period', '2024-Q2', '--unit', 'LG-PHUOCHOI', '-o', dir, '--json');
    expect(code).toBe(0);
    expect(json?.files.map((f) => f.org).sort()).toEqual(['HCCB', 'HLHPN', 'HND', 'MTTQ', 'TDTN']);
    expect(json?.files.every((f) => f.unit === 'LG-PHUOCHOI')).toBe(true);
    expect(readdirSync(dir).sort()).toContain('2024-Q2_LG-PHUOCHOI_MTTQ.xlsx');
    const wb = await open(join(dir, '2024-Q2_LG-PHUOCHOI_MTTQ.xlsx'));
    const meta = readTemplateMeta(wb);
    expect([meta?.unit, meta?.unitName, meta?.org, meta?.period]).toEqual(['LG-PHUOCHOI', 'Phường Phước Hội', 'MTTQ', '2024-Q2']);
    const orgLine = String(wb.getWorksheet(REPORT_SHEET_NAME)!.getCell('A3').value);
    expect(orgLine).toBe('Đơn vị báo cáo: Phường Phước Hội — Mặt trận Tổ quốc');
    expect(String(wb.getWorksheet(INFO_SHEET_NAME)!.getCell('A3').value)).toBe('Đơn vị báo cáo: Phường Phước Hội — Mặt trận Tổ quốc');
    // The guide sends the commune's form to its district's Ban Dân vận, not to the province's.
    const guide: string[] = [];
    wb.getWorksheet(GUIDE_SHEET_NAME)!.eachRow((row) => guide.push(String(row.getCell(2).value ?? '')));
    expect(guide).toContain('Nơi nhận: Ban Dân vận Thị ủy La Gi.');
  });

  it('the bloc committee (LĐLĐ, Đoàn, HCCB only) with --org MTTQ HCCB → only HCCB, MTTQ said not at the unit', async () => {
    const dir = tempDir('unit-org-');
    const { code, json } = await run('--period', '2024-Q2', '--unit', 'DUK', '--org', 'MTTQ', 'HCCB', '-o', dir, '--json');
    expect(code).toBe(0);
    expect(json?.files.map((f) => f.org)).toEqual(['HCCB']);
    expect(json?.findings.map((f) => f.code)).toEqual(['template/org-not-at-unit']);
  });

  it('unknown code → exit 2, template/unknown-unit, nothing written', async () => {
    const dir = join(tempDir('unit-bad-'), 'out');
    const { code, ctx } = await run('--period', '2024-Q2', '--unit', 'LG-KHONGCO', '-o', dir);
    expect(code).toBe(2);
    expect(ctx.err.join('')).toContain('template/unknown-unit');
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  it('a district after it ended (LAGI in 2025-Q3) → exit 2, template/unit-not-in-period', async () => {
    const { code, ctx } = await run('--period', '2025-Q3', '--unit', 'LAGI', '-o', tempDir('unit-gone-'));
    expect(code).toBe(2);
    expect(ctx.err.join('')).toContain('template/unit-not-in-period');
  });

  it('--unit without --units → exit 2; --unit with --under → exit 2', async () => {
    const ctx = captureContext();
    expect(await main(['node', 'baocao', 'template', SAMPLE_PLAN, '--period', '2024-Q2', '--unit', 'LAGI', '-o', tempDir('u-')], ctx)).toBe(2);
    const both = await run('--period', '2024-Q2', '--unit', 'LAGI', '--under', 'LAGI', '-o', tempDir('u-'));
    expect(both.code).toBe(2);
  });
});

describe('template --under', () => {
  it('under LAGI in 2024-Q2 → a folder per commune, 5 forms each, file names carrying the unit code', async () => {
    const dir = tempDir('under-');
    const { code, json } = await run('--period', '2024-Q2', '--under', 'LAGI', '-o', dir, '--json');
    expect(code).toBe(0);
    const tree = (await requireUnits(UNITS)).at('2024-Q2');
    const communes = tree.childrenOf('LAGI').map((u) => u.code).sort();
    expect(readdirSync(dir).sort()).toEqual(communes);
    expect(json?.files.length).toBe(communes.length * 5);
    for (const f of json?.files ?? []) expect(f.path).toBe(join(dir, f.unit!, `2024-Q2_${f.unit}_${f.org}.xlsx`));
  });

  it('a commune moved under the province from 2025-Q3 → under LAGI in 2024, under BDVTU (not LAGI) in 2025-Q3', async () => {
    const tree = await requireUnits(UNITS);
    const in2024 = selectUnitForms(plan, tree, '2024-Q2', { under: 'LAGI' }, UNITS).forms.map((f) => f.unit.code);
    expect(in2024).toContain('LG-PHUOCHOI');
    const province2024 = selectUnitForms(plan, tree, '2024-Q2', { under: 'BDVTU' }, UNITS).forms;
    const province2025 = selectUnitForms(plan, tree, '2025-Q3', { under: 'BDVTU' }, UNITS).forms;
    // 2024: districts and their communes below the province; 2025-Q3: the districts are gone.
    expect(province2024.map((f) => f.unit.code)).toContain('LAGI');
    expect(province2025.map((f) => f.unit.code)).not.toContain('LAGI');
    expect(province2025.map((f) => f.unit.code)).toContain('LG-PHUOCHOI');
    const phuocHoi = province2025.find((f) => f.unit.code === 'LG-PHUOCHOI');
    expect(phuocHoi?.orgs).toEqual(['MTTQ', 'HLHPN', 'HCCB', 'HND', 'TDTN']);
    expect(phuocHoi?.dir).toBe('LG-PHUOCHOI');
    // The bloc committee lists only its three organisations.
    expect(province2024.find((f) => f.unit.code === 'DUK')?.orgs).toEqual(['LDLD', 'TDTN', 'HCCB']);
  });

  it('a commune (nothing below it) → exit 2, template/no-units-below', async () => {
    const { code, ctx } = await run('--period', '2024-Q2', '--under', 'LG-TANHAI', '-o', tempDir('under-leaf-'));
    expect(code).toBe(2);
    expect(ctx.err.join('')).toContain('template/no-units-below');
  });
});

describe('previous figures per unit (--db)', () => {
  it("a commune's Q2 form shows that commune's Q1 cumulative, not the office's own nor another commune's", async () => {
    const { writeTemplates } = await import('../../src/template/index.ts');
    const { openStore } = await import('../../src/store/index.ts');
    const { plan: p, hash } = await samplePlan();
    const store = openStore(':memory:');
    store.savePlan(p, hash);
    const info = { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' };
    const record = (unit: string, cumulative: number, i: number) =>
      store.recordAccepted({
        planId: p.id, planHash: hash, org: 'HCCB', unit, period: '2024-Q1', fileName: `${unit || 'own'}.xlsx`, sha256: `sha-${i}`,
        receivedAt: `2024-04-0${i}T08:00:00Z`, targets: [{ targetId: 'HCCB-6-t1', inPeriod: cumulative, cumulative }], tasks: [], info, findings: [],
      });
    record('', 100, 1);
    record('LG-PHUOCHOI', 30, 2);
    record('LG-TANHAI', 45, 3);
    const dir = tempDir('unit-prev-');
    const r = await writeTemplates(p, hash, { period: '2024-Q2', orgs: ['HCCB'], outDir: dir, store, unit: { code: 'LG-TANHAI', name: 'Xã Tân Hải' } });
    expect(r.findings).toEqual([]);
    const wb = await open(join(dir, '2024-Q2_LG-TANHAI_HCCB.xlsx'));
    const meta = readTemplateMeta(wb)!;
    const row = meta.rows.find((x) => x.id === 'HCCB-6-t1')!.row;
    expect(wb.getWorksheet(REPORT_SHEET_NAME)!.getCell(`${meta.columns.previous}${row}`).value).toBe(45);
  });
});
