import type { Completeness } from '../model/evaluation.ts';
import type { OrgAssessment, TargetStanding, TaskStanding } from '../model/assessment.ts';
import { quarterName } from './status-export-text.ts';

/** Vietnamese text of the year-end assessment (src/assess) and of the "baocao assess" command. */

export const TASK_STANDING_LABEL: Record<TaskStanding, string> = {
  done_on_time: 'Hoàn thành đúng tiến độ',
  done_late: 'Hoàn thành chậm tiến độ',
  not_done: 'Chưa hoàn thành',
  overdue: 'Quá hạn, chưa hoàn thành',
  pending: 'Đang thực hiện (chưa đến hạn)',
  no_data: 'Chưa có báo cáo tiến độ',
};

export const TARGET_STANDING_LABEL: Record<TargetStanding, string> = {
  exceeded: 'Vượt chỉ tiêu',
  met: 'Đạt chỉ tiêu',
  on_track: 'Đúng tiến độ',
  missed: 'Chưa đạt',
  no_data: 'Chưa có số liệu',
};

/** A quarter's report for the timeliness columns; "Chưa đến hạn" for a missing report not yet due. */
export function timelinessLabel(c: Completeness, overdue: boolean, daysLate: number | null): string {
  if (c === 'on_time') return 'Đúng hạn';
  if (c === 'late') return daysLate ? `Trễ ${daysLate} ngày` : 'Trễ hạn';
  if (c === 'rejected') return 'Bị từ chối';
  return overdue ? 'Chưa nộp' : 'Chưa đến hạn';
}

/** Pieces of the one-sentence reason, in the order they are joined. */
export const REASON = {
  proposal: (band: string) => `đề xuất: ${band}`,
  provisionalBand: (band: string) => `đề xuất (tạm tính): ${band}`,
  withheld: 'chưa đủ dữ liệu để đề xuất xếp loại',
  noReport: 'cả năm chưa có báo cáo quý nào',
  missing: (quarters: string) => `chưa có báo cáo ${quarters}`,
  asOf: (quarter: string) => `số liệu tính đến ${quarter}`,
  onTime: (share: string) => `${share} nhiệm vụ hoàn thành đúng tiến độ`,
  behind: (share: string) => `${share} nhiệm vụ chậm tiến độ`,
  notDone: (n: number) => `${n} nhiệm vụ chưa hoàn thành`,
  taskNoData: (n: number) => `${n} nhiệm vụ chưa có báo cáo tiến độ`,
  pending: (n: number) => `${n} nhiệm vụ đang thực hiện (chưa đến hạn)`,
  exceeded: (share: string) => `${share} chỉ tiêu vượt mức`,
  missed: (n: number) => `${n} chỉ tiêu chưa đạt`,
  behindTargets: (n: number) => `${n} chỉ tiêu chậm tiến độ`,
  targetNoData: (n: number) => `${n} chỉ tiêu chưa có số liệu`,
  noTargets: 'không có chỉ tiêu định lượng',
  short: (conditions: string) => `mức trên cần: ${conditions}`,
} as const;

/** "quý III, quý IV". */
export const quarterList = (names: readonly string[]) => names.join(', ');

