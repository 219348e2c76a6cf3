import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Plan } from '../../src/model/plan.ts';
import type { Store } from '../../src/model/store.ts';
import type { Submission } from '../../src/model/submission.ts';
import { REPORT_SHEET_NAME } from '../../src/model/workbook-meta.ts';
import { readTemplateMeta, writeTemplates } from '../../src/template/index.ts';
import { SAMPLE_PLAN, samplePlan, tempDir } from './fixtures.ts';
import { captureContext } from '../helpers/cli.ts';

let plan: Plan;
let hash: string;
beforeAll(async () => {
  ({ plan, hash } = await samplePlan());
});

/** A store holding one accepted Q1 submission of HCCB. */
function storeWith(sub: Submission): Store {
  const unused = () => {
    throw new Error('not used by templates');
  };
  return {
    savePlan: unused,
    savedPlan: unused,
    recordAccepted: unused,
    recordFailure: unused,
    batch: unused,
    currentSubmissions: (planId, period) => (planId === sub.planId && period === sub.period ? [sub] : []),
    submissionHistory: unused,
    supersededSubmissions: unused,
    versionHistory: unused,
    submissionCells: unused,
    lastSavedPlan: unused,
    currentVersion: unused,
    submissionById: unused,
    restoreVersion: unused,
    versionLog: unused,
    ingestLog: unused,
    close: () => {},
  };
}

describe('writeTemplates', () => {
  it('existing file without force → file-exists finding, file untouched; with force → rewritten', async () => {
    const dir = tempDir('exists');
    const path = join(dir, '2024-Q1_HND.xlsx');
    writeFileSync(path, 'giữ nguyên');
    const first = await writeTemplates(plan, hash, { period: '2024-Q1', orgs: ['HND', 'HCCB'], outDir: dir });
    expect(first.findings.map((f) => [f.code, f.org])).toEqual([['template/file-exists', 'HND']]);
    expect(first.files.map((f) => f.org)).toEqual(['HCCB']);
    expect(readFileSync(path, 'utf8')).toBe('giữ nguyên');
    const second = await writeTemplates(plan, hash, { period: '2024-Q1', orgs: ['HND'], outDir: dir, force: true });
    expect(second.findings).toEqual([]);
    expect(statSync(path).size).toBeGreaterThan(5000);
  });

  it('unknown organisation code → unknown-org error finding, the others still written', async () => {
    const dir = tempDir('unknown');
    const r = await writeTemplates(plan, hash, { period: '2024-Q1', orgs: ['XYZ', 'LDLD'], outDir: dir });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['template/unknown-org', 'error']]);
    expect(r.files.map((f) => f.org)).toEqual(['LDLD']);
  });

  it('a period the plan does not ask for (2024-H1 when offices report quarters) → period-not-reported warning, still written', async () => {
    const r = await writeTemplates(plan, hash, { period: '2024-H1', orgs: ['HND'], outDir: tempDir('h1') });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['template/period-not-reported', 'warning']]);
    expect(r.files).toHaveLength(1);
  });

  it('store with an accepted Q1 report → Q2 template shows its cumulative results; an org without one → no-previous info', async () => {
    const ids = new Set(plan.tasks.filter((t) => t.org === 'HCCB').map((t) => t.id));
    const targets = plan.targets.filter((t) => ids.has(t.task));
    const sub: Submission = {
      id: 1, planId: plan.id, planHash: hash, org: 'HCCB', period: '2024-Q1', fileName: 'q1.xlsx', sha256: 'x',
      receivedAt: '2024-04-03T08:00:00Z', supersededBy: null,
      targets: targets.map((t, i) => ({ targetId: t.id, inPeriod: i, cumulative: i * 10 })),
      tasks: [], info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' },
      findings: [],
    };
    const dir = tempDir('previous');
    const r = await writeTemplates(plan, hash, { period: '2024-Q2', orgs: ['HCCB', 'HND'], outDir: dir, store: storeWith(sub) });
    expect(r.findings.map((f) => [f.code, f.org])).toEqual([['template/no-previous', 'HND']]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '2024-Q2_HCCB.xlsx'));
    const meta = readTemplateMeta(wb)!;
    const ws = wb.getWorksheet(REPORT_SHEET_NAME)!;
    targets.forEach((t, i) => {
      const row = meta.rows.find((x) => x.id === t.id)!.row;
      expect(ws.getCell(`${meta.columns.previous}${row}`).value).toBe(i * 10);
    });
  });
});


describe('baocao template (CLI)', () => {
  it('--json → one JSON object listing the files; files exist', async () => {
    const dir = tempDir('cli');
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'template', SAMPLE_PLAN, '--period', '2024-Q1', '--org', 'HCCB', 'TDTN', '-o', dir, '--json'], ctx);
    expect(code).toBe(0);
    const json = JSON.parse(ctx.out.join('')) as { files: Array<{ org: string; period: string; path: string; tasks: number; targets: number }> };
    expect(json.files.map((f) => [f.org, f.period])).toEqual([['HCCB', '2024-Q1'], ['TDTN', '2024-Q1']]);
    for (const f of json.files) expect(existsSync(f.path)).toBe(true);
  });

  it('--org in any case ("hccb") → the plan\'s code, as report --org takes it', async () => {
    const dir = tempDir('cli-case');
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'template', SAMPLE_PLAN, '--period', '2024-Q1', '--org', 'hccb,Tdtn', '-o', dir, '--json'], ctx);
    expect(code).toBe(0);
    const json = JSON.parse(ctx.out.join('')) as { files: Array<{ org: string; path: string }> };
    expect(json.files.map((f) => [f.org, basename(f.path)])).toEqual([['HCCB', '2024-Q1_HCCB.xlsx'], ['TDTN', '2024-Q1_TDTN.xlsx']]);
  });

  it('unknown --org → exit 2, message names the valid codes, nothing written', async () => {
    const dir = tempDir('cli-bad');
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'template', SAMPLE_PLAN, '--period', '2024-Q1', '--org', 'HCB', '-o', dir], ctx);
    expect(code).toBe(2);
    expect(ctx.err.join('\n')).toContain('MTTQ, HLHPN, HCCB, HND, LDLD, TDTN');
    expect(existsSync(join(dir, '2024-Q1_HCB.xlsx'))).toBe(false);
  });

  it('malformed --period → exit 2', async () => {
    const ctx = captureContext();
    expect(await main(['node', 'baocao', 'template', SAMPLE_PLAN, '--period', '2024-Q5', '-o', tempDir('cli-period')], ctx)).toBe(2);
  });

  it('second run into the same folder → exit 1 (files kept); --force → exit 0', async () => {
    const dir = tempDir('cli-force');
    const args = ['node', 'baocao', 'template', SAMPLE_PLAN, '--period', '2024-Q3', '--org', 'HND', '-o', dir];
    expect(await main(args, captureContext())).toBe(0);
    expect(await main(args, captureContext())).toBe(1);
    expect(await main([...args, '--force'], captureContext())).toBe(0);
  });
});
