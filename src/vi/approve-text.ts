import type { UnitApproval } from '../model/approval.ts';
import { formatReceivedAt } from './status-export-text.ts';

/** "2024-07-06T09:00:00+07:00" → "06/07/2024" (Vietnam time). */
export const approvalDate = (at: string): string => formatReceivedAt(at).slice(0, 10);

/** Texts of `baocao approve` and `baocao return`, and of the approval states other commands show. */
export const APPROVE_TEXT = {
  approveDescription: 'phê duyệt báo cáo của một đơn vị trong kỳ (chỉ khi các đơn vị trực thuộc đã được phê duyệt); khóa số liệu của đơn vị và cấp dưới',
  returnDescription: 'trả lại báo cáo của một đơn vị kèm lý do (bỏ phê duyệt đơn vị và các cấp trên của nó), lập bản trả lại để gửi đơn vị',
  planOption: 'tệp kế hoạch (.yaml/.json)',
  periodOption: 'kỳ báo cáo, ví dụ 2024-Q2',
  unitOption: 'mã đơn vị (theo tệp danh sách đơn vị)',
  unitsOption: 'tệp danh sách đơn vị các cấp (mặc định: một đơn vị gồm các tổ chức của kế hoạch)',
  byOption: 'họ tên người phê duyệt hoặc trả lại (mặc định: tên người dùng máy tính)',
  atOption: 'thời điểm phê duyệt hoặc trả lại, dạng ISO (mặc định: bây giờ)',
  reasonOption: 'lý do trả lại (bắt buộc), ghi vào lịch sử và vào bản trả lại',
  outputOption: 'thư mục ghi bản trả lại (mặc định: tra-lai)',
  reasonEmpty: 'Lỗi: --reason: cần ghi lý do trả lại, không được để trống.',
  badAt: (value: string) => `Lỗi: --at: "${value}" không phải thời điểm dạng ISO, ví dụ 2024-07-06T09:00:00+07:00.`,
  approved: (name: string, code: string, period: string, date: string, by: string) => `Đã phê duyệt báo cáo của ${name} (${code}) ${period} — ${date}, ${by}.`,
  locksBelow: (units: number) =>
    `Số liệu của đơn vị${units > 0 ? ` và ${units} đơn vị cấp dưới` : ''} đã được khóa cho kỳ này; muốn sửa cần trả lại trước (baocao return).`,
  refused: (name: string, code: string) => `Không phê duyệt được báo cáo của ${name} (${code}):`,
  returned: (name: string, code: string, period: string, reason: string) => `Đã trả lại báo cáo của ${name} (${code}) ${period}. Lý do: ${reason}`,
  alsoReturned: (names: string) => `Cũng bỏ phê duyệt cấp trên: ${names}.`,
  copiesHeading: 'Bản trả lại để gửi đơn vị:',
  noCopies: 'Không có tệp nào đã nhận của đơn vị để lập bản trả lại.',
  /** The state of a unit, in a line of status or history. */
  state: (a: UnitApproval): string =>
    a.state === 'approved'
      ? `Đã phê duyệt ${approvalDate(a.at ?? '')} — ${a.by ?? ''}`
      : a.state === 'returned'
        ? `Trả lại ${approvalDate(a.at ?? '')}${a.via ? ` (do ${a.via} bị trả lại)` : ''}: ${a.reason ?? ''}`
        : 'Chưa phê duyệt',
  /** Why a child stops its parent's approval ("chưa được phê duyệt", "đã bị trả lại ngày …"). */
  childState: (a: UnitApproval): string =>
    a.state === 'returned' ? `đã bị trả lại ngày ${approvalDate(a.at ?? '')} và chưa được phê duyệt lại` : 'chưa được phê duyệt',
  historyHeading: 'Phê duyệt và trả lại trong kỳ:',
  historyLine: (date: string, unit: string, name: string, action: 'approved' | 'returned', by: string, reason: string | null, via: string | null) =>
    `${date}  ${unit} — ${name}: ${action === 'approved' ? 'phê duyệt' : 'trả lại'}, ${by}${reason ? `; lý do: ${reason}` : ''}${via ? ` (do ${via} bị trả lại)` : ''}`,
  statusColumn: 'Phê duyệt',
  /** Why a received file cannot be copied back (inside approve/copy-failed). */
  changedSince: 'tệp hiện có ở đó khác tệp đã nhận (mã SHA-256 khác), có thể đã bị sửa sau khi gửi',
} as const;

/** The "Lý do trả lại" sheet of a returned workbook's copy. */
export const RETURN_SHEET_TEXT = {
  sheetName: 'Lý do trả lại',
  fileSuffix: '_tra-lai',
  title: 'LÝ DO TRẢ LẠI BÁO CÁO',
  intro: 'Báo cáo dưới đây được cấp trên trả lại. Đề nghị đơn vị sửa theo lý do nêu dưới đây rồi gửi lại; sau khi gửi lại, báo cáo được xét phê duyệt lần nữa.',
  labels: {
    unit: 'Đơn vị',
    period: 'Kỳ báo cáo',
    org: 'Tổ chức',
    file: 'Tệp đã nhận',
    received: 'Ngày nhận',
    returnedAt: 'Ngày trả lại',
    by: 'Người trả lại',
    reason: 'Lý do trả lại',
  },
} as const;
