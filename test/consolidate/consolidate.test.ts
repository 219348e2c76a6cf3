import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { consolidate, consolidatedWorkbook, consolidateTargets, readConsolidated, type Consolidated } from '../../src/consolidate/index.ts';
import { subtreeCompleteness } from '../../src/evaluate/index.ts';
import type { DataRow, Plan } from '../../src/model/index.ts';
import { planHash } from '../../src/plan/index.ts';
import { openStore } from '../../src/store/index.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import { loadUnits, UnitTree, type UnitTreeAt } from '../../src/units/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { resave } from '../e2e/soffice.ts';
import { SAMPLE_PLAN, sampleInput, samplePlan } from '../report/fixture.ts';

const UNITS = fileURLToPath(new URL('../../samples/units-2024.yaml', import.meta.url));
const plan = samplePlan();
const submissions = sampleInput(plan).submissions;
const ORGS = plan.organizations.map((o) => o.code);

function build(at: UnitTreeAt, unit: string): Consolidated & { buffer: () => Promise<Buffer> } {
  const reports = submissions.map((s) => ({ unit, org: s.org, completeness: 'on_time' as const }));
  const completeness = subtreeCompleteness(at, unit, ORGS, reports);
  const result = consolidate({ plan, planHash: planHash(plan), period: '2024-Q1', tree: at, unit, contributions: [{ unit, submissions }], completeness, createdAt: '2024-04-12T08:00:00+07:00' });
  return { ...result, buffer: async () => Buffer.from(await (await consolidatedWorkbook(plan, result, completeness)).xlsx.writeBuffer()) };
}
const single = () => build(UnitTree.single('BDV', 'Ban Dân vận Tỉnh ủy').at('2024-Q1'), 'BDV');

