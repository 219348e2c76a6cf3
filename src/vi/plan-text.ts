import type { Comparator, Plan, Target, Task } from '../model/plan.ts';
import { formatViDateShort } from './date.ts';
import { IMPORT_TEXT } from './import-words.ts';
import { formatViNumber } from './number.ts';

/** After a unit that holds tasks but sends no form ("reporting: false"). */
export const NOT_REPORTING = ' (không phải đơn vị báo cáo, chỉ theo dõi)';

/** Vietnamese text of `baocao plan check`. */
export const PLAN_CHECK_TEXT = {
  heading: (plan: Pick<Plan, 'id' | 'title'>) => `Kế hoạch "${plan.id}": ${plan.title}`,
  source: (s: Plan['source']) => `Văn bản giao: ${IMPORT_TEXT.numberPhrase(s.number)}, ngày ${formatViDateShort(s.date)} của ${s.issuer}`,
  reporting: (r: Plan['reporting']) =>
    `Báo cáo gửi ${r.body}; các kỳ: ${r.periods.join(', ')}; hạn nộp ${r.deadline.daysAfterEnd} ngày sau khi hết kỳ`,
  totals: (c: { organizations: number; tasks: number; targets: number }) =>
    `Tổng cộng: ${c.organizations} đơn vị, ${c.tasks} nhiệm vụ, ${c.targets} chỉ tiêu.`,
  organization: (o: { code: string; name: string; tasks: number; targets: number; reporting?: false }) =>
    `${o.code} — ${o.name}: ${o.tasks} nhiệm vụ, ${o.targets} chỉ tiêu${o.reporting === false ? NOT_REPORTING : ''}`,
  noTargets: 'không có chỉ tiêu định lượng',
  findingsHeading: 'Các vấn đề phát hiện:',
  valid: 'Kết luận: kế hoạch hợp lệ.',
  validWithWarnings: (warnings: number) => `Kết luận: kế hoạch hợp lệ, có ${warnings} cảnh báo cần xem lại.`,
  invalid: (errors: number, warnings: number) =>
    `Kết luận: kế hoạch không hợp lệ (${errors} lỗi${warnings ? `, ${warnings} cảnh báo` : ''}). ` +
    'Sửa các lỗi trên rồi chạy lại "baocao plan check".',
  unreadable: 'Kết luận: không đọc được tệp kế hoạch.',
} as const;

/**
 * The kind of document that assigned the tasks, for "Theo … số …": from the symbol ("-QĐ/",
 * "-KH/", "-CV/", "-CTr/", "-NQ/") or the title's first words; "Quyết định" when nothing says.
 */
export function documentType(source: Pick<Plan['source'], 'number' | 'title'>): string {
  const bySymbol: ReadonlyArray<readonly [RegExp, string]> = [
    [/-QĐ\//u, 'Quyết định'], [/-KH\//u, 'Kế hoạch'], [/-CV\//u, 'Công văn'], [/-CTr\//u, 'Chương trình'],
    [/-NQ\//u, 'Nghị quyết'], [/-TB\//u, 'Thông báo'], [/-HD\//u, 'Hướng dẫn'],
  ];
  const found = bySymbol.find(([pattern]) => pattern.test(source.number))?.[1];
  if (found) return found;
  const title = /^(Quyết định|Kế hoạch|Công văn|Chương trình hành động|Chương trình|Nghị quyết|Thông báo|Hướng dẫn)(?![\p{L}])/iu.exec(source.title ?? '')?.[1];
  return title ? title.charAt(0).toLocaleUpperCase('vi') + title.slice(1).toLocaleLowerCase('vi') : 'Quyết định';
}

/**
 * The line under a task in the forms and the report: who leads, who supports, by when
 * ("(Chủ trì: Phòng Tuyên truyền - Tổng hợp; phối hợp: Văn phòng Thị ủy; thời gian: Quý II/2024)").
 * Undefined when the plan gives none of them.
 */
export function taskDetailsLine(task: Pick<Task, 'responsible' | 'supporting' | 'timeline' | 'deadline'>): string | undefined {
  const parts = [
    task.responsible && `Chủ trì: ${task.responsible}`,
    task.supporting && `phối hợp: ${task.supporting}`,
    task.timeline ? `thời gian: ${task.timeline}` : task.deadline && `hạn hoàn thành: ${formatViDateShort(task.deadline)}`,
  ].filter(Boolean);
  return parts.length > 0 ? `(${parts.join('; ')})` : undefined;
}

/** The label of a part row under a percent or rate target: "+ Tổng số khu dân cư (mẫu số)". */
export function partLabel(part: 'numerator' | 'denominator', name: string): string {
  return `+ ${name} (${part === 'numerator' ? 'tử số' : 'mẫu số'})`.normalize('NFC');
}

const SYMBOL: Record<Exclude<Comparator, 'between'>, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

/** "≥ 600 hội viên", "> 70%", "15 - 20%", "≥ 900.000 đồng/hội viên", "≥ 2 lần/năm". */
export function describeTargetValue(t: Pick<Target, 'comparator' | 'value' | 'max' | 'unit' | 'per'>): string {
  const unit = `${t.unit}${t.per ? `/${t.per}` : ''}`;
  const withUnit = (n: string) => (t.unit === '%' ? `${n}%` : `${n} ${unit}`);
  if (t.comparator === 'between') return withUnit(`${formatViNumber(t.value)} - ${formatViNumber(t.max ?? t.value)}`);
  return `${SYMBOL[t.comparator]} ${withUnit(formatViNumber(t.value))}`;
}
