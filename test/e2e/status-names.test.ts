import { describe, expect, it } from 'vitest';
import { renderStatus } from '../../src/cli/status-view.ts';
import type { PeriodEvaluation, Plan } from '../../src/model/index.ts';
import { samplePlan } from '../ingest/setup.ts';

/** HCCB's targets with texts that begin alike well past the name column, as decisions often write them. */
async function planWithLookalikes(): Promise<Plan> {
  const { plan } = await samplePlan();
  const texts: Record<string, string> = {
    'HCCB-6-t1': 'Phấn đấu trong năm 2024 phát triển mới ít nhất 600 hội viên cựu chiến binh',
    'HCCB-6-t4': 'Phấn đấu trong năm 2024 phát triển mới ít nhất 20 nhà đồng đội cho hội viên khó khăn',
    'HCCB-6-t2': 'Phấn đấu trong năm 2024 phát triển mới ít nhất 600 hội viên cựu chiến binh',
  };
  return { ...plan, targets: plan.targets.map((t) => (texts[t.id] ? { ...t, text: texts[t.id] as string } : t)) };
}

function evaluationOf(plan: Plan): PeriodEvaluation {
  const targets = plan.targets.filter((t) => t.id.startsWith('HCCB-'));
  return {
    planId: plan.id,
    period: '2024-Q2',
    organizations: [{
      org: 'HCCB', completeness: 'on_time', submissionId: 1, fileName: 'hccb.xlsx', receivedAt: '2024-07-03T02:00:00.000Z', deadline: '2024-07-05',
      rejectedReasons: [], supersededVersions: 0, tasks: [], tasksDoneShare: null, targetsOkShare: null,
      targets: targets.map((t) => ({ targetId: t.id, taskId: t.task, org: 'HCCB', value: 1, inPeriod: 1, expected: null, ratio: null, status: 'on_track' as const })),
    }],
  };
}

describe('status: target names', () => {
  it('targets whose texts begin alike past the column → each row names its target differently, within 80 columns', async () => {
    const plan = await planWithLookalikes();
    const lines = renderStatus(plan, evaluationOf(plan), false);
    const start = lines.findIndex((l) => l.startsWith('HCCB'));
    const rows = lines.slice(start + 3).filter((l) => l.startsWith('  ') && !l.startsWith('   '));
    expect(rows).toHaveLength(plan.targets.filter((t) => t.id.startsWith('HCCB-')).length);
    const names = rows.map((r) => r.slice(2, 31));
    expect(new Set(names).size).toBe(names.length);
    expect(rows.every((r) => [...r].length <= 80)).toBe(true);
    // The rows about 600 members and 20 houses say so; the same text twice in one task is told apart by its id.
    expect(names.filter((n) => n.includes('20 nhà'))).toHaveLength(1);
    expect(names.filter((n) => n.includes('HCCB-6-t1') || n.includes('HCCB-6-t2'))).toHaveLength(2);
  });
});