async function edit(buffer: Buffer, sheet: string, cell: string, value: string | number | null): Promise<Buffer> {
  const wb = new Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  ws.getCell(cell).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('consolidated workbook: write and read back', () => {
  it('write → read back: the same data rows, texts and identity, no finding', async () => {
    const c = single();
    const r = await readConsolidated(await c.buffer(), { unit: 'BDV', planHash: planHash(plan), period: '2024-Q1' });
    expect(r.findings).toEqual([]);
    if (!r.ok) throw new Error('not ok');
    expect(r.rows).toEqual(c.rows);
    expect(r.texts).toEqual(c.texts);
    expect(r.identity).toEqual(c.identity);
    // Every reported number of the four submissions is a row (independently counted here).
    const expectedRows = submissions.reduce((n, s) => n + s.targets.reduce((k, t) => k + (t.inPeriod !== null ? 1 : 0) + (t.cumulative !== null ? 1 : 0), 0), 0);
    expect(r.rows).toHaveLength(expectedRows);
    expect(r.identity.included.map((i) => [i.org, i.submissionId, i.sha256])).toEqual(submissions.map((s) => [s.org, s.id, s.sha256]));
    expect(r.identity.missing.map((m) => m.org).sort()).toEqual(ORGS.filter((o) => !submissions.some((s) => s.org === o)).sort());
  });

  it('progress is shown in Vietnamese in "Nội dung" (Hoàn thành…), and still reads back as its code', async () => {
    const c = single();
    const wb = new Workbook();
    await wb.xlsx.load((await c.buffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Nội dung');
    const shown = new Set<string>();
    ws?.eachRow((row, n) => {
      if (n > 1 && row.getCell(4).value === 'Tiến độ') shown.add(String(row.getCell(5).value));
    });
    expect(shown.size).toBeGreaterThan(0);
    for (const v of shown) expect(['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện']).toContain(v);
    const r = await readConsolidated(await c.buffer());
    expect(r.ok && r.texts.filter((t) => t.field === 'progress').every((t) => ['done', 'in_progress', 'not_started'].includes(t.text))).toBe(true);
  });

  it('an edited number in "Dữ liệu" → consolidate/edited-cell naming that sheet and cell; not ok', async () => {
    const c = single();
    const original = c.rows[3];
    if (!original) throw new Error('fixture has too few rows');
    const r = await readConsolidated(await edit(await c.buffer(), 'Dữ liệu', 'F5', original.value + 1));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['consolidate/edited-cell', 'Dữ liệu', 'F5']]);
  });

  it('a number replaced by text → consolidate/bad-value at that cell', async () => {
    const r = await readConsolidated(await edit(await single().buffer(), 'Dữ liệu', 'F2', '12a'));
    expect(r.findings.map((f) => [f.code, f.cell])).toContainEqual(['consolidate/bad-value', 'F2']);
    expect(r.ok).toBe(false);
  });

  it('an edited text answer → consolidate/edited-cell in "Nội dung"', async () => {
    const r = await readConsolidated(await edit(await single().buffer(), 'Nội dung', 'E3', 'Đã sửa'));
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['consolidate/edited-cell', 'Nội dung', 'E3']]);
  });

  it('a data row deleted → consolidate/rows-changed', async () => {
    const c = single();
    const wb = new Workbook();
    await wb.xlsx.load((await c.buffer()) as unknown as ArrayBuffer);
    wb.getWorksheet('Dữ liệu')?.spliceRows(c.rows.length + 1, 1);
    const r = await readConsolidated(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.findings.map((f) => f.code)).toContain('consolidate/rows-changed');
  });

  it('a workbook of another unit, plan or period → wrong-unit, wrong-plan, wrong-period', async () => {
    const r = await readConsolidated(await single().buffer(), { unit: 'LAGI', planHash: 'other', period: '2024-Q2' });
    expect(r.findings.map((f) => f.code)).toEqual(['consolidate/wrong-unit', 'consolidate/wrong-plan', 'consolidate/wrong-period']);
    expect(r.ok).toBe(false);
  });

  it('the province reading La Gi’s workbook: accepted among its 2024 children, refused in the 2025-Q3 tree (districts gone)', async () => {
    const units = await loadUnits(UNITS, ORGS);
    if (!units.ok) throw new Error('units');
    const buffer = await build(units.tree.at('2024-Q1'), 'LAGI').buffer();
    const children = (period: string) => units.tree.at(period as '2024-Q1').childrenOf('BDVTU').map((u) => u.code);
    expect((await readConsolidated(buffer, { units: children('2024-Q1') })).findings).toEqual([]);
    const later = await readConsolidated(buffer, { units: children('2025-Q3') });
    expect(later.findings.map((f) => f.code)).toEqual(['consolidate/wrong-unit']);
  });

  it('a workbook without the identity sheet → consolidate/not-consolidated', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Tổng hợp').getCell('A1').value = 1;
    const r = await readConsolidated(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.findings.map((f) => f.code)).toEqual(['consolidate/not-consolidated']);
  });

  it('re-saved by LibreOffice (opened and saved at the upper level) → still reads back unchanged', async () => {
    const c = single();
    const r = await readConsolidated(resave(await c.buffer(), 'xlsx'), { unit: 'BDV' });
    expect(r.findings).toEqual([]);
    expect(r.ok && r.rows).toEqual(c.rows);
  }, 90_000);

  it('La Gi in the 2024 tree: its path to the province and its nine communes’ reports listed as missing', async () => {
    const units = await loadUnits(UNITS, ORGS);
    if (!units.ok) throw new Error('units');
    const c = build(units.tree.at('2024-Q1'), 'LAGI');
    expect(c.identity.path.map((p) => p.code)).toEqual(['LAGI', 'BDVTU']);
    expect(new Set(c.identity.missing.filter((m) => m.unit !== 'LAGI').map((m) => m.unit)).size).toBe(9);
    expect(c.identity.missing.filter((m) => m.unit === 'LG-TANHAI').map((m) => m.org)).toEqual(['MTTQ', 'HLHPN', 'HCCB', 'HND', 'TDTN']);
  });
});

