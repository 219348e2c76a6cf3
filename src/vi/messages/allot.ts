import type { AllotCode } from '../../model/codes/allot.ts';
import type { MessageTemplate } from '../../model/finding.ts';

const REGENERATE = 'Lập lại bảng bằng lệnh "baocao allot template" và nhập lại vào bảng mới, không sao chép sang tệp khác.';

export const ALLOT_MESSAGES: Record<AllotCode, MessageTemplate> = {
  'allot/unreadable': {
    message: (a) => `Không đọc được bảng phân bổ chỉ tiêu "${a.file}": ${a.reason}.`,
    hint: () => 'Kiểm tra tệp có đúng là tệp Excel (.xlsx) của bảng phân bổ.',
  },
  'allot/not-allotment': {
    message: () => 'Tệp không phải bảng phân bổ chỉ tiêu do baocao lập: không có trang nhận dạng ẩn.',
    hint: () => REGENERATE,
  },
  'allot/bad-identity': {
    message: (a) => `Trang nhận dạng của bảng phân bổ bị hỏng: ${a.reason}.`,
    hint: () => REGENERATE,
  },
  'allot/wrong-plan': {
    message: (a) => `Bảng phân bổ lập theo kế hoạch "${a.actual}", khác kế hoạch đang dùng "${a.expected}".`,
    hint: () => 'Lập lại bảng phân bổ theo kế hoạch hiện hành bằng "baocao allot template".',
  },
  'allot/unknown-unit': {
    message: (a) => `Đơn vị giao chỉ tiêu "${a.actual}" không có trong danh sách đơn vị năm ${a.year}.`,
    hint: () => 'Kiểm tra tệp danh sách đơn vị (--units) và năm của bảng phân bổ.',
  },
  'allot/unknown-child': {
    message: (a) => `Cột "${a.name}" (mã ${a.actual}) không phải đơn vị trực thuộc ${a.unit} trong năm ${a.year}.`,
    hint: () => 'Danh sách đơn vị đã thay đổi sau khi lập bảng: lập lại bảng phân bổ theo danh sách đơn vị hiện hành.',
  },
  'allot/child-missing': {
    message: (a) => `Đơn vị trực thuộc ${a.actual} (${a.name}) không có cột trong bảng phân bổ: chưa được giao chỉ tiêu.`,
    hint: () => 'Nếu đơn vị này cần được giao chỉ tiêu, lập lại bảng phân bổ theo danh sách đơn vị hiện hành.',
  },
  'allot/total-changed': {
    message: (a) => `Tổng chỉ tiêu được giao đã bị sửa: đang là ${a.actual}, đúng phải là ${a.expected}.`,
    hint: () => 'Cột tổng số là chỉ tiêu cấp trên giao, không được sửa; khôi phục số gốc hoặc nhập lại vào bảng gốc.',
  },
  'allot/not-a-number': {
    message: (a) => `"${a.actual}" không phải là số. Ô giao chỉ tiêu cho ${a.name} chỉ nhận số, ví dụ 120 hoặc 1.200.`,
    hint: () => 'Chỉ gõ con số; đơn vị không được giao thì gõ 0; chưa phân bổ chỉ tiêu này thì để trống cả dòng.',
  },
  'allot/negative-share': {
    message: (a) => `Số giao cho ${a.name} là số âm (${a.actual}).`,
    hint: () => 'Chỉ tiêu giao cho đơn vị phải từ 0 trở lên.',
  },
  'allot/share-without-org': {
    message: (a) => `${a.name} không có ${a.org} nhưng ô này có số ${a.actual}.`,
    hint: () => 'Ô màu xám là đơn vị không có tổ chức này: xóa số ở ô đó và giao phần này cho đơn vị khác.',
  },
  'allot/fractional-share': {
    message: (a) => `Số giao cho ${a.name} là số lẻ (${a.actual}) trong khi chỉ tiêu đếm theo ${a.unitOfMeasure}.`,
    hint: () => 'Kiểm tra lại; chỉ tiêu đếm (người, mô hình, cây…) thường giao số nguyên.',
  },
  'allot/sum-mismatch': {
    message: (a) => `Cộng các đơn vị là ${a.actual}, không bằng tổng được giao ${a.expected} (chênh lệch ${a.difference}).`,
    hint: () => 'Sửa số giao cho các đơn vị để cột "Chênh lệch" bằng 0: tổng các phần phải đúng bằng chỉ tiêu được giao.',
  },
  'allot/over-allotted': {
    message: (a) => `Cộng các đơn vị là ${a.actual}, cao hơn tổng được giao ${a.expected} (giao vượt ${a.difference}).`,
    hint: () => 'Được chấp nhận vì đã chọn cho phép giao vượt (--allow-over); nếu không chủ ý giao vượt, sửa lại cho bằng tổng.',
  },
  'allot/not-apportioned': {
    message: (a) => `Chỉ tiêu "${a.target}" để trống: không phân bổ cho đơn vị trực thuộc.`,
    hint: () => 'Chỉ tiêu vẫn được theo dõi ở cấp giao; nếu muốn phân bổ, nhập số cho từng đơn vị.',
  },
  'allot/total-from-plan': {
    message: (a) => `${a.unit} không phải đơn vị gốc nhưng chưa có bảng phân bổ của cấp trên: cột tổng số lấy nguyên chỉ tiêu của kế hoạch.`,
    hint: () => 'Nếu cấp trên đã giao chỉ tiêu cho đơn vị, lập bảng với --allotment <tệp phân bổ của cấp trên>.',
  },
  'allot/year-outside-plan': {
    message: (a) => `Năm ${a.year} nằm ngoài thời gian của kế hoạch (${a.planYears}).`,
    hint: () => 'Kiểm tra lại --year hoặc dùng kế hoạch của năm đó.',
  },
  'allot/no-targets': {
    message: (a) => `Không có chỉ tiêu nào phân bổ được cho ${a.unit}: chỉ phân bổ chỉ tiêu đếm số lượng hoặc tiền; chỉ tiêu tỷ lệ, bình quân không phân bổ.`,
  },
};
