import type { SubmissionStatus } from '../model/submission.ts';
import type { VersionChange } from '../model/versions.ts';

const MAX_CELLS = 30;
const cellList = (cells: readonly string[]): string =>
  `${cells.slice(0, MAX_CELLS).join(', ')}${cells.length > MAX_CELLS ? ` và ${cells.length - MAX_CELLS} ô khác` : ''}`;

/** Vietnamese text about versions: why a version is held, `baocao history` and `baocao restore`. */
export const VERSIONS_TEXT = {
  /** A finding of a rejected version, under it in `history`. */
  findingLine: (cell: string | undefined, message: string) => `${cell ? `ô ${cell}: ` : ''}${message}`,
  /** Why a new version does not replace the current one (the cells named). */
  reasons: (removed: readonly string[], locked: readonly string[]): string =>
    [
      removed.length > 0 ? `${removed.length} ô có số liệu ở bản đang dùng nay để trống (${cellList(removed)})` : '',
      locked.length > 0 ? `ô khóa bị sửa (${cellList(locked)}: tiêu đề, kỳ báo cáo hoặc tên đơn vị)` : '',
    ]
      .filter(Boolean)
      .join('; '),
  historyDescription: 'xem các bản báo cáo đã nhận của một đơn vị trong một kỳ: bản nào đang dùng, bản nào thay bản nào, số liệu nào đã đổi',
  restoreDescription: 'dùng lại một bản đã nhận (bản cũ hoặc bản đang giữ chờ xác nhận): bản đó thành bản đang dùng, việc này được ghi vào nhật ký',
  versionArgument: 'số của bản (cột "Bản" trong "baocao history")',
  orgOption: 'mã đơn vị (ví dụ HCCB)',
  unitOption: 'mã đơn vị cấp dưới mà biểu mẫu được lập cho (ví dụ LG-PHUOCHOI); mặc định: đơn vị mình',
  periodOption: 'kỳ báo cáo (ví dụ 2024-Q2)',
  planOption: 'tệp kế hoạch (mặc định: kế hoạch của lần tiếp nhận gần nhất trong kho)',
  byOption: 'người quyết định (mặc định: tên người dùng trên máy)',
  onRemovedFiguresOption:
    'khi bản mới bỏ trống số liệu mà bản đang dùng đã có, hoặc sửa ô khóa (tiêu đề, tên đơn vị): hold = giữ lại chờ xác nhận (mặc định), accept = nhận và thay, reject = từ chối',
  configOption: 'tệp cài đặt tiếp nhận (mặc định: templates/ingest.yaml)',
  status: {
    current: 'Đang dùng',
    superseded: 'Đã thay',
    held: 'Chờ xác nhận',
    rejected: 'Bị từ chối',
    unreadable: 'Không đọc được',
  } satisfies Record<SubmissionStatus | 'rejected' | 'unreadable', string>,
  columns: { id: 'Bản', file: 'Tệp', received: 'Nhận lúc', sha: 'SHA-256', status: 'Trạng thái' },
  heading: (orgName: string, periodName: string) => `Các bản báo cáo của ${orgName}, ${periodName}:`,
  none: (orgName: string, periodName: string) => `Chưa nhận bản báo cáo nào của ${orgName}, ${periodName}.`,
  replacedBy: (id: number) => `thay bằng bản ${id}`,
  noChange: (id: number) => `không khác bản ${id}`,
  changesFrom: (n: number, id: number) => `${n} giá trị khác bản ${id}:`,
  change: (c: VersionChange, label: string, before: string, after: string): string => `${c.cell ? `ô ${c.cell}, ` : ''}${label}: ${before} → ${after}`,
  empty: '(trống)',
  fieldLabel: {
    inPeriod: 'kết quả trong kỳ',
    cumulative: 'lũy kế',
    progress: 'tiến độ',
    result: 'kết quả cụ thể',
    difficulties: 'khó khăn, vướng mắc',
    proposals: 'đề xuất, kiến nghị',
  } satisfies Record<VersionChange['field'], string>,
  targetName: (text: string) => `chỉ tiêu "${text.length > 50 ? `${text.slice(0, 49)}…` : text}"`,
  taskName: (number: string) => `nhiệm vụ số ${number}`,
  moreChanges: (n: number) => `… và ${n} giá trị khác`,
  eventsHeading: 'Nhật ký:',
  event: (at: string, actor: string, action: 'confirmed' | 'restored', id: number, replaced: number | null) =>
    `${at} — ${actor} ${action === 'confirmed' ? 'xác nhận' : 'dùng lại'} bản ${id}${replaced !== null ? ` (thay bản ${replaced})` : ''}`,
  heldHint: (ids: readonly number[]) => `Bản đang giữ chờ xác nhận: ${ids.join(', ')}. Xác nhận bằng "baocao restore <số bản>".`,
  unknownActor: '(không rõ)',
  unknownOrg: (org: string) => `Không có đơn vị mã "${org}" trong kế hoạch.`,
  notFound: (id: number) => `Không có bản số ${id} trong kho.`,
  alreadyCurrent: (id: number, file: string) => `Bản ${id} ("${file}") đã là bản đang dùng; không thay đổi gì.`,
  restored: (id: number, file: string, replaced: number | null, confirmed: boolean) =>
    `Đã ${confirmed ? 'xác nhận' : 'dùng lại'} bản ${id} ("${file}"): đây là bản đang dùng${replaced !== null ? `; bản ${replaced} chuyển vào lịch sử` : ''}. Đã ghi vào nhật ký.`,
} as const;
