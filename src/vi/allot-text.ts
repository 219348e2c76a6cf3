import { formatViNumber } from './number.ts';

/** Sheet names of the allotment table (phân bổ chỉ tiêu). */
export const ALLOT_SHEETS = { table: 'Phân bổ', guide: 'Hướng dẫn' } as const;

/** Wording of the allotment table (src/allot/write.ts). */
export const ALLOT_TEXT = {
  title: (year: number) => `BẢNG PHÂN BỔ CHỈ TIÊU NHIỆM VỤ TRỌNG TÂM NĂM ${year}`,
  unitLine: (unit: string, children: number) => `Đơn vị giao: ${unit} — giao cho ${children} đơn vị trực thuộc`,
  sourceLine: (source: string) => `(Kèm theo ${source})`,
  legend: 'Ô màu vàng: nhập số giao cho từng đơn vị. Ô màu xám: đơn vị không có tổ chức này, không giao. Cột "Chênh lệch" phải bằng 0.',
  headers: {
    stt: 'STT',
    org: 'Tổ chức',
    target: 'Chỉ tiêu',
    unitOfMeasure: 'Đơn vị tính',
    total: 'Tổng số được giao',
    sum: 'Cộng các đơn vị',
    difference: 'Chênh lệch',
  },
  notApportionedHeading: 'Chỉ tiêu không phân bổ (tỷ lệ, bình quân, khoảng: mỗi đơn vị phấn đấu đạt mức chung):',
  notApportionedLine: (org: string, text: string) => `- ${org}: ${text} — không phân bổ.`,
  notGivenHeading: 'Chỉ tiêu cấp trên chưa giao cho đơn vị (không phân bổ):',
  notGivenLine: (org: string, text: string) => `- ${org}: ${text}.`,
  footer: 'Trang &P/&N',
  /** Data-validation texts of the input cells (titles ≤ 32 characters). */
  validation: {
    promptTitle: 'Số giao cho đơn vị',
    errorTitle: 'Chưa đúng',
    prompt: 'Nhập số giao cho đơn vị (chỉ số, ví dụ 120 hoặc 1.200). Không giao thì nhập 0.',
    error: 'Ô này chỉ nhận số không âm, ví dụ 120 hoặc 1.200.',
  },
  /** Reasons read inside findings of src/allot/read.ts. */
  reasons: {
    noSheet: (sheet: string) => `không có trang "${sheet}"`,
    unknownTarget: (id: string) => `chỉ tiêu "${id}" không có trong kế hoạch`,
    blank: '(trống)',
  },
  guideTitle: 'HƯỚNG DẪN PHÂN BỔ CHỈ TIÊU',
  guideLines: [
    '# 1. Bảng này dùng để làm gì',
    'Bảng giao (phân bổ) các chỉ tiêu đếm số lượng hoặc tiền của kế hoạch cho các đơn vị trực thuộc. Sau khi kiểm tra, mỗi đơn vị thấy phần chỉ tiêu của mình trên biểu mẫu báo cáo và được đánh giá theo phần đó.',
    '# 2. Cách nhập',
    'Chỉ nhập vào ô màu vàng: số giao cho từng đơn vị, ở cột mang tên đơn vị. Chỉ gõ con số (ví dụ 120 hoặc 1.200), không kèm chữ.',
    'Ô màu xám là đơn vị không có tổ chức đó (ví dụ xã, phường không có Liên đoàn Lao động): không giao.',
    'Cột "Cộng các đơn vị" và "Chênh lệch" tự tính. Tổng các phần phải đúng bằng "Tổng số được giao": cột "Chênh lệch" phải bằng 0.',
    'Đơn vị không được giao chỉ tiêu nào thì gõ 0. Chỉ tiêu không phân bổ thì để trống cả dòng: chỉ tiêu đó vẫn được theo dõi ở cấp giao.',
    '# 3. Chỉ tiêu không phân bổ',
    'Chỉ tiêu tỷ lệ (%), bình quân hoặc dạng khoảng không chia cho các đơn vị: mỗi đơn vị phấn đấu đạt mức chung; các chỉ tiêu này được liệt kê dưới bảng.',
    '# 4. Kiểm tra',
    'Không sửa cột "Tổng số được giao", không thêm, xóa hay đổi chỗ dòng, cột. Sau khi nhập, kiểm tra bằng lệnh: baocao allot check <tệp> --plan <kế hoạch> --units <danh sách đơn vị>.',
  ],
} as const;

/** The line a unit's form adds under a target it was given a share of. */
export const shareLine = (share: number, unitOfMeasure: string): string => `Chỉ tiêu giao cho đơn vị: ${formatViNumber(share)} ${unitOfMeasure}`;

