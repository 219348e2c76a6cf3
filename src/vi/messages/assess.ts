import type { AssessCode } from '../../model/codes/assess.ts';
import type { MessageTemplate } from '../../model/finding.ts';

const s = (v: unknown) => String(v ?? '');

export const ASSESS_MESSAGES: Record<AssessCode, MessageTemplate> = {
  'assess/rules-unreadable': {
    message: (a) => `Không đọc được tệp quy tắc xếp loại: ${a.missing ? 'không có tệp' : s(a.reason)}.`,
    hint: () => 'Kiểm tra đường dẫn --rules, hoặc bỏ --rules để dùng templates/assessment-<năm>.yaml.',
  },
  'assess/rules-invalid': {
    message: (a) => `Quy tắc xếp loại không hợp lệ, trường ${s(a.field) || '(gốc)'}: ${s(a.reason)}.`,
    hint: () => 'Sửa giá trị này trong tệp quy tắc (xem chú thích trong templates/assessment-2025.yaml).',
  },
  'assess/rules-missing': {
    message: (a) => `Chưa có quy tắc xếp loại cho năm ${s(a.year)} (không có tệp ${s(a.file)}).`,
    hint: () => 'Tạo tệp quy tắc của năm đó theo mẫu templates/assessment-2025.yaml, hoặc chỉ ra tệp bằng --rules.',
  },
  'assess/rules-year': {
    message: (a) => `Tệp quy tắc "${s(a.id)}" dành cho năm ${s(a.rulesYear)}, không dùng được để xếp loại năm ${s(a.year)}.`,
    hint: () => 'Dùng tệp quy tắc của đúng năm đánh giá.',
  },
  'assess/unknown-org': {
    message: (a) => `Kế hoạch không có tổ chức mã "${s(a.org)}".`,
    hint: (a) => `Các mã có trong kế hoạch: ${s(a.known)}.`,
  },
  'assess/unknown-grade': {
    message: (a) => `Mức xếp loại "${s(a.grade)}" không có trong quy tắc ${s(a.rules)}.`,
    hint: (a) => `Các mức: ${s(a.known)}.`,
  },
  'assess/output-exists': {
    message: (a) => `Tệp "${s(a.file)}" đã có; không ghi đè.`,
    hint: () => 'Chọn tên tệp khác, hoặc thêm --force để thay tệp cũ.',
  },
  'assess/quarters-missing': {
    message: (a) => `${s(a.orgName)}: chưa có báo cáo ${s(a.quarters)}; kết quả năm tính trên các quý đã có, xếp loại là tạm tính.`,
    hint: () => 'Khi nhận đủ báo cáo các quý, chạy lại đánh giá để có đề xuất chính thức.',
  },
  'assess/no-report': {
    message: (a) => `${s(a.orgName)}: cả năm chưa có báo cáo quý nào; chưa đủ dữ liệu để đề xuất xếp loại.`,
  },
};
