import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewSubmission } from '../../src/model/store.ts';
import { planHash } from '../../src/plan/index.ts';
import { loadReportSettings, loadReportWording } from '../../src/report/index.ts';
import { openStore } from '../../src/store/index.ts';
import { subtreeEvaluation, unitFigures, writeUnitReport } from '../../src/unit-report/index.ts';
import { parseUnitsText } from '../../src/units/index.ts';
import { samplePlanSync } from '../helpers/sample-plan.ts';
import { UNITS_YAML } from './unit-fixture.ts';

const plan = samplePlanSync();
const hash = planHash(plan);
const parsed = parseUnitsText(UNITS_YAML, 'units.yaml');
if (!parsed.ok) throw new Error('fixture units file invalid');
const tree = parsed.tree.at('2024-Q1');

function form(unit: string, targets: NewSubmission['targets'], receivedAt = '2024-04-03T09:00:00+07:00'): NewSubmission {
  return {
    planId: plan.id, planHash: hash, org: 'HCCB', unit, period: '2024-Q1', fileName: `${unit}.xlsx`, sha256: `sha-${unit}`, receivedAt, targets, tasks: [],
    info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' }, findings: [],
  };
}

/** Two La Gi communes giving the percent without its parts; a third's file rejected. */
function storeWithoutParts() {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'baocao-unit-figures-')), 'baocao.db'));
  store.savePlan(plan, hash);
  store.recordAccepted(form('LG-PHUOCHOI', [{ targetId: 'HCCB-8.3-t1', inPeriod: 75, cumulative: 75 }, { targetId: 'HCCB-6-t1', inPeriod: 30, cumulative: 30 }]));
  store.recordAccepted(form('LG-TANHAI', [{ targetId: 'HCCB-8.3-t1', inPeriod: 25, cumulative: 25 }]));
  store.recordFailure({ file: 'tan-tien.xlsx', sha256: 'sha-x', receivedAt: '2024-04-03T10:00:00+07:00', outcome: 'rejected', planId: plan.id, org: 'HCCB', unit: 'LG-TANTIEN', period: '2024-Q1', findings: [] });
  return store;
}

describe('the subtree view (seam)', () => {
  it('a percent from two units without their parts → left empty ("no-parts"), never the average; a warning in the report', async () => {
    const store = storeWithoutParts();
    const figures = unitFigures({ store, plan, period: '2024-Q1', tree, unit: 'LAGI' });
    expect(figures.targets.find((t) => t.targetId === 'HCCB-8.3-t1')).toMatchObject({ method: 'no-parts', inPeriod: null, units: 2 });
    const evaluation = subtreeEvaluation(plan, '2024-Q1', figures);
    const hccb = evaluation.organizations.find((o) => o.org === 'HCCB');
    expect(hccb?.targets.find((t) => t.targetId === 'HCCB-8.3-t1')?.value).toBeNull();
    expect(hccb?.targets.find((t) => t.targetId === 'HCCB-6-t1')?.value).toBe(30);
    const written = await writeUnitReport({ store, plan, period: '2024-Q1', tree, unit: 'LAGI', settings: await loadReportSettings(), wording: await loadReportWording() });
    expect(written.findings.map((f) => [f.code, f.targetId])).toContainEqual(['report/unit-no-parts', 'HCCB-8.3-t1']);
    store.close();
  });

  it('a form for a unit not in the tree, or of an organisation not expected at its unit → counted nowhere, said in a warning each', () => {
    const store = storeWithoutParts();
    store.recordAccepted({ ...form('LG-KHONGCO', [{ targetId: 'HCCB-6-t1', inPeriod: 500, cumulative: 500 }]) });
    store.recordAccepted({ ...form('LG-TANHAI', [{ targetId: 'LDLD-6.1-t1', inPeriod: 70, cumulative: 70 }]), org: 'LDLD', sha256: 'sha-ldld' });
    const figures = unitFigures({ store, plan, period: '2024-Q1', tree, unit: 'LAGI' });
    expect(figures.outside.map((f) => [f.code, f.file]).sort()).toEqual([
      ['report/unit-form-outside', 'LG-KHONGCO.xlsx'],
      ['report/unit-form-outside', 'LG-TANHAI.xlsx'],
    ]);
    expect(figures.targets.find((t) => t.targetId === 'HCCB-6-t1')?.inPeriod).toBe(30);
    expect(figures.targets.find((t) => t.targetId === 'LDLD-6.1-t1')?.method).toBe('none');
    store.close();
  });

  it('a commune whose file was rejected → counted missing (and rejected) at that commune, not received', () => {
    const store = storeWithoutParts();
    const { completeness } = unitFigures({ store, plan, period: '2024-Q1', tree, unit: 'LAGI' });
    expect(completeness.units.find((u) => u.code === 'LG-TANTIEN')).toMatchObject({ received: 0, rejected: 1, missing: 2 });
    expect(completeness.units.find((u) => u.code === 'LG-PHUOCHOI')).toMatchObject({ received: 1, missingOrgs: ['TDTN'] });
    store.close();
  });
});
