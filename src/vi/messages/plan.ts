import type { PlanCode } from '../../model/codes/plan.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const PLAN_MESSAGES: Record<PlanCode, MessageTemplate> = {
  'plan/unreadable': {
    message: (a) => `Không đọc được tệp kế hoạch "${a.file}": ${a.reason}.`,
    hint: () => 'Kiểm tra đường dẫn và quyền đọc tệp.',
  },
  'plan/syntax': {
    // The line is the finding's location, shown before the message ("dòng 3: …").
    message: (a) => `Tệp kế hoạch "${a.file}" sai cú pháp ${a.format}: ${a.reason}.`,
    hint: () => 'Sửa dòng được chỉ ra (thụt lề, dấu hai chấm, dấu ngoặc) rồi kiểm tra lại.',
  },
  'plan/invalid-field': {
    message: (a) => `Trường "${a.path}": ${a.reason}.`,
    hint: () => 'Sửa giá trị của trường này theo mô tả trong README (mục "Tệp kế hoạch").',
  },
  'plan/duplicate-id': {
    message: (a) => `Mã "${a.id}" bị trùng: đã dùng ở ${a.first}.`,
    hint: () => 'Mỗi đơn vị, nhiệm vụ, chỉ tiêu phải có mã riêng; đổi một trong hai mã.',
  },
  'plan/unknown-org': {
    message: (a) => `Nhiệm vụ "${a.id}" giao cho đơn vị "${a.org}" nhưng đơn vị này không có trong danh sách "organizations".`,
    hint: () => 'Thêm đơn vị vào "organizations" hoặc sửa mã đơn vị của nhiệm vụ.',
  },
  'plan/unknown-task': {
    message: (a) => `Chỉ tiêu "${a.id}" thuộc nhiệm vụ "${a.task}" nhưng không có nhiệm vụ nào mang mã này.`,
    hint: () => 'Sửa trường "task" của chỉ tiêu cho đúng mã nhiệm vụ.',
  },
  'plan/unknown-parent': {
    message: (a) => `"${a.id}" có cấp trên "${a.parent}" nhưng không tìm thấy mã này.`,
    hint: () => 'Sửa trường "parent" cho đúng mã đã khai báo, hoặc bỏ trường này.',
  },
  'plan/phrase-mismatch': {
    message: (a) => `Chỉ tiêu "${a.id}": câu chữ "${a.text}" đọc ra ${a.parsed}, nhưng kế hoạch ghi ${a.declared}.`,
    hint: () => 'Đối chiếu lại với văn bản gốc và sửa giá trị hoặc câu chữ cho khớp.',
  },
  'plan/needs-review': {
    message: (a) =>
      `${a.count} chỉ tiêu do "baocao plan import" soạn còn đánh dấu cần xem lại (review: true): ${a.ids}${Number(a.more) > 0 ? ` và ${a.more} chỉ tiêu khác` : ''}.`,
    hint: () => 'Đối chiếu từng chỉ tiêu với văn bản gốc (so sánh, con số, đơn vị tính), sửa nếu cần, rồi xóa dòng "review: true".',
  },
  'plan/no-tasks': {
    message: (a) => `Đơn vị "${a.org}" chưa có nhiệm vụ nào.`,
    hint: () => 'Thêm nhiệm vụ cho đơn vị hoặc bỏ đơn vị khỏi kế hoạch.',
  },
};