/** The Word document: title, headings, table labels, closing. */
export const ASSESS_DOC = {
  title: 'Báo cáo',
  summary: (year: number) => `kết quả thực hiện nhiệm vụ năm ${year} và đề xuất xếp loại`,
  opening: (citation: string, issuer: string, year: number, orgCount: number) =>
    `Theo ${citation}, mức độ hoàn thành các nhiệm vụ trọng tâm được giao là cơ sở để đánh giá, xếp loại tập thể và người đứng đầu các cơ quan, đơn vị năm ${year}. Căn cứ báo cáo định kỳ hằng quý của ${orgCount} cơ quan, đơn vị, ${issuer} báo cáo kết quả thực hiện nhiệm vụ năm ${year} và đề xuất xếp loại như sau:`,
  rulesLine: (title: string, version: string) => `Quy tắc đề xuất xếp loại: ${title} (phiên bản ${version}).`,
  method:
    'Đề xuất chỉ căn cứ phần kết quả thực hiện nhiệm vụ, chỉ tiêu, tính theo cùng một cách cho mọi cơ quan, đơn vị; điểm đánh giá và các tiêu chí cần nhận xét của con người (chất lượng, hiệu quả, kỷ luật) do Hội đồng xem xét, quyết định.',
  sectionResults: (year: number) => `KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM ${year} CỦA CÁC CƠ QUAN, ĐƠN VỊ`,
  sectionKey: 'KẾT QUẢ CÁC CHỈ TIÊU CHỦ YẾU',
  noKeyTargets: 'Kế hoạch năm không xác định chỉ tiêu chủ yếu (không có chỉ tiêu nào được đánh dấu "key"), nên phần này để trống.',
  sectionProposal: (year: number) => `ĐỀ XUẤT XẾP LOẠI NĂM ${year}`,
  proposalIntro: 'Trên cơ sở kết quả trên, đề xuất mức xếp loại của từng cơ quan, đơn vị như sau (Hội đồng xem xét, quyết định):',
  orgHeading: (n: number, name: string) => `${n}. ${name}`,
  table: {
    item: 'Nội dung',
    result: 'Kết quả',
    tasks: 'Nhiệm vụ được giao',
    onTime: 'Hoàn thành đúng tiến độ',
    late: 'Hoàn thành chậm tiến độ',
    notDone: 'Chưa hoàn thành',
    pending: 'Đang thực hiện, chưa đến hạn',
    taskNoData: 'Chưa có báo cáo tiến độ',
    targets: 'Chỉ tiêu',
    met: 'Đạt chỉ tiêu',
    exceeded: 'Vượt chỉ tiêu',
    missed: 'Chưa đạt',
    behind: 'Chậm tiến độ',
    targetNoData: 'Chưa có số liệu',
    keyTargets: 'Chỉ tiêu chủ yếu đạt, vượt / tổng số',
    reports: 'Báo cáo hằng quý',
    proposal: 'Đề xuất xếp loại',
    decision: 'Hội đồng quyết định',
  },
  exceededList: (items: string) => `Chỉ tiêu vượt: ${items}.`,
  exceededItem: (text: string, by: string) => `${text} (vượt ${by})`,
  noteLine: (note: string) => `Lưu ý: ${note}`,
  keyColumns: ['STT', 'Cơ quan, đơn vị', 'Chỉ tiêu chủ yếu', 'Kết quả', 'Đánh giá'],
  judgementLine: (items: string) => `Hội đồng xem xét thêm: ${items}.`,
  decisionLine: (band: string, reason: string) => `Hội đồng quyết định: ${band} — ${reason}.`,
  summaryColumns: ['STT', 'Cơ quan, đơn vị', 'Đề xuất xếp loại', 'Hội đồng quyết định', 'Ghi chú'],
  provisionalNote: 'tạm tính',
  missingNote: (quarters: string) => `tạm tính: chưa có báo cáo ${quarters}`,
  withheld: 'Chưa đủ dữ liệu',
  closing: (year: number, issuer: string) => `Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm ${year} và đề xuất xếp loại các cơ quan, đơn vị của ${issuer}, kính trình Hội đồng xem xét, quyết định./.`,
  count: (n: number, total: number) => `${n}/${total}`,
  none: 'Không có',
} as const;

/** The Excel working sheet the committee annotates. */
export const ASSESS_SHEET = {
  name: 'Xếp loại',
  rulesName: 'Căn cứ',
  title: (year: number) => `KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM ${year} VÀ ĐỀ XUẤT XẾP LOẠI`,
  rulesLine: (title: string, version: string) => `Quy tắc: ${title} (phiên bản ${version})`,
  instructions: 'Hội đồng ghi điểm, mức xếp loại và ghi chú vào các cột tô màu; các cột khác do phần mềm tính, đã khóa.',
  columns: {
    no: 'STT',
    code: 'Mã',
    org: 'Cơ quan, đơn vị',
    tasks: 'Số nhiệm vụ',
    onTime: 'Đúng tiến độ',
    late: 'Chậm tiến độ',
    notDone: 'Chưa hoàn thành',
    pending: 'Chưa đến hạn',
    taskNoData: 'Chưa có báo cáo',
    targets: 'Số chỉ tiêu',
    met: 'Đạt',
    exceeded: 'Vượt',
    exceededShare: 'Tỷ lệ vượt',
    exceededBy: 'Chỉ tiêu vượt (mức vượt)',
    missed: 'Chưa đạt',
    targetNoData: 'Chưa có số liệu',
    keyTargets: 'Chỉ tiêu chủ yếu đạt/tổng',
    quarter: (roman: string) => `Báo cáo quý ${roman}`,
    asOf: 'Số liệu đến',
    proposal: 'Đề xuất xếp loại',
    provisional: 'Tạm tính',
    reason: 'Lý do đề xuất',
    points: 'Điểm (Hội đồng chấm)',
    committeeGrade: 'Xếp loại của Hội đồng',
    committeeNote: 'Ghi chú, lý do của Hội đồng',
  },
  groups: { tasks: 'NHIỆM VỤ', targets: 'CHỈ TIÊU', reports: 'BÁO CÁO QUÝ', proposal: 'ĐỀ XUẤT', committee: 'HỘI ĐỒNG' },
  yes: 'Có',
  exceededBy: (id: string, by: string) => (by ? `${id}: vượt ${by}` : id),
  rulesColumns: ['Mức xếp loại', 'Mã', 'Điều kiện (phần mềm kiểm tra)', 'Hội đồng xem xét'],
  gradeList: 'Chọn một mức trong danh sách.',
} as const;

