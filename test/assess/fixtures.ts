// Constructed years for the assessment: one organisation, N tasks, M yearly count targets of
// 100, and what it reported each quarter — built in code, evaluated by src/evaluate.
import { join } from 'node:path';
import { AssessmentRulesSchema, type AssessmentRules } from '../../src/model/assessment.ts';
import { PlanSchema, type Plan } from '../../src/model/plan.ts';
import type { Submission, TaskProgress } from '../../src/model/submission.ts';
import { loadAssessmentRules } from '../../src/assess/index.ts';

export const ORG = 'HCCB';

export interface YearShape {
  tasks: number;
  targets: number;
  /** Task index → ISO deadline (others: the year's end). */
  deadlines?: Record<number, string>;
}

export function yearPlan(shape: YearShape): Plan {
  return PlanSchema.parse({
    id: 'kh-2025',
    title: 'Kế hoạch thử',
    year: 2025,
    source: { number: '99-QĐ/TU', date: '2024-12-27', issuer: 'Ban Thường vụ Tỉnh ủy' },
    reporting: { body: 'Ban Dân vận Tỉnh ủy', deadline: { daysAfterEnd: 10 } },
    organizations: [{ code: ORG, name: 'Hội Cựu chiến binh tỉnh', shortName: 'Hội CCB' }],
    tasks: Array.from({ length: shape.tasks }, (_, i) => ({
      id: `T${i + 1}`,
      org: ORG,
      number: String(i + 1),
      text: `Nhiệm vụ ${i + 1}`,
      ...(shape.deadlines?.[i] ? { deadline: shape.deadlines[i] } : {}),
    })),
    targets: Array.from({ length: shape.targets }, (_, i) => ({
      id: `C${i + 1}`,
      task: 'T1',
      text: `chỉ tiêu ${i + 1}: ít nhất 100 hội viên`,
      comparator: 'gte',
      value: 100,
      unit: 'hội viên',
      kind: 'count',
      ...(i === 0 ? { key: true } : {}),
    })),
  });
}

/** Received five days after each quarter: on time against a 10-day deadline. */
const RECEIVED: Record<number, string> = { 1: '2025-04-05T09:00:00+07:00', 2: '2025-07-05T09:00:00+07:00', 3: '2025-10-05T09:00:00+07:00', 4: '2026-01-05T09:00:00+07:00' };

let nextId = 1;

/**
 * One quarter's report: every task's progress (default "done") and every target's cumulative
 * result (default: 100 × q/4, on the pro-rata line).
 */
export function quarterReport(plan: Plan, q: number, over: { progress?: Record<number, TaskProgress | null>; cumulative?: Record<number, number | null>; receivedAt?: string } = {}): Submission {
  const id = nextId++;
  return {
    id,
    planId: plan.id,
    planHash: 'h',
    org: ORG,
    period: `2025-Q${q}`,
    fileName: `${ORG}-Q${q}.xlsx`,
    sha256: `sha-${id}`,
    receivedAt: over.receivedAt ?? (RECEIVED[q] as string),
    supersededBy: null,
    targets: plan.targets.map((t, i) => {
      const cumulative = over.cumulative && i in over.cumulative ? (over.cumulative[i] ?? null) : (100 * q) / 4;
      return { targetId: t.id, inPeriod: null, cumulative };
    }),
    tasks: plan.tasks.map((t, i) => ({
      taskId: t.id,
      progress: over.progress && i in over.progress ? (over.progress[i] ?? null) : 'done',
      result: '',
      difficulties: '',
      proposals: '',
    })),
    info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' },
    findings: [],
  };
}

/** Target index → the given Q4 cumulative; the rest at 100 (met). */
export const yearEnd = (values: Record<number, number>, targets: number) =>
  Object.fromEntries(Array.from({ length: targets }, (_, i) => [i, values[i] ?? 100]));

export const RULES_2025 = join(import.meta.dirname, '../../templates/assessment-2025.yaml');

export async function rules2025(): Promise<AssessmentRules> {
  return loadAssessmentRules(2025, RULES_2025);
}

export function withMode(rules: AssessmentRules, mode: 'provisional' | 'withhold'): AssessmentRules {
  return AssessmentRulesSchema.parse({ ...rules, incomplete: { mode } });
}
