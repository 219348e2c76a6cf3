import { CONSOLIDATED_IDENTITY_SHEET, type ConsolidatedTarget, type Measure, type TextField } from '../model/consolidate.ts';

/** Sheet names of a consolidated workbook; the identity sheet's name is a contract, not shown. */
export const CONSOLIDATE_SHEETS = { summary: 'Tổng hợp', data: 'Dữ liệu', texts: 'Nội dung', identity: CONSOLIDATED_IDENTITY_SHEET } as const;

export const MEASURE_LABEL: Record<Measure, string> = {
  inPeriod: 'Kết quả trong kỳ',
  cumulative: 'Lũy kế từ đầu năm',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
};

export const TEXT_FIELD_LABEL: Record<TextField, string> = {
  progress: 'Tiến độ',
  result: 'Kết quả',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
};

export const METHOD_LABEL: Record<ConsolidatedTarget['method'], string> = {
  sum: 'Cộng các đơn vị',
  ratio: 'Tính lại từ tử số, mẫu số',
  single: 'Số liệu của một đơn vị',
  'no-parts': 'Không tổng hợp được: thiếu tử số, mẫu số (không lấy trung bình các tỷ lệ)',
  none: 'Chưa có số liệu',
};

export const CONSOLIDATE_TEXT = {
  oneOfChildren: (units: readonly string[]) => `một trong các đơn vị trực thuộc (${units.join(', ')})`,
  description: 'lập bảng tổng hợp kết quả của một đơn vị (Excel) để gửi lên cấp trên',
  planOption: 'tệp kế hoạch .yaml',
  periodOption: 'kỳ báo cáo, ví dụ 2024-Q2',
  unitOption: 'mã đơn vị lập bảng tổng hợp (mặc định: đơn vị gốc)',
  outputOption: 'tệp Excel sẽ ghi (.xlsx)',
  forceOption: 'ghi đè nếu tệp đã có',
  title: 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM',
  subtitle: (unit: string, period: string) => `${unit} — ${period}`,
  headers: {
    stt: 'STT',
    org: 'Tổ chức',
    target: 'Chỉ tiêu',
    inPeriod: 'Kết quả trong kỳ',
    cumulative: 'Lũy kế / mức đạt',
    unitOfMeasure: 'Đơn vị tính',
    units: 'Số đơn vị có số liệu',
    method: 'Cách tổng hợp',
  },
  dataHeaders: { unit: 'Mã đơn vị', org: 'Tổ chức', targetId: 'Mã chỉ tiêu', target: 'Chỉ tiêu', measure: 'Chỉ số', value: 'Giá trị' },
  textHeaders: { unit: 'Mã đơn vị', org: 'Tổ chức', taskId: 'Mã nhiệm vụ', field: 'Mục', text: 'Nội dung' },
  completenessHeading: 'Tình hình nộp báo cáo của các đơn vị',
  completenessHeaders: { scope: 'Phạm vi', expected: 'Phải nộp', received: 'Đã nộp', onTime: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa nộp', rate: 'Tỷ lệ' },
  total: 'Toàn bộ',
  level: (level: string, units: number) => `Cấp ${level} (${units} đơn vị)`,
  /** A unit directly below, with everything under it. */
  childUnit: (name: string) => `${name} và các đơn vị trực thuộc`,
  missingHeading: 'Chưa nộp',
  note: 'Số liệu trong trang "Dữ liệu" là căn cứ để cấp trên tổng hợp; không sửa tay. Số lượng, kinh phí được cộng; tỷ lệ được tính lại từ tử số và mẫu số, không lấy trung bình.',
  written: (file: string, rows: number, included: number, missing: number) =>
    `Đã ghi bảng tổng hợp: ${file} (${rows} số liệu, ${included} báo cáo đã tổng hợp, ${missing} báo cáo chưa nộp).`,
  /** Forms or workbooks in the store for units outside the unit's subtree in the period's tree: not counted. */
  outside: (count: number, examples: string) => `Không tính ${count} báo cáo của đơn vị không thuộc đơn vị này trong kỳ (ví dụ: ${examples}).`,
  outputNotXlsx: (file: string) => `Lỗi: tệp ghi ra phải có đuôi .xlsx ("${file}").`,
  outputExists: (file: string) => `Lỗi: tệp "${file}" đã có. Dùng --force để ghi đè, hoặc chọn tên khác.`,
} as const;

/** What a report counted twice is already counted through (the ingest/overlap finding). */
export const OVERLAP_TEXT = {
  form: (file: string) => `biểu mẫu "${file}"`,
  consolidated: (unit: string, file: string) => `bảng tổng hợp của ${unit} "${file}"`,
  /** «LG-TANHAI (MTTQ, HND)» */
  unitOrgs: (unit: string, orgs: readonly string[]) => `${unit} (${orgs.join(', ')})`,
} as const;

/** `baocao ingest --units --unit`: the receiving office's place in the tree. */
export const UPWARD_TEXT = {
  unitsOption: 'tệp danh sách đơn vị các cấp (units.yaml): biểu mẫu của đơn vị không có trong kỳ, hoặc của tổ chức không có tại đơn vị, bị từ chối; bảng tổng hợp nhận được phải của một đơn vị trực thuộc đơn vị nhận',
  unitOption: 'mã đơn vị nhận (mặc định: đơn vị gốc của danh sách đơn vị)',
  unitWithoutUnits: 'Lỗi: --unit cần đi kèm --units <tệp danh sách đơn vị>.',
  unknownReceiver: (code: string, file: string) => `Lỗi: không có đơn vị mang mã "${code}" trong tệp danh sách đơn vị "${file}".`,
} as const;