/** The "baocao assess" command. */
export const ASSESS_TEXT = {
  description:
    'đánh giá kết quả thực hiện nhiệm vụ cả năm của từng cơ quan, đơn vị và đề xuất xếp loại theo quy tắc của năm (Word, Excel hoặc JSON)',
  planOption: 'tệp kế hoạch (YAML/JSON)',
  yearOption: 'năm đánh giá, ví dụ 2024',
  unitOption:
    'đơn vị có các cơ quan, đơn vị được đánh giá; chưa có cây đơn vị nhiều cấp, nên --unit luôn là đơn vị cấp tỉnh của kế hoạch (mọi cơ quan, đơn vị trong kế hoạch)',
  outputOption: 'tệp kết quả: .docx (báo cáo Word) hoặc .xlsx (bảng làm việc của Hội đồng)',
  rulesOption: 'tệp quy tắc xếp loại (mặc định templates/assessment-<năm>.yaml)',
  configOption: 'tệp thiết lập văn bản Word (mặc định templates/report.yaml)',
  dateOption: 'ngày văn bản Word, dạng yyyy-mm-dd (bỏ trống để văn thư điền tay)',
  numberOption: 'số văn bản Word (bỏ trống để văn thư điền tay)',
  signerOption: 'họ tên người ký',
  forceOption: 'ghi đè tệp kết quả nếu đã có',
  decideDescription:
    'ghi mức xếp loại Hội đồng quyết định cho một cơ quan, đơn vị (giữ bên cạnh đề xuất); dùng cùng --plan, --year, --db, --rules của lệnh assess: baocao assess decide --plan <tệp> --year <năm> --org <mã> --grade <mức> --reason "…"',
  orgOption: 'mã cơ quan, đơn vị (ví dụ HCCB)',
  gradeOption: 'mức xếp loại: mã trong quy tắc (xuat-sac, tot, hoan-thanh, khong-hoan-thanh)',
  reasonOption: 'lý do của Hội đồng (nhất là khi khác đề xuất)',
  badOutput: (file: string) => `Tệp kết quả "${file}" phải có đuôi .docx hoặc .xlsx.`,
  badYear: (value: string) => `Năm "${value}" không hợp lệ; viết 4 chữ số, ví dụ 2024.`,
  yearOutsidePlan: (year: number, span: string) => `Năm ${year} nằm ngoài kế hoạch (kế hoạch cho ${span}).`,
  unitNote: (unit: string) => `(--unit ${unit}: chưa có cây đơn vị nhiều cấp; đánh giá mọi cơ quan, đơn vị cấp tỉnh của kế hoạch.)`,
  title: (year: number) => `Kết quả thực hiện nhiệm vụ năm ${year} và đề xuất xếp loại`,
  rules: (title: string, version: string) => `Quy tắc: ${title} (phiên bản ${version})`,
  orgLine: (name: string) => `${name}`,
  tasksLine: (onTime: number, late: number, notDone: number, pending: number, noData: number, total: number) =>
    `  Nhiệm vụ: ${total} — đúng tiến độ ${onTime}, chậm ${late}, chưa hoàn thành ${notDone}, chưa đến hạn ${pending}, chưa có báo cáo ${noData}`,
  targetsLine: (met: number, exceeded: number, missed: number, noData: number, onTrack: number, total: number) =>
    `  Chỉ tiêu: ${total} — đạt ${met}, vượt ${exceeded}, chưa đạt ${missed}, đúng tiến độ ${onTrack}, chưa có số liệu ${noData}`,
  quartersLine: (items: string) => `  Báo cáo quý: ${items}`,
  proposalLine: (reason: string) => `  ${reason}`,
  decisionLine: (band: string, reason: string) => `  Hội đồng quyết định: ${band} — ${reason}`,
  written: (file: string) => `Đã ghi: ${file}`,
  recorded: (org: string, band: string) => `Đã ghi quyết định của Hội đồng cho ${org}: ${band}.`,
  differs: (proposed: string) => `(Đề xuất của phần mềm: ${proposed}.)`,
} as const;

/** The four quarterly reports' timeliness on one line: "Quý I: đúng hạn; Quý II: trễ 4 ngày; …". */
export function quartersTimeliness(o: OrgAssessment): string {
  return o.quarters.map((q) => `${quarterName(q.quarter)}: ${timelinessLabel(q.completeness, q.overdue, q.daysLate)}`).join('; ');
}
