// Synthetic province-scale population: the sample plan's organisations repeated over many
// reporting units (HCCB-U0001, HND-U0001, …), and realistic filled-in values for each.
// Bench-only fixture data: the Vietnamese strings here are what offices would type.
import { type Plan, PlanSchema, type Target, type Task } from '../src/model/plan.ts';
import type { FillData } from '../src/model/template.ts';
import { PROGRESS_LABEL } from '../src/vi/labels.ts';
import { formatViNumber } from '../src/vi/number.ts';

/** Period the synthetic offices report: Q2, so cumulative ≠ in-period. */
export const BENCH_PERIOD = '2024-Q2';

export const unitCode = (unit: number): string => `U${String(unit).padStart(4, '0')}`;

/** Organisation code of a base organisation in one reporting unit: "HCCB" + 1 → "HCCB-U0001". */
export const orgCode = (base: string, unit: number): string => `${base}-${unitCode(unit)}`;

/** Moves a base task/target id into a unit: "HCCB-7.2-t1" → "HCCB-U0001-7.2-t1". */
function unitId(id: string, base: string, code: string): string {
  return id.startsWith(`${base}-`) ? `${code}${id.slice(base.length)}` : `${code}.${id}`;
}

/**
 * A plan with `n` organisations: the base plan's organisations cycled over reporting units
 * (unit 1 holds all six, then unit 2, …), each with its own copy of its tasks and targets.
 */
export function populationPlan(base: Plan, n: number): Plan {
  const orgs: Plan['organizations'] = [];
  const tasks: Task[] = [];
  const targets: Target[] = [];
  const baseOrgs = base.organizations;
  for (let i = 0; i < n; i++) {
    const o = baseOrgs[i % baseOrgs.length]!;
    const unit = Math.floor(i / baseOrgs.length) + 1;
    const code = orgCode(o.code, unit);
    orgs.push({ code, name: `${o.name} – đơn vị số ${String(unit).padStart(4, '0')}`, shortName: `${o.shortName} ${unitCode(unit)}` });
    const mine = new Set<string>();
    for (const t of base.tasks) {
      if (t.org !== o.code) continue;
      mine.add(t.id);
      tasks.push({
        ...t,
        id: unitId(t.id, o.code, code),
        org: code,
        ...(t.parent ? { parent: unitId(t.parent, o.code, code) } : {}),
      });
    }
    for (const t of base.targets) {
      if (!mine.has(t.task)) continue;
      targets.push({ ...t, id: unitId(t.id, o.code, code), task: unitId(t.task, o.code, code) });
    }
  }
  return PlanSchema.parse({
    ...base,
    id: `${base.id}-bench-${n}`,
    title: `${base.title} (mô phỏng ${n} đơn vị báo cáo)`,
    organizations: orgs,
    tasks,
    targets,
    focus: undefined,
  });
}

/** Small deterministic PRNG (mulberry32), so a population is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Nam', 'Phương', 'Quyết', 'Thảo', 'Tuấn', 'Yến'];
const RESULTS = [
  'Đã ban hành kế hoạch triển khai, tổ chức quán triệt đến cán bộ, hội viên ở cơ sở.',
  'Phối hợp với các ngành tổ chức tuyên truyền, vận động; kết quả bước đầu đạt yêu cầu đề ra.',
  'Tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện 6 tháng đầu năm; nhân rộng mô hình hiệu quả.',
  'Chỉ đạo cơ sở đăng ký thi đua, xây dựng mô hình điểm; đang tiếp tục theo dõi, đôn đốc.',
  'Lồng ghép nội dung vào sinh hoạt định kỳ của chi hội, tổ hội; đa số cơ sở thực hiện tốt.',
];
const DIFFICULTIES = [
  'Kinh phí hoạt động còn hạn chế.',
  'Một số cơ sở triển khai còn chậm, chất lượng chưa đồng đều.',
  'Cán bộ cơ sở kiêm nhiệm nhiều việc.',
];
const PROPOSALS = [
  'Đề nghị cấp ủy quan tâm bố trí kinh phí.',
  'Đề nghị tăng cường phối hợp giữa các ngành liên quan.',
];
const AUTHORITY = ['T/M BAN THƯỜNG VỤ', 'T/M BAN CHẤP HÀNH', 'K/T CHỦ TỊCH'];
const TITLE = ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'BÍ THƯ'];

const personName = (r: () => number): string => `${pick(r, SURNAMES)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;

/** A number as an office enters it: mostly a number cell, sometimes typed as Vietnamese text ("1.200"). */
function entered(r: () => number, v: number): number | string {
  return r() < 0.1 ? formatViNumber(v) : v;
}

/** Values one office reports for one target in Q2: realistic progress around the pro-rata pace. */
function targetValues(r: () => number, t: Target): { inPeriod: number | string; cumulative: number | string } {
  const round = (v: number): number => (t.kind === 'money' ? Math.round(v / 1000) * 1000 : Math.round(v));
  if (t.cumulative === false || t.kind === 'percent' || t.kind === 'rate') {
    const top = t.kind === 'percent' ? 100 : Number.POSITIVE_INFINITY;
    const lo = t.comparator === 'between' ? t.value : t.value * 0.7;
    const hi = t.comparator === 'between' ? (t.max ?? t.value) : t.value * 1.1;
    const level = Math.min(top, Math.round((lo + r() * (hi - lo)) * 10) / 10);
    return { inPeriod: entered(r, level), cumulative: entered(r, level) };
  }
  const q1 = round(t.value * (0.15 + r() * 0.15));
  const q2 = round(t.value * (0.15 + r() * 0.2));
  return { inPeriod: entered(r, q2), cumulative: entered(r, q1 + q2) };
}

/** What one office types into its Q2 workbook. */
export function fillDataFor(plan: Plan, org: string, seed: number): FillData {
  const r = rng(seed);
  const tasks: NonNullable<FillData['tasks']> = {};
  const targets: NonNullable<FillData['targets']> = {};
  const taskIds = new Set<string>();
  for (const t of plan.tasks) {
    if (t.org !== org) continue;
    taskIds.add(t.id);
    const roll = r();
    const progress = roll < 0.3 ? 'done' : roll < 0.9 ? 'in_progress' : 'not_started';
    tasks[t.id] = {
      progress: PROGRESS_LABEL[progress],
      result: progress === 'not_started' ? '' : pick(r, RESULTS),
      ...(r() < 0.3 ? { difficulties: pick(r, DIFFICULTIES) } : {}),
      ...(r() < 0.2 ? { proposals: pick(r, PROPOSALS) } : {}),
    };
  }
  for (const t of plan.targets) if (taskIds.has(t.task)) targets[t.id] = targetValues(r, t);
  const day = 1 + Math.floor(r() * 5);
  return {
    tasks,
    targets,
    info: {
      reporterName: personName(r),
      reporterPhone: `09${Math.floor(10_000_000 + r() * 89_999_999)}`,
      reportDate: `2024-07-0${day}`,
      signerAuthority: pick(r, AUTHORITY),
      signerTitle: pick(r, TITLE),
      signerName: personName(r),
    },
  };
}
