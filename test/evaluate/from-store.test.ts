import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFromStore } from '../../src/evaluate/index.ts';
import type { NewSubmission } from '../../src/model/index.ts';
import { requirePlan } from '../../src/plan/index.ts';
import { openStore } from '../../src/store/index.ts';

const { plan, hash } = await requirePlan(join(import.meta.dirname, '../../samples/plan-2024.yaml'));

function sub(org: string, sha256: string, receivedAt: string): NewSubmission {
  return {
    planId: plan.id, planHash: hash, org, period: '2024-Q1', fileName: `${org}-${sha256}.xlsx`, sha256, receivedAt,
    targets: [], tasks: [],
    info: { reporterName: 'A', reporterPhone: '', reportDate: null, signerName: 'B', signerTitle: 'Chủ tịch', signerAuthority: '' },
    findings: [],
  };
}

describe('evaluateFromStore', () => {
  it('replaced versions are counted per organisation; the latest version is the one evaluated', () => {
    const store = openStore(':memory:');
    store.recordAccepted(sub('HCCB', 'a', '2024-04-03T08:00:00.000Z'));
    store.recordAccepted(sub('HCCB', 'b', '2024-04-04T08:00:00.000Z'));
    store.recordAccepted(sub('HCCB', 'c', '2024-04-05T08:00:00.000Z'));
    store.recordAccepted(sub('MTTQ', 'd', '2024-04-05T08:00:00.000Z'));
    const evaluation = evaluateFromStore(plan, '2024-Q1', store);
    const of = (org: string) => evaluation.organizations.find((o) => o.org === org);
    expect(of('HCCB')).toMatchObject({ supersededVersions: 2, fileName: 'HCCB-c.xlsx' });
    expect(of('MTTQ')).toMatchObject({ supersededVersions: 0, fileName: 'MTTQ-d.xlsx' });
    expect(of('HND')).toMatchObject({ completeness: 'missing', supersededVersions: 0 });
  });
});
