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
