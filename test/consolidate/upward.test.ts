// Several levels, part 2: communes' forms in a district's store → the district's consolidated
// workbook → ingested at the province → the province's subtree totals, completeness and its own
// workbook. Every expected figure is computed here from the commune numbers, not by the code.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { readConsolidated, subtreeSubmissions, subtreeView } from '../../src/consolidate/index.ts';
import { evaluatePeriod } from '../../src/evaluate/index.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import type { NewSubmission, Plan, ReportedTarget, Store } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { requireUnits, type UnitTree } from '../../src/units/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { SAMPLE_PLAN_FILE, loadSamplePlan } from '../helpers/sample-plan.ts';

const UNITS = fileURLToPath(new URL('../../samples/units-2024.yaml', import.meta.url));
const PERIOD = '2024-Q2';
const ON_TIME = '2024-07-05T09:00:00+07:00';

let plan: Plan;
let hash: string;
let units: UnitTree;
beforeAll(async () => {
  ({ plan, hash } = await loadSamplePlan());
  units = await requireUnits(UNITS, plan.organizations.map((o) => o.code));
});

const orgOf = (targetId: string) => plan.tasks.find((t) => t.id === plan.targets.find((x) => x.id === targetId)?.task)?.org ?? '';
/** A percent target of MTTQ (an organisation every commune has), reported with its parts. */
const PERCENT = 'MTTQ-6-t1';

/** A commune's numbers, different per commune and organisation: the count and the percent's parts. */
const figures = (unit: string, org: string, i: number) => ({ count: 10 * (i + 1) + org.length, numerator: [3, 40, 7, 90][i % 4] ?? 1, denominator: [10, 50, 70, 100][i % 4] ?? 1, unit });

function form(unit: string, org: string, i: number, over: Partial<NewSubmission> = {}): NewSubmission {
  const f = figures(unit, org, i);
  const targets = plan.targets
    .filter((t) => orgOf(t.id) === org)
    .flatMap((t): ReportedTarget[] => {
      if (t.kind === 'count') return [{ targetId: t.id, inPeriod: f.count, cumulative: f.count * 2 }];
      if (t.id === PERCENT) return [{ targetId: t.id, inPeriod: null, cumulative: (f.numerator / f.denominator) * 100, numerator: f.numerator, denominator: f.denominator }];
      return [];
    });
  const task = plan.tasks.find((t) => t.org === org);
  return {
    planId: plan.id, planHash: hash, org, unit, period: PERIOD, fileName: `${unit}-${org}.xlsx`, sha256: `sha-${unit}-${org}-${i}`, receivedAt: ON_TIME,
    targets, tasks: task ? [{ taskId: task.id, progress: 'in_progress', result: `Kết quả của ${unit}`, difficulties: '', proposals: '' }] : [],
    info: { reporterName: 'Nguyễn Văn A', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' }, findings: [], ...over,
  };
}

/** The communes of La Gi that send in the test, and the organisations of each. */
const COMMUNES: Array<[string, string[]]> = [
  ['LG-TANHAI', ['MTTQ', 'HLHPN', 'HND']],
  ['LG-PHUOCHOI', ['MTTQ', 'HLHPN']],
  ['LG-TANAN', ['MTTQ']],
];
const communeForms = () => COMMUNES.flatMap(([unit, orgs], u) => orgs.map((org, k) => form(unit, org, u + k)));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, exitCode: 0 };
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, stdout, stderr };
}

function districtStore(file: string, forms: NewSubmission[]): void {
  const store = openStore(file);
  store.savePlan(plan, hash);
  for (const f of forms) store.recordAccepted(f);
  store.close();
}

const count = (db: string, table: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    d.close();
  }
};
const storeRows = (db: string) => ({ consolidated: count(db, 'consolidated'), members: count(db, 'consolidated_members'), submissions: count(db, 'submissions') });

const ingestAt = (db: string, file: string, ...extra: string[]) =>
  run(['ingest', file, '--plan', SAMPLE_PLAN_FILE, '--db', db, '--units', UNITS, '--unit', 'BDVTU', '--received-at', '2024-07-10T08:00:00+07:00', '--json', ...extra]);
