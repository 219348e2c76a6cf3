import { PlanSchema, type Plan, type PlanInput } from '../../src/model/plan.ts';
import type { IngestLogEntry, ReportedTarget, Submission } from '../../src/model/submission.ts';

type TargetInput = NonNullable<PlanInput['targets']>[number];

/** A two-organisation plan; deadline 10 days after each quarter. */
export function makePlan(targets: Array<Partial<TargetInput> & Pick<TargetInput, 'id' | 'comparator' | 'value' | 'kind'>> = []): Plan {
  return PlanSchema.parse({
    id: 'kh-2024',
    title: 'Kế hoạch thử',
    year: 2024,
    source: { number: '1388-QĐ/TU', date: '2023-12-27', issuer: 'Ban Thường vụ Tỉnh ủy' },
    reporting: { body: 'Ban Dân vận Tỉnh ủy', deadline: { daysAfterEnd: 10 } },
    organizations: [
      { code: 'HCCB', name: 'Hội Cựu chiến binh tỉnh', shortName: 'Hội CCB' },
      { code: 'LDLD', name: 'Liên đoàn Lao động tỉnh', shortName: 'LĐLĐ' },
    ],
    tasks: [
      { id: 'HCCB-1', org: 'HCCB', number: '1', text: 'Phát triển hội viên' },
      { id: 'HCCB-2', org: 'HCCB', number: '2', text: 'Chấp hành nghiêm túc các nhiệm vụ' },
      { id: 'LDLD-1', org: 'LDLD', number: '1', text: 'Kết nạp đoàn viên công đoàn' },
    ],
    targets: targets.map((t) => ({ task: 'HCCB-1', text: `chỉ tiêu ${t.id}`, unit: t.kind === 'percent' ? '%' : 'người', ...t })),
  });
}

let nextId = 1;

export function makeSubmission(
  org: string,
  period: string,
  targets: Array<[string, number | null, number | null]>,
  extra: Partial<Submission> = {},
): Submission {
  const id = nextId++;
  return {
    id,
    planId: 'kh-2024',
    planHash: 'h',
    org,
    period,
    fileName: `${org}-${period}.xlsx`,
    sha256: `sha-${id}`,
    receivedAt: '2024-04-05T09:00:00+07:00',
    supersededBy: null,
    targets: targets.map(([targetId, inPeriod, cumulative]): ReportedTarget => ({ targetId, inPeriod, cumulative })),
    tasks: [],
    info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' },
    findings: [],
    ...extra,
  };
}

export function makeLogEntry(extra: Partial<IngestLogEntry>): IngestLogEntry {
  const id = nextId++;
  return {
    id,
    file: `f-${id}.xlsx`,
    sha256: `sha-${id}`,
    receivedAt: '2024-04-05T09:00:00+07:00',
    outcome: 'accepted',
    planId: 'kh-2024',
    org: 'HCCB',
    period: '2024-Q1',
    submissionId: null,
    findings: [],
    ...extra,
  };
}
