/** Vietnamese text of the status view and the consolidated Excel export (src/cli status/export, src/report/xlsx). */
import type { Target } from '../model/plan.ts';
import { formatViNumber } from './number.ts';

export const EXPORT_SHEET = {
  summary: 'Tổng hợp',
  /** Every organisation's tasks and targets on one sheet (large populations, instead of a sheet each). */
  detail: 'Chi tiết các đơn vị',
  completeness: 'Tình hình nộp',
  findings: 'Phát hiện',
} as const;

export const EXPORT_TEXT = {
  summaryTitle: 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NHIỆM VỤ TRỌNG TÂM',
  orgTitle: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM',
  detailTitle: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM CỦA CÁC ĐƠN VỊ',
  detailNote: 'Dùng nút lọc ở dòng tiêu đề cột để xem riêng từng đơn vị, hoặc lọc theo cột “Tiến độ / Đánh giá”.',
  completenessTitle: 'TÌNH HÌNH NỘP BÁO CÁO',
  findingsTitle: 'CÁC VẤN ĐỀ PHÁT HIỆN KHI KIỂM TRA SỐ LIỆU',
  /** "(Kèm theo Quyết định số 1388-QĐ/TU, ngày 27/12/2023 của Ban Thường vụ Tỉnh ủy)" */
  sourceLine: (number: string, date: string, issuer: string, type = 'Quyết định') => `(Theo ${type} số ${number}, ngày ${date} của ${issuer})`,
  paceNote: (share: string) =>
    `Mức cần đạt đến kỳ: chỉ tiêu cộng dồn cả năm tính theo tiến độ ${share} kế hoạch năm; chỉ tiêu tỷ lệ, định mức so sánh trực tiếp.`,
  submissionLine: (file: string, received: string, status: string) => `Tệp: ${file} — nhận lúc ${received} — ${status}`,
  noSubmission: (status: string) => `Chưa có báo cáo được tiếp nhận — ${status}`,
  cumulativeResult: (value: string, target: string, unit: string, ratio: string) => `Lũy kế: ${value} / ${target} ${unit}${ratio ? ` (đạt ${ratio})` : ''}`,
  noData: 'Chưa có số liệu',
  /** The status cell of a target whose figures are carried from an earlier quarter. */
  carriedStatus: (label: string, from: string) => `${label} (số liệu đến hết ${from})`,
  noFindings: 'Không có vấn đề nào.',
  footer: 'Trang &P/&N',
  superseded: (n: number) => `đã thay ${n} bản cũ`,
  /** "III. Hội Cựu chiến binh tỉnh (Đạt/Vượt chỉ tiêu: 3; Đúng tiến độ: 3; Chậm tiến độ: 5)" — zero counts left out. */
  groupHeading: (numeral: string, name: string, counts: ReadonlyArray<readonly [string, number]>) => {
    const shown = counts.filter(([, n]) => n > 0).map(([label, n]) => `${label}: ${n}`);
    return `${numeral}. ${name}${shown.length > 0 ? ` (${shown.join('; ')})` : ''}`;
  },
} as const;

export const SUMMARY_HEADERS = {
  stt: 'STT',
  target: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  goal: 'Chỉ tiêu giao',
  inPeriod: 'Kết quả trong kỳ',
  value: 'Lũy kế từ đầu năm',
  expected: 'Mức cần đạt đến kỳ',
  ratio: 'Tỷ lệ đạt (%)',
  status: 'Đánh giá',
} as const;

export const ORG_HEADERS = {
  /** Only on the one-sheet detail of a large population. */
  org: 'Đơn vị',
  stt: 'STT',
  task: 'Nội dung nhiệm vụ, chỉ tiêu',
  progress: 'Tiến độ / Đánh giá',
  result: 'Kết quả cụ thể, cách làm',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
} as const;

export const COMPLETENESS_HEADERS = {
  stt: 'STT',
  org: 'Đơn vị',
  status: 'Tình trạng',
  period: 'Kỳ báo cáo',
  deadline: 'Hạn nộp',
  receivedAt: 'Thời điểm nhận',
  file: 'Tệp',
  superseded: 'Số bản đã bị thay thế',
  reasons: 'Ghi chú, lý do từ chối',
} as const;

export const FINDING_HEADERS = {
  stt: 'STT',
  severity: 'Mức độ',
  org: 'Đơn vị',
  period: 'Kỳ',
  file: 'Tệp',
  place: 'Trang, ô',
  message: 'Nội dung',
  hint: 'Gợi ý xử lý',
  code: 'Mã',
} as const;