const codesOf = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ outcome: string; findings: Array<{ code: string; sheet: string | null; cell: string | null }> }> }).files;

async function editCell(file: string, sheet: string, cell: string, value: number): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(sheet)!.getCell(cell).value = value;
  const out = file.replace(/\.xlsx$/, '-sua.xlsx');
  await wb.xlsx.writeFile(out);
  return out;
}

describe('commune forms → district workbook → province', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-upward-'));
  const district = join(dir, 'lagi.db');
  const province = join(dir, 'tinh.db');
  const lagiFile = join(dir, 'LAGI-2024-Q2.xlsx');

  beforeAll(async () => {
    districtStore(district, communeForms());
    const r = await run(['consolidate', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--unit', 'LAGI', '--units', UNITS, '--db', district, '-o', lagiFile, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    openStore(province).close();
  });

  it('the district workbook holds each commune form (id and SHA-256) and lists the missing ones', async () => {
    const back = await readConsolidated(readFileSync(lagiFile), { unit: 'LAGI' });
    if (!back.ok) throw new Error(JSON.stringify(back.findings));
    const expected = communeForms().map((f) => [f.unit, f.org, f.sha256]).sort();
    expect(back.identity.included.map((i) => [i.unit, i.org, i.sha256]).sort()).toEqual(expected);
    // LG-TANAN has five organisations expected (no LDLD at communes), one sent.
    expect(back.identity.missing.filter((m) => m.unit === 'LG-TANAN').map((m) => m.org).sort()).toEqual(['HCCB', 'HLHPN', 'HND', 'TDTN']);
    // The percent's parts travel up as their own rows.
    expect(back.rows.filter((r) => r.targetId === PERCENT && r.measure === 'numerator')).toHaveLength(3);
  });

  it('ingested at the province: accepted; the subtree totals equal the sums of the commune numbers, the percent from Σ parts', async () => {
    const r = await ingestAt(province, lagiFile);
    expect(r.code).toBe(0);
    const [file] = codesOf(r.stdout);
    expect(file?.outcome).toBe('accepted');
    expect(file?.findings.map((f) => f.code)).toEqual(['ingest/consolidated-accepted']);

    const store = openStore(province);
    try {
      const tree = units.at(PERIOD);
      const view = subtreeView({ store, plan, period: PERIOD, tree, unit: 'BDVTU' });
      const forms = communeForms();
      let checked = 0;
      for (const t of plan.targets.filter((x) => x.kind === 'count')) {
        const values = forms.flatMap((f) => f.targets.filter((x) => x.targetId === t.id).map((x) => x.cumulative as number));
        if (values.length === 0) continue;
        expect(view.targets.find((x) => x.targetId === t.id)?.cumulative).toBe(values.reduce((a, b) => a + b, 0));
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(4);
      const parts = forms.flatMap((f) => f.targets.filter((x) => x.targetId === PERCENT));
      const num = parts.reduce((a, p) => a + (p.numerator ?? 0), 0);
      const den = parts.reduce((a, p) => a + (p.denominator ?? 0), 0);
      const average = parts.reduce((a, p) => a + (p.cumulative ?? 0), 0) / parts.length;
      const percent = view.targets.find((x) => x.targetId === PERCENT);
      expect(percent?.method).toBe('ratio');
      expect(percent?.cumulative).toBeCloseTo((num / den) * 100, 9);
      expect(Math.abs((percent?.cumulative ?? 0) - average)).toBeGreaterThan(1);
      // Completeness: La Gi's communes are received through its workbook.
      const tanhai = view.completeness.units.find((u) => u.code === 'LG-TANHAI');
      expect([tanhai?.received, tanhai?.missingOrgs]).toEqual([3, ['HCCB', 'TDTN']]);
      const lagi = view.completeness.units.find((u) => u.code === 'LAGI');
      expect(lagi?.subtree.received).toBe(forms.length);
      expect(view.workbooks.map((w) => w.unit)).toEqual(['LAGI']);
      // Per organisation, Submission-shaped, for report --unit.
      const mttq = subtreeSubmissions(plan, view, tree).find((s) => s.org === 'MTTQ');
      expect(mttq?.targets.find((t) => t.targetId === PERCENT)).toMatchObject({ numerator: num, denominator: den });
      expect(mttq?.tasks[0]?.result.split('\n')).toHaveLength(3);
      // The same figures through evaluatePeriod, as report --unit reads them.
      const submissions = subtreeSubmissions(plan, subtreeView({ store, plan, period: PERIOD, tree, unit: 'BDVTU' }), tree);
      const evaluated = evaluatePeriod(plan, PERIOD, { submissions, log: [] }).organizations.find((o) => o.org === 'MTTQ');
      expect(evaluated?.targets.find((t) => t.targetId === PERCENT)?.value).toBeCloseTo((num / den) * 100, 9);
    } finally {
      store.close();
    }
  });

  it('the province’s own workbook lists the commune forms inside La Gi’s (carried through)', async () => {
    const out = join(dir, 'BDVTU.xlsx');
    const r = await run(['consolidate', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--units', UNITS, '--db', province, '-o', out, '--json']);
    expect(r.code).toBe(0);
    const back = await readConsolidated(readFileSync(out), { unit: 'BDVTU' });
    if (!back.ok) throw new Error('not ok');
    expect(back.identity.included.map((i) => i.sha256).sort()).toEqual(communeForms().map((f) => f.sha256).sort());
    expect(new Set(back.rows.map((x) => x.unit))).toEqual(new Set(COMMUNES.map(([u]) => u)));
  });

  it('status --unit BDVTU --json: La Gi’s communes count as received through its workbook', async () => {
    const r = await run(['status', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--db', province, '--units', UNITS, '--unit', 'BDVTU', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { units: Array<{ code: string; received: number; subtree: { received: number } }> };
    expect(json.units.find((u) => u.code === 'LG-PHUOCHOI')?.received).toBe(2);
    expect(json.units.find((u) => u.code === 'LAGI')?.subtree.received).toBe(communeForms().length);
  });

  it('an edited number → consolidate/edited-cell naming sheet and cell; nothing stored', async () => {
    const before = storeRows(province);
    const edited = await editCell(lagiFile, 'Dữ liệu', 'F3', 999_999);
    const r = await ingestAt(province, edited);
    expect(r.code).toBe(1);
    const [file] = codesOf(r.stdout);
    expect(file?.outcome).toBe('rejected');
    expect(file?.findings.map((f) => [f.code, f.sheet, f.cell])).toContainEqual(['consolidate/edited-cell', 'Dữ liệu', 'F3']);
    expect(storeRows(province)).toEqual(before);
  });

  it('a workbook for a unit not below the receiving unit → consolidated-not-below; nothing stored', async () => {
    const before = storeRows(province);
    const r = await run(['ingest', lagiFile, '--plan', SAMPLE_PLAN_FILE, '--db', province, '--units', UNITS, '--unit', 'TUYPHONG', '--json']);
    expect(r.code).toBe(1);
    expect(codesOf(r.stdout)[0]?.findings.map((f) => f.code)).toEqual(['ingest/consolidated-not-below']);
    expect(storeRows(province)).toEqual(before);
  });

  it('a workbook of a unit the receiving tree does not have → consolidated-unknown-unit; nothing stored', async () => {
    const other = join(dir, 'units-other.yaml');
    writeFileSync(other, 'units:\n  - { code: BDVTU, name: "Ban Dân vận Tỉnh ủy", level: "tỉnh" }\n  - { code: PHUQUY, name: "Ban Dân vận Huyện ủy Phú Quý", level: "huyện", parent: BDVTU }\n');
    const before = storeRows(province);
    const r = await run(['ingest', lagiFile, '--plan', SAMPLE_PLAN_FILE, '--db', province, '--units', other, '--json']);
    expect(codesOf(r.stdout)[0]?.findings.map((f) => f.code)).toEqual(['ingest/consolidated-unknown-unit']);
    expect(storeRows(province)).toEqual(before);
  });

  it('the province’s tree puts Tân An under Phan Thiết → accepted with consolidated-units-elsewhere naming it; counted at its place here', async () => {
    const moved = join(dir, 'units-tan-an.yaml');
    writeFileSync(moved, readFileSync(UNITS, 'utf8').replace(/(code: LG-TANAN, name: "Phường Tân An", level: "phường", parent: )LAGI/, '$1PHANTHIET'));
    const db = join(dir, 'tinh-3.db');
    openStore(db).close();
    const r = await run(['ingest', lagiFile, '--plan', SAMPLE_PLAN_FILE, '--db', db, '--units', moved, '--json']);
    const f = (JSON.parse(r.stdout) as { files: Array<{ outcome: string; findings: Array<{ code: string; message: string }> }> }).files[0];
    expect(f?.outcome).toBe('accepted');
    expect(f?.findings.map((x) => x.code)).toEqual(['ingest/consolidated-units-elsewhere', 'ingest/consolidated-accepted']);
    expect(f?.findings[0]?.message).toContain('LG-TANAN');
    const store = openStore(db);
    try {
      const tree = (await requireUnits(moved, plan.organizations.map((o) => o.code))).at(PERIOD);
      const view = subtreeView({ store, plan, period: PERIOD, tree, unit: 'BDVTU' });
      expect(view.completeness.units.find((u) => u.code === 'PHANTHIET')?.subtree.received).toBe(1);
      expect(view.completeness.units.find((u) => u.code === 'LAGI')?.subtree.received).toBe(communeForms().length - 1);
    } finally {
      store.close();
    }
  });

  it('a second copy of the same district: same bytes → duplicate; re-made with the same data → duplicate; totals unchanged', async () => {
    const before = storeRows(province);
    const again = await ingestAt(province, lagiFile);
    expect(codesOf(again.stdout)[0]?.outcome).toBe('duplicate');
    const remade = join(dir, 'LAGI-lap-lai.xlsx');
    const r = await run(['consolidate', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--unit', 'LAGI', '--units', UNITS, '--db', district, '-o', remade]);
    expect(r.code).toBe(0);
    expect(readFileSync(remade).equals(readFileSync(lagiFile))).toBe(false);
    expect(codesOf((await ingestAt(province, remade)).stdout)[0]?.outcome).toBe('duplicate');
    expect(storeRows(province)).toEqual(before);
  });

  it('a district workbook and its communes’ own forms at the same level → ingest/overlap for the later file; nothing stored', async () => {
    // Another province store where Tân Hải's MTTQ form arrived first, directly.
    const db = join(dir, 'tinh-2.db');
    districtStore(db, [form('LG-TANHAI', 'MTTQ', 0, { fileName: 'TanHai-MTTQ.xlsx', sha256: 'direct' })]);
    const before = storeRows(db);
    const r = await ingestAt(db, lagiFile);
    expect(r.code).toBe(1);
    const f = codesOf(r.stdout)[0];
    expect(f?.outcome).toBe('rejected');
    const overlap = (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ code: string; message: string }> }> }).files[0]?.findings.find((x) => x.code === 'ingest/overlap');
    expect(overlap?.message).toContain('LG-TANHAI (MTTQ)');
    expect(overlap?.message).toContain('TanHai-MTTQ.xlsx');
    expect(storeRows(db)).toEqual(before);
  });
});

describe('a commune form arriving when La Gi’s workbook already brings that report', () => {
  it('folder ingest (worker threads) stores the workbook; then the form → ingest/overlap, not stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-upward-f-'));
    const district = join(dir, 'lagi.db');
    const province = join(dir, 'tinh.db');
    const inbox = join(dir, 'nhan');
    districtStore(district, communeForms());
    mkdirSync(inbox);
    expect((await run(['consolidate', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--unit', 'LAGI', '--units', UNITS, '--db', district, '-o', join(inbox, 'LAGI.xlsx')])).code).toBe(0);
    writeFileSync(join(inbox, 'ghi-chu.xlsx'), 'không phải bảng tính');
    openStore(province).close();
    // A folder: read by worker threads, which hand back no bytes (no --feedback): the workbook is read again from disk.
    const r = await ingestAt(province, inbox, '--workers', '2');
    const files = codesOf(r.stdout);
    expect(files.map((f) => f.outcome).sort()).toEqual(['accepted', 'unreadable']);

    // Forms do not carry their unit yet (template --unit is another change): the read form is given here.
    const formFile = join(dir, 'TanHai-MTTQ.xlsx');
    writeFileSync(formFile, 'x');
    const data = form('LG-TANHAI', 'MTTQ', 0);
    const store = openStore(province);
    try {
      const before = storeRows(province);
      const prepare = async (path: string) => ({ file: path, sha256: 'tanhai-direct', size: 1, xlsx: null, read: { data, findings: [] } });
      const batch = await ingestFiles([formFile], { plan, planHash: hash, store }, prepare);
      expect(batch.files[0]?.outcome).toBe('rejected');
      expect(batch.files[0]?.findings.map((f) => f.code)).toEqual(['ingest/overlap']);
      expect(batch.files[0]?.findings[0]?.message).toContain('LAGI.xlsx');
      expect(storeRows(province)).toEqual(before);
      // Another organisation of the commune, not in the workbook (La Gi listed it missing): accepted.
      const hnd = form('LG-TANHAI', 'HCCB', 5);
      const ok = await ingestFiles([formFile], { plan, planHash: hash, store }, async (path) => ({ file: path, sha256: 'tanhai-hccb', size: 1, xlsx: null, read: { data: hnd, findings: [] } }));
      expect(ok.files[0]?.outcome).toBe('accepted');
    } finally {
      store.close();
    }
  }, 60_000);
});

describe('a newer version of a district supersedes the older; an older one goes to history', () => {
  it('new data → superseded, totals follow the new version; received earlier → archived, not counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-upward-v-'));
    const district = join(dir, 'lagi.db');
    const province = join(dir, 'tinh.db');
    districtStore(district, communeForms());
    const v1 = join(dir, 'v1.xlsx');
    expect((await run(['consolidate', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--unit', 'LAGI', '--units', UNITS, '--db', district, '-o', v1])).code).toBe(0);
    // Tân An's HLHPN sends late at the district: a second version of La Gi.
    const store = openStore(district);
    store.recordAccepted(form('LG-TANAN', 'HLHPN', 7));
    store.close();
    const v2 = join(dir, 'v2.xlsx');
    expect((await run(['consolidate', '--plan', SAMPLE_PLAN_FILE, '--period', PERIOD, '--unit', 'LAGI', '--units', UNITS, '--db', district, '-o', v2])).code).toBe(0);
    openStore(province).close();
    expect(codesOf((await ingestAt(province, v1)).stdout)[0]?.outcome).toBe('accepted');
    const second = codesOf((await ingestAt(province, v2, '--received-at', '2024-07-11T08:00:00+07:00')).stdout)[0];
    expect(second?.outcome).toBe('superseded');
    // v1 again, re-saved (other bytes, the same data): a duplicate of the version in history.
    const v1b = join(dir, 'v1b.xlsx');
    const wb = new Workbook();
    await wb.xlsx.readFile(v1);
    wb.creator = 'x';
    await wb.xlsx.writeFile(v1b);
    expect(readFileSync(v1b).equals(readFileSync(v1))).toBe(false);
    expect(codesOf((await ingestAt(province, v1b, '--received-at', '2024-07-12T08:00:00+07:00')).stdout)[0]?.outcome).toBe('duplicate');

    const s = openStore(province);
    try {
      const view = subtreeView({ store: s, plan, period: PERIOD, tree: units.at(PERIOD), unit: 'BDVTU' });
      expect(view.completeness.units.find((u) => u.code === 'LG-TANAN')?.received).toBe(2);
      expect(s.currentConsolidated?.(plan.id, PERIOD)).toHaveLength(1);
      expect(s.consolidatedHistory?.(plan.id, PERIOD, 'LAGI').map((c) => c.status)).toEqual(['superseded', 'current']);
    } finally {
      s.close();
    }

    // Another province receives v2 first, then v1 with an earlier receipt: v1 goes to history.
    const other = join(dir, 'tinh-b.db');
    openStore(other).close();
    expect(codesOf((await ingestAt(other, v2, '--received-at', '2024-07-11T08:00:00+07:00')).stdout)[0]?.outcome).toBe('accepted');
    const late = codesOf((await ingestAt(other, v1, '--received-at', '2024-07-10T08:00:00+07:00')).stdout)[0];
    expect([late?.outcome, late?.findings.map((f) => f.code)]).toEqual(['archived', ['ingest/consolidated-accepted', 'ingest/consolidated-archived']]);
    const o = openStore(other);
    try {
      const view = subtreeView({ store: o, plan, period: PERIOD, tree: units.at(PERIOD), unit: 'BDVTU' });
      expect(view.completeness.units.find((u) => u.code === 'LG-TANAN')?.received).toBe(2);
    } finally {
      o.close();
    }
  });
});

describe('a unit moved from 2025-Q3 (Phước Hội: La Gi → the province)', () => {
  it('2024-Q2: counted under La Gi; 2025-Q3: directly under the province, La Gi gone', () => {
    const store = openStore(':memory:');
    try {
      store.recordAccepted(form('LG-PHUOCHOI', 'MTTQ', 0));
      store.recordAccepted(form('LG-PHUOCHOI', 'MTTQ', 1, { period: '2025-Q3', sha256: 'q3', receivedAt: '2025-10-05T09:00:00+07:00' }));
      const early = subtreeView({ store, plan, period: '2024-Q2', tree: units.at('2024-Q2'), unit: 'LAGI' });
      expect(early.completeness.units.find((u) => u.code === 'LG-PHUOCHOI')).toMatchObject({ parent: 'LAGI', depth: 1, received: 1 });
      expect(early.rows.some((r) => r.unit === 'LG-PHUOCHOI')).toBe(true);
      const late = subtreeView({ store, plan, period: '2025-Q3' as '2024-Q2', tree: units.at('2025-Q3'), unit: 'BDVTU' });
      expect(late.completeness.units.find((u) => u.code === 'LG-PHUOCHOI')).toMatchObject({ parent: 'BDVTU', depth: 1, received: 1 });
      expect(late.completeness.units.some((u) => u.code === 'LAGI')).toBe(false);
      const count = plan.targets.find((t) => t.kind === 'count' && orgOf(t.id) === 'MTTQ');
      expect(late.targets.find((t) => t.targetId === count?.id)?.cumulative).toBe(figures('LG-PHUOCHOI', 'MTTQ', 1).count * 2);
    } finally {
      store.close();
    }
  });
});

describe('a commune form when a workbook from below already brings it', () => {
  it('formOverlap names the unit and the workbook; a form of the office’s own unit never overlaps', async () => {
    const { formOverlap } = await import('../../src/ingest/index.ts');
    const covering: Pick<Store, 'workbookCovering'> = {
      workbookCovering: (_p, _period, unit, org) => (unit === 'LG-TANHAI' && org === 'MTTQ' ? ({ fileName: '/x/LAGI.xlsx', unit: 'LAGI' } as never) : null),
    };
    const hit = formOverlap(covering, { planId: 'p', org: 'MTTQ', unit: 'LG-TANHAI', period: PERIOD }, 'TanHai.xlsx');
    expect(hit?.code).toBe('ingest/overlap');
    expect(hit?.message).toContain('LAGI.xlsx');
    expect(formOverlap(covering, { planId: 'p', org: 'HND', unit: 'LG-TANHAI', period: PERIOD }, 'a.xlsx')).toBeNull();
    expect(formOverlap(covering, { planId: 'p', org: 'MTTQ', unit: '', period: PERIOD }, 'a.xlsx')).toBeNull();
  });
});