describe('consolidate over several units', () => {
  it('La Gi with two communes’ submissions: counts equal the sum computed here from the submissions; each unit’s rows kept', async () => {
    const units = await loadUnits(UNITS, ORGS);
    if (!units.ok) throw new Error('units');
    const at = units.tree.at('2024-Q1');
    const commune = (unit: string, factor: number) => ({
      unit,
      submissions: submissions.filter((s) => s.org !== 'LDLD').map((s, i) => ({ ...s, id: 100 + i + factor, sha256: `${unit}-${s.org}`, targets: s.targets.map((t) => ({ ...t, inPeriod: t.inPeriod === null ? null : t.inPeriod * factor, cumulative: t.cumulative === null ? null : t.cumulative * factor })) })),
    });
    const contributions = [{ unit: 'LAGI', submissions }, commune('LG-TANHAI', 2), commune('LG-PHUOCHOI', 3)];
    const reports = contributions.flatMap((c) => c.submissions.map((s) => ({ unit: c.unit, org: s.org, completeness: 'on_time' as const })));
    const completeness = subtreeCompleteness(at, 'LAGI', ORGS, reports);
    const result = consolidate({ plan, planHash: planHash(plan), period: '2024-Q1', tree: at, unit: 'LAGI', contributions, completeness });
    const counts = plan.targets.filter((t) => t.kind === 'count' || t.kind === 'money');
    let checked = 0;
    for (const t of counts) {
      const values = contributions.flatMap((c) => c.submissions.flatMap((s) => s.targets.filter((x) => x.targetId === t.id && x.cumulative !== null).map((x) => x.cumulative as number)));
      if (values.length === 0) continue;
      const expected = values.reduce((a, b) => a + b, 0);
      expect(result.targets.find((x) => x.targetId === t.id)?.cumulative).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    // Percents of three units without their parts are not averaged.
    const percent = result.targets.find((x) => plan.targets.find((t) => t.id === x.targetId)?.kind === 'percent' && x.units > 1);
    expect(percent?.method).toBe('no-parts');
    expect(new Set(result.rows.map((r) => r.unit))).toEqual(new Set(['LAGI', 'LG-TANHAI', 'LG-PHUOCHOI']));
    expect(result.identity.included.filter((i) => i.unit === 'LG-TANHAI')).toHaveLength(submissions.filter((s) => s.org !== 'LDLD').length);
    expect(result.identity.missing.some((m) => m.unit === 'LG-TANHAI')).toBe(true); // HND expected there, not in the fixture
  });
});

describe('consolidateTargets', () => {
  const target = (kind: 'count' | 'percent') => plan.targets.find((t) => t.kind === kind);
  const count = target('count');
  const percent = target('percent');
  if (!count || !percent) throw new Error('sample plan lacks a count or a percent target');
  const figure = (p: Plan, rows: DataRow[], id: string) => consolidateTargets(p, rows).find((t) => t.targetId === id);
  const org = plan.tasks.find((t) => t.id === count.task)?.org ?? '';
  const porg = plan.tasks.find((t) => t.id === percent.task)?.org ?? '';

  it('counts of two units are summed', () => {
    const rows: DataRow[] = [
      { unit: 'A', org, targetId: count.id, measure: 'cumulative', value: 120 },
      { unit: 'B', org, targetId: count.id, measure: 'cumulative', value: 35 },
      { unit: 'A', org, targetId: count.id, measure: 'inPeriod', value: 20 },
    ];
    expect(figure(plan, rows, count.id)).toMatchObject({ cumulative: 155, inPeriod: 20, units: 2, method: 'sum' });
  });

  it('a percent of two units with parts → Σ numerators / Σ denominators (80/300), not the average of 50% and 15%', () => {
    const rows: DataRow[] = [
      { unit: 'A', org: porg, targetId: percent.id, measure: 'cumulative', value: 50 },
      { unit: 'A', org: porg, targetId: percent.id, measure: 'numerator', value: 50 },
      { unit: 'A', org: porg, targetId: percent.id, measure: 'denominator', value: 100 },
      { unit: 'B', org: porg, targetId: percent.id, measure: 'cumulative', value: 15 },
      { unit: 'B', org: porg, targetId: percent.id, measure: 'numerator', value: 30 },
      { unit: 'B', org: porg, targetId: percent.id, measure: 'denominator', value: 200 },
    ];
    const f = figure(plan, rows, percent.id);
    expect(f?.method).toBe('ratio');
    expect(f?.cumulative).toBeCloseTo((80 / 300) * 100, 10);
    expect(f?.cumulative).not.toBeCloseTo(32.5, 1);
  });

  it('a percent of two units without parts → left empty (no-parts), never averaged; one unit → its own level', () => {
    const two: DataRow[] = [
      { unit: 'A', org: porg, targetId: percent.id, measure: 'cumulative', value: 50 },
      { unit: 'B', org: porg, targetId: percent.id, measure: 'cumulative', value: 15 },
    ];
    expect(figure(plan, two, percent.id)).toMatchObject({ cumulative: null, method: 'no-parts', units: 2 });
    expect(figure(plan, two.slice(0, 1), percent.id)).toMatchObject({ cumulative: 50, method: 'single' });
  });
});

describe('baocao consolidate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-consolidate-'));
  const db = join(dir, 'baocao.db');
  {
    const store = openStore(db);
    store.savePlan(plan, planHash(plan));
    // A district office's own forms carry its unit (template --unit LAGI): a form without one is
    // the top office's, the root of the units file.
    for (const { id: _id, supersededBy: _s, ...sub } of submissions) store.recordAccepted({ ...sub, unit: 'LAGI', planHash: planHash(plan) });
    store.close();
  }
  async function run(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, exitCode: 0 };
    const code = await main(['node', 'baocao', 'consolidate', '--plan', SAMPLE_PLAN, '--period', '2024-Q1', '--db', db, ...args], ctx);
    return { code, stdout, stderr };
  }

  it('writes the unit’s workbook (read back clean for LAGI); an existing file needs --force; a unit not in the tree → exit 2', async () => {
    const out = join(dir, 'LAGI.xlsx');
    const r = await run('--unit', 'LAGI', '--units', UNITS, '-o', out, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { unit: string; included: number; missing: number };
    expect([json.unit, json.included]).toEqual(['LAGI', submissions.length]);
    const back = await readConsolidated(readFileSync(out), { unit: 'LAGI' });
    expect(back.findings).toEqual([]);
    const before = readFileSync(out);
    expect((await run('--unit', 'LAGI', '--units', UNITS, '-o', out)).code).toBe(2);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect((await run('--unit', 'LAGI', '--units', UNITS, '-o', out, '--force')).code).toBe(0);
    expect((await run('--unit', 'PHUONG-LAGI', '--units', UNITS, '-o', join(dir, 'x.xlsx'))).code).toBe(2);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    writeFileSync(join(dir, 'note.txt'), '');
    expect((await run('-o', join(dir, 'note.txt'))).code).toBe(2);
  });
});

describe('ingest meets a consolidated workbook', () => {
  it('without a tree of units → stored as a workbook from below with a warning (unit unchecked), never read as a form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-consolidate-ingest-'));
    const file = join(dir, 'LAGI-tong-hop.xlsx');
    writeFileSync(file, await single().buffer());
    const store = openStore(':memory:');
    try {
      const batch = await ingestFiles([file], { plan, planHash: planHash(plan), store });
      expect(batch.summary.accepted).toBe(1);
      expect(batch.files.flatMap((f) => f.findings.map((x) => x.code))).toEqual(['ingest/consolidated-unit-unchecked', 'ingest/consolidated-accepted']);
      expect(store.currentSubmissions(plan.id, '2024-Q1')).toEqual([]);
      expect(store.currentConsolidated?.(plan.id, '2024-Q1').map((c) => c.unit)).toEqual(['BDV']);
    } finally {
      store.close();
    }
  });
});
