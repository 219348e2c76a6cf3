import type { UnitsCode } from '../../model/codes/units.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const UNITS_MESSAGES: Record<UnitsCode, MessageTemplate> = {
  'units/unreadable': {
    message: (a) => `Không đọc được tệp danh sách đơn vị "${a.file}": ${a.reason}.`,
    hint: () => 'Kiểm tra đường dẫn và quyền đọc tệp.',
  },
  'units/syntax': {
    message: (a) => `Tệp danh sách đơn vị "${a.file}" sai cú pháp YAML: ${a.reason}.`,
    hint: () => 'Sửa dòng được chỉ ra (thụt lề, dấu hai chấm, dấu gạch đầu dòng) rồi kiểm tra lại.',
  },
  'units/invalid-field': {
    message: (a) => `Trường "${a.path}": ${a.reason}.`,
    hint: () => 'Mỗi đơn vị cần có code, name, level; parent, validFrom, validTo, changes, organizations là tùy chọn.',
  },
  'units/duplicate-code': {
    message: (a) => `Mã đơn vị "${a.code}" bị trùng: đã khai báo ở dòng ${a.first}.`,
    hint: () => 'Một đơn vị chỉ khai báo một lần; việc chuyển cấp trên từ một kỳ ghi trong "changes" của đơn vị đó.',
  },
  'units/unknown-parent': {
    message: (a) => `Đơn vị "${a.code}" trực thuộc "${a.parent}" nhưng không có đơn vị nào mang mã này.`,
    hint: () => 'Sửa trường "parent" cho đúng mã đơn vị cấp trên đã khai báo.',
  },
  'units/cycle': {
    message: (a) => `Các đơn vị trực thuộc nhau thành vòng tròn từ kỳ ${a.period}: ${a.cycle}.`,
    hint: () => 'Mỗi đơn vị chỉ có một cấp trên và đi lên phải gặp đơn vị gốc; sửa "parent" của một đơn vị trong vòng.',
  },
  'units/extra-root': {
    message: (a) => `Đơn vị "${a.code}" không có cấp trên trong kỳ ${a.period}, trong khi đơn vị gốc là "${a.root}".`,
    hint: () => 'Chỉ đơn vị cao nhất (đơn vị gốc) được bỏ trống "parent"; thêm "parent" cho đơn vị này.',
  },
  'units/no-root': {
    message: (a) => `Kỳ ${a.period} không có đơn vị gốc (đơn vị không có cấp trên).`,
    hint: () => 'Khai báo đơn vị cao nhất (ví dụ Ban Dân vận Tỉnh ủy) không có trường "parent".',
  },
  'units/validity-order': {
    message: (a) => `Đơn vị "${a.code}": ${a.reason}.`,
    hint: () => 'validFrom không được sau validTo; các mục "changes" xếp theo thứ tự thời gian, mỗi mục sau validFrom và không sau validTo.',
  },
  'units/parent-not-valid': {
    message: (a) => `Đơn vị "${a.code}" trực thuộc "${a.parent}" trong kỳ ${a.period}, nhưng "${a.parent}" không còn (hoặc chưa có) trong kỳ đó.`,
    hint: () => 'Sửa thời hạn (validFrom/validTo) của một trong hai đơn vị, hoặc thêm mục "changes" chuyển đơn vị sang cấp trên mới.',
  },
  'units/unknown-org': {
    message: (a) => `Đơn vị "${a.code}" khai báo tổ chức "${a.org}" nhưng kế hoạch không có tổ chức này.`,
    hint: () => 'Dùng mã tổ chức trong danh sách "organizations" của kế hoạch (MTTQ, HND…).',
  },
  'units/unknown-unit': {
    message: (a) => `Không có đơn vị mang mã "${a.code}" trong kỳ ${a.period}.`,
    hint: () => 'Xem danh sách mã đơn vị bằng lệnh "baocao units check <tệp>".',
  },
};