/** Texts of `baocao allot`: help, headings, verdicts. */
export const ALLOT_CLI_TEXT = {
  description: 'phân bổ chỉ tiêu của kế hoạch cho các đơn vị trực thuộc',
  templateDescription: 'lập bảng phân bổ chỉ tiêu (Excel) của một đơn vị cho các đơn vị trực thuộc trong một năm',
  checkDescription: 'kiểm tra bảng phân bổ đã nhập; nếu đúng, lưu phân bổ thành tệp .json để dùng với --allotment',
  fileArgument: 'tệp bảng phân bổ .xlsx đã nhập',
  planOption: 'tệp kế hoạch',
  unitsOption: 'tệp danh sách đơn vị các cấp',
  unitOption: 'mã đơn vị giao chỉ tiêu (đơn vị cấp trên)',
  templateUnitOption: 'mã đơn vị của biểu mẫu (đơn vị nhận chỉ tiêu được phân bổ)',
  yearOption: 'năm phân bổ (cây đơn vị lấy theo quý IV của năm)',
  outputTemplateOption: 'tệp .xlsx sẽ ghi',
  outputCheckOption: 'tệp .json lưu phân bổ (mặc định: cùng tên với bảng, đuôi .json)',
  upperOption: 'tệp phân bổ .json của cấp trên: tổng số được giao lấy theo phần cấp trên giao cho đơn vị',
  allowOverOption: 'cho phép giao vượt: tổng các phần lớn hơn tổng được giao chỉ là cảnh báo (chỉ tiêu "ít nhất", "trên")',
  forceOption: 'ghi đè tệp đã có',
  outputNotXlsx: (file: string) => `Lỗi: tệp ghi ra "${file}" phải có đuôi .xlsx.`,
  outputNotJson: (file: string) => `Lỗi: tệp lưu phân bổ "${file}" phải có đuôi .json.`,
  outputExists: (file: string) => `Lỗi: tệp "${file}" đã có. Dùng --force để ghi đè hoặc chọn tên khác.`,
  badYear: (year: string) => `Lỗi: --year "${year}" không phải là một năm (ví dụ 2024).`,
  unknownUnit: (code: string, year: number) => `Lỗi: không có đơn vị mang mã "${code}" trong năm ${year}. Xem danh sách bằng "baocao units check <tệp>".`,
  noChildren: (code: string, year: number) => `Lỗi: đơn vị "${code}" không có đơn vị trực thuộc trong năm ${year}: không có gì để phân bổ.`,
  planInvalid: 'Lỗi: kế hoạch chưa dùng được:',
  written: (file: string, rows: number, children: number) => `Đã ghi bảng phân bổ "${file}": ${rows} chỉ tiêu, ${children} đơn vị trực thuộc.`,
  checkedOk: (file: string, apportioned: number, skipped: number) => `Bảng phân bổ hợp lệ: ${apportioned} chỉ tiêu được phân bổ, ${skipped} chỉ tiêu để trống (không phân bổ). Đã lưu "${file}".`,
  checkedBad: (errors: number) => `Bảng phân bổ có ${errors} lỗi, chưa lưu. Sửa các ô được chỉ ra rồi kiểm tra lại.`,
  findingsHeading: 'Phát hiện:',
  // --allotment of `baocao template`
  allotmentOption: 'tệp phân bổ chỉ tiêu .json (từ "baocao allot check"): biểu mẫu ghi chỉ tiêu giao cho đơn vị (cần --unit)',
  reportAllotmentOption: 'tệp phân bổ chỉ tiêu .json (từ "baocao allot check"): báo cáo của đơn vị so kết quả với chỉ tiêu được giao (cần --unit); không có tệp này, chỉ tiêu chưa phân bổ chỉ nêu kết quả',
  allotmentNeedsUnit: 'Lỗi: --allotment cần --unit <mã đơn vị> để biết lấy phần chỉ tiêu của đơn vị nào.',
  allotmentUnreadable: (file: string, reason: string) => `Lỗi: không đọc được tệp phân bổ "${file}": ${reason}.`,
  allotmentInvalid: (file: string, reason: string) => `Lỗi: tệp phân bổ "${file}" không đúng định dạng: ${reason}.`,
  allotmentOtherPlan: (file: string, planId: string) => `Lỗi: tệp phân bổ "${file}" lập theo kế hoạch "${planId}" hoặc một phiên bản khác của kế hoạch đang dùng.`,
  allotmentOtherYear: (file: string, year: number, periodYear: number) => `Lỗi: tệp phân bổ "${file}" là của năm ${year}, kỳ báo cáo thuộc năm ${periodYear}.`,
  allotmentNoShare: (file: string, unit: string) => `Lỗi: tệp phân bổ "${file}" không giao chỉ tiêu nào cho đơn vị "${unit}".`,
} as const;
