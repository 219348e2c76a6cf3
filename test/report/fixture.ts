import { evaluatePeriod } from '../../src/evaluate/index.ts';
import type { IngestLogEntry, PeriodEvaluation, Plan, ReportInput, Submission } from '../../src/model/index.ts';
import { loadReportSettings, loadReportWording } from '../../src/report/index.ts';

import { samplePlanSync as samplePlan } from '../helpers/sample-plan.ts';

export { SAMPLE_PLAN_FILE as SAMPLE_PLAN } from '../helpers/sample-plan.ts';
export { samplePlan };

const RESULTS = [
  'Tổ chức quán triệt, triển khai thực hiện nghiêm túc các văn bản chỉ đạo của Tỉnh ủy đến cán bộ, hội viên.\n- Ban hành kế hoạch thực hiện nhiệm vụ năm 2024.',
  'Phối hợp tổ chức 12 hội nghị tiếp xúc cử tri; tổng hợp 86 ý kiến, kiến nghị gửi cơ quan có thẩm quyền xem xét, giải quyết.',
  'Vận động xây dựng 25 căn nhà Đại đoàn kết, trị giá 1,25 tỷ đồng; thăm, tặng 3.200 phần quà cho hộ nghèo dịp Tết Nguyên đán Giáp Thìn.',
  '',
];
const DIFFICULTIES = ['Kinh phí hoạt động ở cơ sở còn hạn hẹp.', '', 'Một số chi hội sinh hoạt chưa đều đặn.'];
const PROPOSALS = ['Đề nghị Ban Thường vụ Tỉnh ủy quan tâm bổ sung biên chế cán bộ chuyên trách.', '', ''];

/** Submissions for 2024-Q1: on time, late, missing (HND), rejected (LDLD), numbers at several levels. */
export function sampleInput(plan: Plan): Omit<ReportInput, 'settings' | 'wording'> {
  const factors: Record<string, number> = { MTTQ: 0.55, HLHPN: 1.2, HCCB: 0.1, TDTN: 0.3 };
  const received: Record<string, string> = {
    MTTQ: '2024-04-03T09:00:00+07:00', HLHPN: '2024-04-04T10:00:00+07:00',
    HCCB: '2024-04-09T15:00:00+07:00', TDTN: '2024-04-05T16:00:00+07:00',
  };
  const orgOfTask = new Map(plan.tasks.map((t) => [t.id, t.org]));
  const submissions: Submission[] = Object.keys(factors).map((org, i) => ({
    id: i + 1,
    planId: plan.id,
    planHash: 'x',
    org,
    period: '2024-Q1',
    fileName: `${org}-2024-Q1.xlsx`,
    sha256: `sha-${org}`,
    receivedAt: received[org] ?? '',
    supersededBy: null,
    targets: plan.targets
      .filter((t) => orgOfTask.get(t.task) === org)
      .map((t, k) => {
        const level = t.kind === 'percent' || t.kind === 'rate';
        const v = level ? Math.round(t.value * (0.8 + 0.05 * k)) : Math.round(t.value * (factors[org] ?? 0) * (k % 3 === 2 ? 0.2 : 1));
        return { targetId: t.id, inPeriod: v, cumulative: k === 1 && org === 'TDTN' ? null : v };
      }),
    tasks: reportedTasks(plan, org, 0),
    info: {
      reporterName: 'Nguyễn Thị Lan',
      reporterPhone: '0252 3821 456',
      reportDate: '2024-04-02',
      signerName: org === 'HCCB' ? '' : 'Trần Văn Bình',
      signerTitle: 'Phó Chủ tịch',
      signerAuthority: 'K/T CHỦ TỊCH',
    },
    findings: [],
  }));
  const log: IngestLogEntry[] = [
    ...submissions.map((s, i) => ({
      id: i + 1, file: s.fileName, sha256: s.sha256, receivedAt: s.receivedAt, outcome: 'accepted' as const,
      planId: plan.id, org: s.org, period: '2024-Q1', submissionId: s.id, findings: [],
    })),
    {
      id: 99, file: 'LDLD-2024-Q1.xlsx', sha256: 'sha-ldld', receivedAt: '2024-04-04T08:00:00+07:00', outcome: 'rejected',
      planId: plan.id, org: 'LDLD', period: '2024-Q1', submissionId: null,
      findings: [{ code: 'plan/syntax', severity: 'error', message: 'Ô F12: "12a" không phải là số' }],
    },
  ];
  const evaluation: PeriodEvaluation = evaluatePeriod(plan, '2024-Q1', { submissions, log });
  return { plan, period: '2024-Q1', evaluation, submissions };
}

