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
    message: (a) => `Chưa có báo cáo ${a.previous} của đơn vị "${a.org}"${a.unit ? ` tại "${a.unit}"` : ''} trong cơ sở dữ liệu; cột lũy kế kỳ trước để trống.`,
  },
  'template/unknown-unit': {
    message: (a) => `Không có đơn vị mang mã "${a.unit}" trong tệp danh sách đơn vị "${a.file}".`,
    hint: () => 'Xem các mã bằng lệnh "baocao units check <tệp>"; mã phải viết đúng như trong tệp (chữ hoa, chữ thường).',
  },
  'template/unit-not-in-period': {
    message: (a) =>
      `Đơn vị "${a.unit}" (${a.name}) không có trong ${a.period}: theo tệp danh sách đơn vị, đơn vị này chỉ có${a.from ? ` từ ${a.from}` : ''}${a.to ? ` đến hết ${a.to}` : ''}.`,
    hint: () => 'Chọn kỳ báo cáo khác bằng --period, hoặc mã đơn vị có trong kỳ đó (sau sáp nhập, đơn vị mới có mã mới).',
  },
  'template/no-units-below': {
    message: (a) => `Dưới đơn vị "${a.unit}" (${a.name}) không có đơn vị nào trong ${a.period}; không lập biểu mẫu nào.`,
    hint: () => 'Dùng --unit để lập biểu mẫu cho chính đơn vị này, hoặc kiểm tra trường "parent" trong tệp danh sách đơn vị.',
  },
  'template/org-not-at-unit': {
    message: (a) => `Đơn vị "${a.unit}" (${a.name}) không có tổ chức "${a.org}" theo tệp danh sách đơn vị (chỉ có: ${a.orgs}); không lập biểu mẫu cho tổ chức này.`,
    hint: () => 'Nếu đơn vị đã có tổ chức này, bổ sung mã vào trường "organizations" của đơn vị trong tệp danh sách đơn vị.',
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
  unitsOption: 'tệp danh sách đơn vị (units.yaml), dùng với --unit hoặc --under',
  unitOption: 'lập biểu mẫu cho các tổ chức của đơn vị này (mã trong tệp danh sách đơn vị), tên tệp có mã đơn vị',
  underOption: 'lập biểu mẫu cho mọi đơn vị cấp dưới của đơn vị này trong kỳ báo cáo, mỗi đơn vị một thư mục con mang mã đơn vị',
  unitsNeeded: 'Lỗi: --unit và --under cần tệp danh sách đơn vị: thêm --units <tệp>.',
  unitOrUnder: 'Lỗi: chỉ dùng một trong hai: --unit (một đơn vị) hoặc --under (mọi đơn vị cấp dưới).',
  unitColumn: 'Cấp dưới',
  unitHeading: (count: number, units: number, period: string, dir: string) => `Đã lập ${count} biểu mẫu ${period} cho ${units} đơn vị trong thư mục ${dir}:`,
} as const;
