import type { ConsolidateCode } from '../../model/codes/consolidate.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const CONSOLIDATE_MESSAGES: Record<ConsolidateCode, MessageTemplate> = {
  'consolidate/unreadable': {
    message: (a) => `Không đọc được bảng tổng hợp "${a.file}": ${a.reason}.`,
    hint: () => 'Kiểm tra tệp có đúng là tệp Excel (.xlsx) do đơn vị cấp dưới gửi lên.',
  },
  'consolidate/not-consolidated': {
    message: () => 'Tệp không phải bảng tổng hợp do baocao lập: không có trang nhận dạng ẩn.',
    hint: () => 'Đề nghị đơn vị cấp dưới lập lại bằng lệnh "baocao consolidate" và gửi nguyên tệp, không sao chép sang tệp khác.',
  },
  'consolidate/bad-identity': {
    message: (a) => `Trang nhận dạng của bảng tổng hợp bị hỏng: ${a.reason}.`,
    hint: () => 'Đề nghị đơn vị cấp dưới lập lại bảng tổng hợp và gửi lại.',
  },
  'consolidate/bad-value': {
    message: (a) => `Giá trị "${a.actual}" không phải là số.`,
    hint: () => 'Số liệu trong trang dữ liệu không được sửa tay; đề nghị đơn vị cấp dưới lập lại bảng tổng hợp.',
  },
  'consolidate/edited-cell': {
    message: (a) => `Số liệu đã bị sửa sau khi lập bảng tổng hợp (giá trị hiện tại: ${a.actual}).`,
    hint: () => 'Không dùng số liệu này. Nếu cần sửa, đơn vị cấp dưới sửa ở báo cáo gốc rồi lập lại bảng tổng hợp bằng "baocao consolidate".',
  },
  'consolidate/rows-changed': {
    message: (a) => `Trang dữ liệu có ${a.actual} dòng nhưng khi lập có ${a.expected} dòng: đã có dòng bị thêm hoặc xóa.`,
    hint: () => 'Đề nghị đơn vị cấp dưới lập lại bảng tổng hợp và gửi lại nguyên tệp.',
  },
  'consolidate/wrong-unit': {
    message: (a) => `Bảng tổng hợp của đơn vị "${a.actual}", không phải của ${a.expected}.`,
    hint: () => 'Kiểm tra lại tệp nhận được; mỗi đơn vị gửi bảng tổng hợp của chính mình.',
  },
  'consolidate/wrong-plan': {
    message: (a) => `Bảng tổng hợp lập theo kế hoạch "${a.actual}", khác kế hoạch đang dùng "${a.expected}".`,
    hint: () => 'Đề nghị đơn vị cấp dưới lập lại theo kế hoạch hiện hành.',
  },
  'consolidate/wrong-period': {
    message: (a) => `Bảng tổng hợp của kỳ ${a.actual}, không phải kỳ ${a.expected}.`,
    hint: () => 'Kiểm tra lại kỳ báo cáo của tệp nhận được.',
  },
};