export async function fullInput(overrides: Parameters<typeof loadReportSettings>[1] = {}): Promise<ReportInput> {
  const plan = samplePlan();
  return {
    ...sampleInput(plan),
    settings: await loadReportSettings(undefined, { number: 15, date: '2024-04-05', signerName: 'Lê Văn Minh', ...overrides }),
    wording: await loadReportWording(),
  };
}

/**
 * A province-size input for the large-population forms: the sample plan's organisations repeated
 * over reporting units (bench/population.ts), 2024-Q1 reports from all but every seventh
 * organisation, results spread so every target status occurs, every fifth target left without data.
 */
export async function populationInput(n: number): Promise<ReportInput> {
  const { populationPlan } = await import('../../bench/population.ts');
  const plan = populationPlan(samplePlan(), n);
  const orgOfTask = new Map(plan.tasks.map((t) => [t.id, t.org]));
  const shares = [0, 0.1, 0.3, 0.8, 1.3];
  const submissions: Submission[] = plan.organizations
    .filter((_, i) => i % 7 !== 3)
    .map((o, i) => ({
      id: i + 1,
      planId: plan.id,
      planHash: 'x',
      org: o.code,
      period: '2024-Q1',
      fileName: `${o.code}-2024-Q1.xlsx`,
      sha256: `sha-${o.code}`,
      receivedAt: i % 5 === 4 ? '2024-04-09T15:00:00+07:00' : '2024-04-03T09:00:00+07:00',
      supersededBy: null,
      targets: plan.targets
        .filter((t) => orgOfTask.get(t.task) === o.code)
        .map((t, k) => {
          const v = (i + k) % 5 === 0 ? null : Math.round(t.value * (shares[(i + 2 * k) % shares.length] ?? 0));
          return { targetId: t.id, inPeriod: v, cumulative: v };
        }),
      tasks: reportedTasks(plan, o.code, i),
      info: {
        reporterName: 'Nguyễn Thị Lan',
        reporterPhone: '0252 3821 456',
        reportDate: '2024-04-02',
        signerName: 'Trần Văn Bình',
        signerTitle: 'Phó Chủ tịch',
        signerAuthority: 'K/T CHỦ TỊCH',
      },
      findings: [],
    }));
  const evaluation = evaluatePeriod(plan, '2024-Q1', { submissions, log: [] });
  return {
    plan,
    period: '2024-Q1',
    evaluation,
    submissions,
    settings: await loadReportSettings(undefined, { number: 15, date: '2024-04-05', signerName: 'Lê Văn Minh' }),
    wording: await loadReportWording(),
  };
}

/** An organisation's tasks as reported: every third done, the texts taken in turn from `offset` on. */
function reportedTasks(plan: Plan, org: string, offset: number): Submission['tasks'] {
  return plan.tasks
    .filter((t) => t.org === org)
    .map((t, k) => ({
      taskId: t.id,
      progress: k % 3 === 0 ? 'done' : 'in_progress',
      result: RESULTS[(offset + k) % RESULTS.length] ?? '',
      difficulties: DIFFICULTIES[k % DIFFICULTIES.length] ?? '',
      proposals: PROPOSALS[k % PROPOSALS.length] ?? '',
    }));
}