export const STATUS_TEXT = {
  /** A version held for a person to confirm, and the command that confirms it. */
  heldNote: (n: number) => `${n} bản chờ xác nhận`,
  heldHeading: (n: number) => `Bản gửi lại đang giữ chờ xác nhận (${n}): số liệu cũ vẫn được dùng`,
  heldLine: (org: string, id: number, file: string, received: string) => `${org}: bản số ${id} ("${file}", nhận ${received}); xem: baocao history; dùng bản này: baocao restore ${id}`,
  title: (period: string) => `Tình hình báo cáo ${period}`,
  source: (number: string, date: string, type = 'Quyết định') => `Theo ${type} số ${number}, ngày ${date}`,
  deadline: (date: string) => `Hạn nộp: ${date}`,
  completenessHeading: 'Tình hình nộp báo cáo',
  progressHeading: 'Tiến độ chỉ tiêu',
  completenessColumns: { org: 'Đơn vị', status: 'Tình trạng', receivedAt: 'Nhận lúc', note: 'Ghi chú' },
  progressColumns: { target: 'Chỉ tiêu', value: 'Kết quả', goal: 'Giao', ratio: 'Tỷ lệ', status: 'Đánh giá' },
  tasksLine: (done: number, total: number) => `Nhiệm vụ hoàn thành: ${done}/${total}`,
  targetsLine: (ok: number, total: number) => `Chỉ tiêu đạt hoặc đúng tiến độ: ${ok}/${total}`,
  noTargets: 'Không có chỉ tiêu định lượng.',
  allNoData: (n: number) => `Chưa có số liệu cho ${n} chỉ tiêu.`,
  notDue: 'chưa đến hạn',
  /** An organisation whose figures (some or all) are carried from an earlier quarter. */
  carriedNote: (period: string, from: string, count: number, total: number) => [
    `Chưa có số liệu ${period} cho ${count}/${total} chỉ tiêu; kết quả các chỉ tiêu đó`,
    `là số liệu đến hết ${from}, không tính là kết quả của kỳ này.`,
  ],
  /** The status column of a carried target (at most 17 characters): "Đến hết Quý II". */
  carriedRow: (quarter: string) => `Đến hết ${quarter}`,
  daysLate: (n: number) => `trễ ${n} ngày`,
  findingsHeading: (n: number) => `Vấn đề về số liệu (${n})`,
  overdueHeading: (n: number) => `Nhiệm vụ quá hạn chưa hoàn thành (${n})`,
  overdueLine: (org: string, id: string, due: string, progress: string) => `${org} · ${id} — hạn ${due}: ${progress}`,
  notReported: 'chưa báo cáo',
  laggingHeading: (n: number, year: number) => `Chỉ tiêu nhiệm kỳ chậm so với mốc năm ${year} (${n})`,
  laggingLine: (org: string, text: string, value: string, milestone: string, lead?: string) =>
    `${org} · ${text}: đạt ${value}, mốc ${milestone}${lead ? `; phụ trách: ${lead}` : ''}`,
  nonReportingHeading: 'Đơn vị được giao nhiệm vụ nhưng không báo cáo (chỉ theo dõi)',
  nonReportingLine: (org: string, name: string, tasks: number) => `${org} — ${name}: ${tasks} nhiệm vụ`,
  dbMissing: (file: string) =>
    `Không tìm thấy tệp cơ sở dữ liệu "${file}". Hãy tiếp nhận báo cáo trước bằng lệnh "baocao ingest", hoặc chỉ đúng tệp bằng --db.`,
  dbFolderMissing: (file: string, folder: string) =>
    `Thư mục "${folder}" (nơi đặt tệp cơ sở dữ liệu "${file}") không tồn tại. Hãy tạo thư mục đó trước, hoặc chỉ đường dẫn khác bằng --db.`,
  dbIsFolder: (file: string) => `"${file}" là một thư mục, không phải tệp cơ sở dữ liệu. Hãy chỉ tên tệp bằng --db, ví dụ --db "${file.replace(/[\\/]+$/, '')}/baocao.db".`,
  dbUnreadable: (file: string, reason: string) => `Không mở được tệp cơ sở dữ liệu "${file}" (${reason}). Hãy kiểm tra lại đường dẫn --db.`,
  periodOutsidePlan: (period: string, years: string) => `Kỳ "${period}" không thuộc thời gian của kế hoạch (${years}).`,
  badOption: (detail: string) => `Tùy chọn không hợp lệ: ${detail}`,
  outputExists: (file: string) => `Tệp "${file}" đã có. Dùng --force để ghi đè, hoặc chọn tên khác bằng -o.`,
  outputNotXlsx: (file: string) => `Tệp kết quả "${file}" phải có đuôi .xlsx.`,
  written: (file: string) => `Đã ghi bảng tổng hợp: ${file}`,
  periodOption: 'kỳ báo cáo: 2024-Q1…2024-Q4, 2024-H1, 2024-9M, 2024-Y',
  planOption: 'tệp kế hoạch .yaml hoặc .json',
  outputOption: 'tệp Excel kết quả (.xlsx)',
  forceOption: 'ghi đè tệp kết quả nếu đã có',
  statusDescription: 'tình hình nộp báo cáo và tiến độ chỉ tiêu của một kỳ',
  exportDescription: 'xuất bảng tổng hợp Excel của một kỳ',
} as const;

/** "2024-Q2" → "Quý II" (the year is the report's own). */
export function quarterName(quarter: string): string {
  const roman = ['I', 'II', 'III', 'IV'][Number(quarter.slice(-1)) - 1];
  return roman ? `Quý ${roman}` : quarter;
}

const SYMBOL = { gte: '≥', gt: '>', lte: '≤', lt: '<' } as const;

/** The assigned value in short form: "≥ 600", "> 70%", "15 – 20%", "150.000". */
export function targetGoal(target: Target): string {
  const pct = target.kind === 'percent' ? '%' : '';
  switch (target.comparator) {
    case 'between':
      return `${formatViNumber(target.value)} – ${formatViNumber(target.max ?? target.value)}${pct}`;
    case 'eq':
      return `${formatViNumber(target.value)}${pct}`;
    default:
      return `${SYMBOL[target.comparator]} ${formatViNumber(target.value)}${pct}`;
  }
}

/** "hội viên", "%", "đồng/hội viên". */
export function targetUnitText(target: Target): string {
  return target.per ? `${target.unit}/${target.per}` : target.unit;
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "2024-04-05T09:00:00+07:00" → "05/04/2024 09:00" (Vietnam time); a timestamp without zone is shown as is. */
export function formatReceivedAt(timestamp: string): string {
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(timestamp);
  if (local && !/(Z|[+-]\d{2}:?\d{2})$/i.test(timestamp)) {
    const [, y, m, d, hh, mm] = local;
    return hh ? `${d}/${m}/${y} ${hh}:${mm}` : `${d}/${m}/${y}`;
  }
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : clock.format(date).replace(',', '');
}
