import type { TemplateCode } from '../../model/codes/template.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const TEMPLATE_MESSAGES: Record<TemplateCode, MessageTemplate> = {
  'template/file-exists': {
    message: (a) => `Tệp "${a.file}" đã có, không ghi đè.`,
    hint: () => 'Thêm tùy chọn --force để ghi đè, hoặc chọn thư mục khác bằng -o.',
  },
  'template/unknown-org': {
    message: (a) => `Không có đơn vị mã "${a.org}" trong kế hoạch. Các mã hợp lệ: ${a.valid}.`,
    hint: () => 'Sửa mã đơn vị sau --org cho đúng một trong các mã trên.',
  },
  'template/write-failed': {
    message: (a) => `Không ghi được tệp "${a.file}": ${a.reason}.`,
    hint: () => 'Kiểm tra thư mục đích có tồn tại, còn chỗ trống và có quyền ghi; đóng tệp nếu đang mở trong Excel.',
  },
  'template/no-tasks': {
    message: (a) => `Đơn vị "${a.org}" chưa được giao nhiệm vụ nào trong kế hoạch; biểu mẫu không có dòng nhiệm vụ.`,
    hint: () => 'Kiểm tra trường "org" của các nhiệm vụ trong tệp kế hoạch.',
  },
  'template/period-not-reported': {
    message: (a) => `Kỳ "${a.period}" không thuộc các kỳ đơn vị phải báo cáo theo kế hoạch (${a.periods}).`,
    hint: () => 'Vẫn lập biểu mẫu; nếu nhầm kỳ, chạy lại với --period đúng.',
  },
  'template/no-previous': {
    message: (a) => `Chưa có báo cáo ${a.previous} của đơn vị "${a.org}" trong cơ sở dữ liệu; cột lũy kế kỳ trước để trống.`,
  },
};

/** Problems in templates/columns.yaml that the schema alone cannot see. */
export const TEMPLATE_CONFIG_TEXT = {
  duplicateColumn: (key: string) => `cột "${key}" khai báo hai lần`,
  wrongKind: (key: string, kind: string) => `cột "${key}" phải có kind "${kind}"`,
  missingColumn: (key: string) => `thiếu cột bắt buộc "${key}"`,
  invalidFile: (file: string, details: string) => `Tệp cấu hình "${file}" không hợp lệ:\n${details}`,
} as const;

/** Texts of `baocao template`. */
export const TEMPLATE_CLI_TEXT = {
  description: 'lập biểu mẫu Excel cho từng đơn vị và kỳ báo cáo',
  planArgument: 'tệp kế hoạch .yaml hoặc .json',
  periodOption: 'kỳ báo cáo: 2024-Q1…2024-Q4, 2024-H1, 2024-9M, 2024-Y',
  orgOption: 'chỉ lập cho các đơn vị này (mã đơn vị, có thể ghi nhiều mã); mặc định: tất cả',
  outOption: 'thư mục ghi các tệp Excel',
  forceOption: 'ghi đè tệp đã có',
  passwordOption: 'mật khẩu bảo vệ trang tính (hoặc biến môi trường BAOCAO_TEMPLATE_PASSWORD; mặc định: bảo vệ không mật khẩu)',
  dbOption: 'cơ sở dữ liệu đã tiếp nhận: ghi sẵn số lũy kế kỳ trước của từng đơn vị',
  dbMissing: (file: string) => `Không tìm thấy tệp cơ sở dữ liệu "${file}".`,
  planInvalid: 'Tệp kế hoạch có lỗi, chưa lập được biểu mẫu:',
  heading: (count: number, period: string, dir: string) => `Đã lập ${count} biểu mẫu ${period} trong thư mục ${dir}:`,
  columns: { org: 'Đơn vị', file: 'Tệp', tasks: 'Nhiệm vụ', targets: 'Chỉ tiêu' },
  none: 'Không lập được biểu mẫu nào.',
  findingsHeading: 'Lưu ý:',
} as const;
