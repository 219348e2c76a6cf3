import type { ReportCode } from '../../model/codes/report.ts';
import type { MessageTemplate } from '../../model/finding.ts';

const s = (v: unknown) => String(v ?? '');

export const REPORT_MESSAGES: Record<ReportCode, MessageTemplate> = {
  'report/config-unreadable': {
    message: (a) => `Không đọc được tệp thiết lập báo cáo: ${a.missing ? 'không có tệp' : s(a.reason)}.`,
    hint: (a) =>
      a.syntax
        ? 'Sửa dòng được chỉ ra trong tệp thiết lập (thụt lề, dấu hai chấm, dấu ngoặc), hoặc bỏ --config để dùng templates/report.yaml.'
        : 'Kiểm tra đường dẫn, hoặc bỏ --config để dùng templates/report.yaml.',
  },
  'report/config-invalid': {
    message: (a) => `Thiết lập báo cáo không hợp lệ, trường ${s(a.field) || '(gốc)'}: ${s(a.reason)}.`,
    hint: () => 'Sửa giá trị này trong tệp thiết lập (xem chú thích trong templates/report.yaml).',
  },
  'report/authority-mismatch': {
    message: (a) =>
      `Thẩm quyền ký "${s(a.authority) || '(trống)'}" không hợp với cơ quan ban hành "${s(a.organ)}": ` +
      (a.rule === 'committee' ? 'văn bản của cấp ủy ký thay mặt tập thể.' : 'cơ quan tham mưu không ký thay mặt tập thể.'),
    hint: (a) =>
      a.rule === 'committee'
        ? 'Thường dùng "T/M BAN THƯỜNG VỤ" trên chức vụ "BÍ THƯ" hoặc "PHÓ BÍ THƯ".'
        : 'Người đứng đầu ký trực tiếp ("TRƯỞNG BAN"), cấp phó ký "K/T TRƯỞNG BAN".',
  },
  'report/authority-form': {
    message: (a) => `Thẩm quyền ký "${s(a.authority)}" viết theo thể thức văn bản nhà nước, văn bản của Đảng không dùng dạng có dấu chấm.`,
    hint: (a) => `Viết "${s(a.expected)}".`,
  },
  'report/signer-missing': {
    message: () => 'Chưa có họ tên người ký; khối chữ ký để trống tên.',
    hint: () => 'Điền signer.name trong tệp thiết lập hoặc dùng --signer "Họ và tên".',
  },
  'report/org-signer-missing': {
    message: (a) => `Biểu mẫu của ${s(a.orgName)} chưa ghi họ tên người ký; khối chữ ký của báo cáo tóm tắt để trống tên.`,
    hint: () => 'Đề nghị đơn vị điền người ký ở trang "Thông tin" của biểu mẫu và gửi lại.',
  },
  'report/signature-image-missing': {
    message: (a) => `Không đọc được ảnh chữ ký "${s(a.image)}"; báo cáo được tạo không có ảnh chữ ký.`,
    hint: () => 'Kiểm tra đường dẫn signer.image (tệp PNG hoặc JPEG).',
  },
  'report/no-submissions': {
    message: (a) => `Chưa có báo cáo nào của các đơn vị cho kỳ ${s(a.periodName)}; báo cáo tổng hợp chỉ nêu tình hình gửi báo cáo.`,
    hint: () => 'Tiếp nhận các biểu mẫu đã điền bằng lệnh "baocao ingest" trước khi lập báo cáo.',
  },
  'report/unknown-org': {
    message: (a) => `Không có đơn vị mã "${s(a.org)}" trong kế hoạch.`,
    hint: (a) => `Các mã đơn vị: ${s(a.known)}.`,
  },
  'report/output-exists': {
    message: (a) => `Tệp "${s(a.file)}" đã có; không ghi đè.`,
    hint: () => 'Chọn tên tệp khác, hoặc thêm --force để ghi đè.',
  },
  'report/unit-settings-missing': {
    message: (a) =>
      `Tệp thiết lập chưa có phần "units.${s(a.unit)}": phần đầu báo cáo lấy tên đơn vị "${s(a.name)}" ` +
      `và cấp trên "${s(a.parent) || '(không có)'}" từ danh sách đơn vị, ký hiệu "${s(a.symbol)}", nơi nhận là cấp trên; chưa có tên người ký.`,
    hint: (a) => `Thêm "units: { ${s(a.unit)}: { upperBody, issuer, issuerName, symbol, place, signer, recipients } }" vào tệp thiết lập, hoặc dùng --signer "Họ và tên".`,
  },
  'report/unit-settings-unknown': {
    message: (a) => `Phần "units.${s(a.unit)}" của tệp thiết lập không ứng với đơn vị nào trong danh sách đơn vị của kỳ này; không dùng đến.`,
    hint: () => 'Kiểm tra mã đơn vị (xem "baocao units check <tệp>").',
  },
  'report/unit-no-parts': {
    message: (a) =>
      `Chỉ tiêu "${s(a.target)}" là tỷ lệ do ${s(a.units)} đơn vị báo cáo nhưng không phải đơn vị nào cũng ghi tử số và mẫu số; ` +
      'không tính được tỷ lệ chung (không lấy trung bình các tỷ lệ), báo cáo để trống.',
    hint: () => 'Đề nghị các đơn vị ghi đủ tử số và mẫu số của chỉ tiêu này trong biểu mẫu và gửi lại.',
  },
  'report/unit-form-outside': {
    message: (a) =>
      a.reason === 'unknown-unit'
        ? `Biểu mẫu "${s(a.fileName)}" ghi đơn vị "${s(a.unit)}", không có trong danh sách đơn vị của ${s(a.period)}; số liệu của biểu mẫu này không được cộng vào đâu.`
        : `Biểu mẫu "${s(a.fileName)}" của ${s(a.org)} ghi đơn vị "${s(a.unit)}", nhưng danh sách đơn vị không có tổ chức này ở đơn vị đó; số liệu không được cộng.`,
    hint: (a) =>
      a.reason === 'unknown-unit'
        ? 'Kiểm tra mã đơn vị trên biểu mẫu và tệp danh sách đơn vị (--units), hoặc đơn vị đã thôi tồn tại từ kỳ này.'
        : 'Thêm tổ chức vào "organizations" của đơn vị trong tệp danh sách đơn vị, hoặc kiểm tra biểu mẫu.',
  },
};
