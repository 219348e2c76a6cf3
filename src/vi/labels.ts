import type { Completeness, TargetStatus } from '../model/evaluation.ts';
import type { Comparator, TargetKind } from '../model/plan.ts';
import type { Severity } from '../model/finding.ts';
import type { IngestOutcome, TaskProgress } from '../model/submission.ts';

/** Vietnamese labels of the model's enums, shown in forms, tables and reports. */
export const PROGRESS_LABEL: Record<TaskProgress, string> = {
  done: 'Hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
};

export const TARGET_STATUS_LABEL: Record<TargetStatus, string> = {
  achieved: 'Đạt/Vượt chỉ tiêu',
  on_track: 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  carried: 'Chưa có số liệu kỳ này',
  no_data: 'Chưa có số liệu',
};

/** A unit's report: a target of the plan not allotted to the unit (its figure is reported, not judged). */
export const NOT_ALLOTTED_LABEL = 'Chưa phân bổ cho đơn vị';

/**
 * A provincial organisation's name one level down ("thị xã", "huyện", "xã"…): "Hội Cựu chiến binh
 * tỉnh" → "Hội Cựu chiến binh huyện", "Tỉnh Đoàn Thanh niên" → "Đoàn Thanh niên huyện"; any other
 * name is kept. The plan importer names a town's organisations with it, a unit's report too.
 */
export function orgNameAtLevel(name: string, level: string): string {
  if (name === 'Tỉnh Đoàn Thanh niên') return `Đoàn Thanh niên ${level}`;
  return name.replace(/\s+tỉnh$/u, ` ${level}`);
}

export const COMPLETENESS_LABEL: Record<Completeness, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  rejected: 'Bị từ chối',
  missing: 'Chưa nộp',
};

export const OUTCOME_LABEL: Record<IngestOutcome, string> = {
  accepted: 'Đã nhận',
  duplicate: 'Trùng (đã có)',
  superseded: 'Thay bản cũ',
  held: 'Giữ lại chờ xác nhận',
  archived: 'Lưu vào lịch sử',
  rejected: 'Bị từ chối',
  unreadable: 'Không đọc được',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
};

export const COMPARATOR_LABEL: Record<Comparator, string> = {
  gte: 'ít nhất',
  gt: 'trên',
  lte: 'tối đa',
  lt: 'dưới',
  between: 'từ … đến',
  eq: 'đạt',
};

export const TARGET_KIND_LABEL: Record<TargetKind, string> = {
  count: 'số lượng',
  percent: 'tỷ lệ',
  money: 'số tiền',
  rate: 'định mức',
};

/**
 * The progress labels by their lower-case form. toLowerCase, not toLocaleLowerCase('vi'):
 * Vietnamese has no locale-specific case mapping, and the locale is resolved on every call
 * (matchKey in ./text.ts; this runs for every task of every workbook).
 */
const PROGRESS_BY_KEY = new Map((Object.entries(PROGRESS_LABEL) as [TaskProgress, string][]).map(([progress, label]) => [label.toLowerCase(), progress]));

/** Reads a progress label typed or picked in a workbook (tolerant of case and spacing). */
export function parseProgress(text: string): TaskProgress | null {
  return PROGRESS_BY_KEY.get(text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
