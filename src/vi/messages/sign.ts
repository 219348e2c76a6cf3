import type { SignCode } from '../../model/codes/sign.ts';
import type { MessageTemplate } from '../../model/finding.ts';

const s = (v: unknown) => String(v ?? '');
/** "chữ ký của người ký" / "chữ ký của cơ quan (con dấu)". */
export const ROLE_TEXT: Record<string, string> = { signer: 'chữ ký số của người ký', organization: 'chữ ký số của cơ quan (con dấu)' };
const role = (a: Record<string, unknown>) => ROLE_TEXT[s(a.role)] ?? s(a.role);

export const SIGN_MESSAGES: Record<SignCode, MessageTemplate> = {
  'sign/input-unreadable': {
    message: (a) => `Không đọc được tệp "${s(a.file)}": ${s(a.reason)}.`,
    hint: () => 'Kiểm tra đường dẫn và mở thử tệp; tệp PDF phải còn nguyên vẹn.',
  },
  'sign/input-kind': {
    message: (a) => `Tệp "${s(a.file)}" không phải báo cáo Word (.docx) hay PDF.`,
    hint: () => 'Ký báo cáo do "baocao report" tạo (.docx) hoặc bản PDF của nó.',
  },
  'sign/no-libreoffice': {
    message: () => 'Cần LibreOffice để chuyển báo cáo Word sang PDF, nhưng máy chưa cài.',
    hint: () => 'Cài LibreOffice (gói libreoffice-writer), hoặc tự lưu báo cáo thành PDF rồi ký tệp PDF.',
  },
  'sign/convert-failed': {
    message: (a) => `LibreOffice không chuyển được "${s(a.file)}" sang PDF: ${s(a.reason)}.`,
    hint: () => 'Mở thử tệp bằng Word hoặc LibreOffice; nếu mở được, lưu thành PDF rồi ký tệp PDF.',
  },
  'sign/already-signed': {
    message: (a) => `Tệp "${s(a.file)}" đã có chữ ký số của ${s(a.signers)}; không ký chồng lên văn bản đã ký.`,
    hint: () => 'Ký bản báo cáo gốc (.docx hoặc PDF chưa ký). Xem các chữ ký hiện có bằng "baocao verify".',
  },
  'sign/key-missing': {
    message: (a) => `Thiết lập yêu cầu ${role(a)} nhưng chưa chỉ ra khóa ký cho chữ ký này.`,
    hint: (a) =>
      a.role === 'organization'
        ? 'Dùng --org-p12 <tệp.p12>, hoặc --pkcs11 <thư viện> với --org-slot/--org-key-label; hoặc bỏ "organization" khỏi signing.signatures.'
        : 'Dùng --p12 <tệp.p12>, hoặc --pkcs11 <thư viện> [--slot N] [--key-label nhãn].',
  },
  'sign/key-unreadable': {
    message: (a) => `Không đọc được tệp khóa "${s(a.file)}": ${s(a.reason)}.`,
    hint: () => 'Kiểm tra đường dẫn tới tệp .p12/.pfx do nhà cung cấp chứng thư số cấp.',
  },
  'sign/wrong-password': {
    message: (a) => `Sai mật khẩu của tệp khóa "${s(a.file)}" (hoặc tệp không phải PKCS#12).`,
    hint: () => 'Nhập lại mật khẩu; mật khẩu không được ghi ra màn hình hay lưu lại ở đâu.',
  },
  'sign/wrong-pin': {
    message: (a) => `Sai mã PIN của thiết bị ký số (khe ${s(a.slot)}).`,
    hint: () => 'Nhập lại mã PIN; nhập sai nhiều lần thiết bị sẽ bị khóa.',
  },
  'sign/pin-locked': {
    message: (a) => `Mã PIN của thiết bị ký số (khe ${s(a.slot)}) đã bị khóa.`,
    hint: () => 'Liên hệ nhà cung cấp chứng thư số hoặc bộ phận cơ yếu để mở khóa.',
  },
  'sign/pkcs11-module': {
    message: (a) => `Không nạp được thư viện PKCS#11 "${s(a.module)}": ${s(a.reason)}.`,
    hint: () => 'Chỉ đúng tệp thư viện (.so/.dll) do nhà cung cấp thiết bị ký số cài đặt.',
  },
  'sign/pkcs11-no-token': {
    message: (a) => `Không thấy thiết bị ký số ở khe ${s(a.slot)} (có ${s(a.count)} thiết bị đang cắm).`,
    hint: () => 'Cắm thiết bị ký số, hoặc chọn khe khác bằng --slot (đếm từ 0).',
  },
  'sign/pkcs11-no-key': {
    message: (a) => (a.label ? `Thiết bị ký số không có khóa bí mật mang nhãn "${s(a.label)}" kèm chứng thư.` : 'Thiết bị ký số không có khóa bí mật kèm chứng thư.'),
    hint: () => 'Kiểm tra nhãn khóa (--key-label) bằng phần mềm của nhà cung cấp thiết bị.',
  },
  'sign/cert-expired': {
    message: (a) => `Chứng thư số của ${s(a.subject)} đã hết hạn ngày ${s(a.notAfter)}; không ký được.`,
    hint: () => 'Gia hạn chứng thư số với nhà cung cấp rồi ký lại.',
  },
  'sign/cert-not-yet-valid': {
    message: (a) => `Chứng thư số của ${s(a.subject)} chỉ có hiệu lực từ ${s(a.notBefore)}; chưa ký được.`,
    hint: () => 'Kiểm tra đồng hồ của máy tính, hoặc chờ tới ngày chứng thư có hiệu lực.',
  },
  'sign/cert-key-usage': {
    message: (a) => `Chứng thư số của ${s(a.subject)} không dùng để ký văn bản (thiếu mục đích "chữ ký số"/"chống chối bỏ").`,
    hint: () => 'Dùng chứng thư số ký văn bản do nhà cung cấp cấp cho người ký hoặc cơ quan.',
  },
  'sign/image-not-set': {
    message: (a) => `Chưa khai báo ${a.role === 'organization' ? 'ảnh con dấu (signing.organization.seal)' : 'ảnh chữ ký (signing.signer.image)'} trong thiết lập báo cáo.`,
    hint: () => 'Khai báo đường dẫn ảnh PNG nền trong suốt, hoặc đặt signing.requireImages: false để ký số không kèm ảnh.',
  },
  'sign/image-unreadable': {
    message: (a) => `Không đọc được ${a.role === 'organization' ? 'ảnh con dấu' : 'ảnh chữ ký'} "${s(a.file)}": ${s(a.reason)}.`,
    hint: () => 'Dùng ảnh PNG (hoặc JPEG) còn nguyên vẹn; kiểm tra đường dẫn (tính từ thư mục của tệp thiết lập).',
  },
  'sign/no-font': {
    message: () => 'Không tìm thấy phông chữ TrueType có đủ dấu tiếng Việt để ghi tên cơ quan và thời gian ký.',
    hint: () => 'Cài phông Liberation Serif (gói fonts-liberation2) hoặc khai báo signing.font: đường dẫn tệp .ttf.',
  },
  'sign/block-not-found': {
    message: (a) => `Không tìm thấy khối chữ ký ("${s(a.title)}") trong tệp PDF để đặt ảnh chữ ký và con dấu.`,
    hint: () => 'Ký báo cáo do "baocao report" tạo với cùng tệp thiết lập (chức vụ người ký signer.title phải trùng).',
  },
  'sign/mark-shrunk': {
    message: (a) => `${a.role === 'organization' ? 'Con dấu' : 'Ảnh chữ ký'} được thu nhỏ còn ${s(a.mm)} mm để không che chữ trong khối chữ ký.`,
    hint: () => 'Muốn giữ đúng kích thước, tăng signatureBlankLines trong thiết lập báo cáo rồi tạo lại báo cáo.',
  },
  'sign/output-exists': {
    message: (a) => `Tệp "${s(a.file)}" đã có; không ghi đè.`,
    hint: () => 'Chọn tên khác cho -o, hoặc thêm --force để ghi đè.',
  },
  'sign/secret-missing': {
    message: (a) => `Chưa có ${a.kind === 'pin' ? 'mã PIN' : 'mật khẩu'} cho ${role(a)}: biến môi trường ${s(a.variable) || '(chưa chỉ ra)'} không có giá trị và không hỏi được (không chạy trong cửa sổ lệnh).`,
    hint: () => 'Đặt biến môi trường và dùng --password-env TÊN_BIẾN (hoặc --org-password-env), hoặc chạy lệnh trong cửa sổ lệnh để được hỏi.',
  },
  'sign/signing-failed': {
    message: (a) => `Không ký được ${role(a)}: ${s(a.reason)}.`,
    hint: () => 'Không có tệp nào được ghi. Kiểm tra thiết bị ký số và chứng thư rồi thử lại.',
  },
  'sign/not-signed': {
    message: (a) => `Tệp "${s(a.file)}" không có chữ ký số nào.`,
  },
};
