// The previous quarter in the store, as a province has it when Q2 arrives: one accepted Q1
// submission per organisation, derived from the same synthetic answers (Q1 = cumulative − Q2).
import type { Plan } from '../src/model/plan.ts';
import type { Store } from '../src/model/store.ts';
import type { ReportedTarget, ReportedTask } from '../src/model/submission.ts';
import { parseProgress } from '../src/vi/labels.ts';
import { parseViNumber } from '../src/vi/number.ts';
import { fillDataFor } from './population.ts';

const numberOf = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : (parseViNumber(v)?.value ?? null);

export function seedPreviousQuarter(store: Store, plan: Plan, planHash: string): void {
  store.savePlan(plan, planHash);
  const levels = new Set(plan.targets.filter((t) => t.cumulative === false).map((t) => t.id));
  plan.organizations.forEach((o, index) => {
    // Same seed as the generator (index + 1): the Q1 values match the Q2 workbook's cumulative.
    const data = fillDataFor(plan, o.code, index + 1);
    const targets: ReportedTarget[] = Object.entries(data.targets ?? {}).map(([targetId, t]) => {
      const inPeriod = numberOf(t.inPeriod);
      const cumulative = numberOf(t.cumulative);
      const q1 = !levels.has(targetId) && inPeriod !== null && cumulative !== null ? cumulative - inPeriod : cumulative;
      return { targetId, inPeriod: q1, cumulative: q1 };
    });
    const tasks: ReportedTask[] = Object.entries(data.tasks ?? {}).map(([taskId, t]) => ({
      taskId,
      progress: t.progress ? parseProgress(t.progress) : null,
      result: t.result ?? '',
      difficulties: t.difficulties ?? '',
      proposals: t.proposals ?? '',
    }));
    const info = data.info ?? {};
    store.recordAccepted({
      planId: plan.id,
      planHash,
      org: o.code,
      period: '2024-Q1',
      fileName: `2024-Q1_${o.code}.xlsx`,
      sha256: `seed-q1-${o.code}`,
      receivedAt: '2024-04-04T08:00:00.000Z',
      targets,
      tasks,
      info: {
        reporterName: info.reporterName ?? '',
        reporterPhone: info.reporterPhone ?? '',
        reportDate: '2024-04-03',
        signerName: info.signerName ?? '',
        signerTitle: info.signerTitle ?? '',
        signerAuthority: info.signerAuthority ?? '',
      },
      findings: [],
    });
  });
}
