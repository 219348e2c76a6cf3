import type { ImportCode } from '../../model/codes/import.ts';
import type { MessageTemplate } from '../../model/finding.ts';
import { IMPORT_TEXT } from '../import-words.ts';

export const IMPORT_MESSAGES: Record<ImportCode, MessageTemplate> = {
  'import/unreadable': {
    message: (a) => `Không đọc được văn bản "${a.file}": ${a.reason}.`,
    hint: () => 'Dùng tệp .docx (Word 2007 trở lên) hoặc .txt (UTF-8); tệp .doc cũ hãy mở bằng Word rồi lưu thành .docx.',
  },
  'import/no-tasks': {
    message: () => 'Không tìm thấy nhiệm vụ nào: văn bản không có mục "NỘI DUNG NHIỆM VỤ…" hay danh sách đánh số 1., 2., …',
    hint: () => 'Kiểm tra văn bản có phần nhiệm vụ được đánh số (1., 2., … hoặc 2.1., 2.1.1-) hay gạch đầu dòng; văn bản scan (ảnh) cần chuyển thành chữ trước.',
  },
  'import/inferred-year': {
    message: (a) => `Văn bản không ghi rõ năm của kế hoạch; đã lấy ${a.value} theo ${a.how}.`,
    hint: () => 'Kiểm tra trường "year" (hoặc "term") trong tệp kế hoạch; có thể chạy lại với --year.',
  },
  'import/unrecognised-shape': {
    message: (a) => `Không nhận ra dạng văn bản; bản nháp lấy ${a.how}, giao cho "${a.org}".`,
    hint: () => 'Đối chiếu từng nhiệm vụ với văn bản gốc, sửa đơn vị được giao và bỏ những mục không phải nhiệm vụ.',
  },
  'import/issuer-inferred': {
    message: (a) => `Phần đầu văn bản (tên cơ quan ban hành) bị mất; đã lấy cơ quan ban hành "${a.issuer}" từ ${a.from}.`,
    hint: () => 'Sửa trường "source.issuer" nếu chưa đúng.',
  },
  'import/invalid-draft': {
    message: (a) => `Bản nháp kế hoạch chưa hợp lệ ở trường "${a.path}": ${a.reason}. Chưa ghi tệp.`,
    hint: () => 'Đây có thể là lỗi của công cụ; hãy gửi văn bản gốc cho người phát triển.',
  },
  'import/output-exists': {
    message: (a) => `Tệp "${a.file}" đã có; không ghi đè.`,
    hint: () => 'Chọn tên tệp khác với -o, hoặc thêm --force để ghi đè.',
  },
  'import/unwritable': {
    message: (a) => `Không ghi được tệp kế hoạch "${a.file}": ${a.reason}.`,
    hint: () => 'Kiểm tra thư mục đích đã có và có quyền ghi, hoặc chọn nơi khác với -o.',
  },
  'import/missing-identity': {
    message: (a) => `Không tìm thấy ${a.field} của văn bản; đã tạm ghi "${a.placeholder}".`,
    hint: () => 'Sửa trường "source" trong tệp kế hoạch cho đúng số, ngày và cơ quan ban hành.',
  },
  'import/duplicate-section': {
    message: (a) => `Phụ lục giao cho "${a.org}" xuất hiện lần thứ hai (lần đầu ở dòng ${a.first}); chỉ giữ lần đầu.`,
    hint: () => 'Đối chiếu hai phụ lục trong văn bản gốc; nếu lần sau mới đúng, sửa lại tệp kế hoạch bằng tay.',
  },
  'import/duplicate-number': {
    message: (a) => `Mục số ${a.number} của ${a.org} bị trùng (đã có ở dòng ${a.first}); mục sau được đặt mã "${a.id}".`,
    hint: () => 'Văn bản gốc đánh số trùng; giữ nguyên số như văn bản, chỉ kiểm tra mã nhiệm vụ.',
  },
  'import/skipped-number': {
    message: (a) => `Danh sách mục của ${a.org} nhảy từ ${a.previous} sang ${a.number}: thiếu mục ${a.missing}.`,
    hint: () => 'Kiểm tra văn bản gốc xem có mục bị sót hay chỉ đánh số nhầm.',
  },
  'import/impossible-date': {
    message: (a) => `Ngày "${a.date}" của ${a.reference} ${a.reason}.`,
    hint: () => 'Văn bản gốc có thể ghi nhầm ngày hoặc năm; kiểm tra lại trước khi trích dẫn trong báo cáo.',
  },
  'import/low-confidence-target': {
    message: (a) => `Chỉ tiêu "${a.id}" đọc từ "${a.text}" chưa chắc chắn (${a.value}); đã đánh dấu "review: true".`,
    hint: () => 'Đối chiếu với văn bản gốc, sửa giá trị hoặc đơn vị nếu cần rồi xóa dòng "review: true".',
  },
  'import/typo': {
    message: (a) => `Từ "${a.actual}" có lẽ là "${a.expected}" (lỗi chính tả trong văn bản gốc); đã giữ nguyên câu chữ.`,
  },
  'import/derived-org-code': {
    message: (a) => `Đơn vị "${a.name}" không có trong danh mục quen thuộc; đã đặt mã "${a.code}".`,
    hint: () => 'Đổi mã đơn vị trong tệp kế hoạch nếu muốn (đổi cả ở các nhiệm vụ).',
  },
  'import/shape': {
    message: (a) => `Dạng văn bản: ${a.shape}.`,
  },
  'import/not-reporting': {
    message: (a) => `"${a.name}" (${a.code}) được giao nhiệm vụ nhưng không phải đơn vị báo cáo: nhiệm vụ được giữ để theo dõi, không lập biểu mẫu.`,
    hint: () => 'Nếu đơn vị này cũng gửi báo cáo hàng quý, xóa dòng "reporting: false" của đơn vị trong tệp kế hoạch.',
  },
  'import/no-sections': {
    message: (a) => `Văn bản không chia phụ lục theo đơn vị; nhiệm vụ được giao cho ${a.orgs}.`,
    hint: () => 'Kiểm tra trường "org" của từng nhiệm vụ trong tệp kế hoạch.',
  },
};

/** Texts of `baocao plan import` on the command line. */
export const IMPORT_CLI_TEXT = {
  description: 'soạn tệp kế hoạch (YAML) từ văn bản quyết định hoặc kế hoạch (.docx hoặc .txt)',
  fileArgument: 'văn bản nguồn .docx hoặc .txt',
  outOption: 'tệp kế hoạch sẽ ghi (.yaml)',
  yearOption: 'năm của kế hoạch, khi văn bản không ghi rõ',
  forceOption: 'ghi đè nếu tệp đã có',
  heading: (file: string) => `Soạn kế hoạch từ "${file}"`,
  identity: (number: string, date: string, issuer: string) => `Văn bản: ${IMPORT_TEXT.numberPhrase(number)}, ngày ${date}, ${issuer}`,
  totals: (orgs: number, tasks: number, targets: number, review: number) =>
    `${orgs} đơn vị, ${tasks} nhiệm vụ, ${targets} chỉ tiêu${review > 0 ? ` (${review} chỉ tiêu cần xem lại)` : ''}`,
  organization: (code: string, name: string, tasks: number, targets: number) => `${code} — ${name}: ${tasks} nhiệm vụ, ${targets} chỉ tiêu`,
  findingsHeading: 'Những điều cần lưu ý:',
  written: (out: string) => `Đã ghi bản nháp kế hoạch vào "${out}". Hãy đối chiếu với văn bản gốc rồi kiểm tra bằng: baocao plan check ${out}`,
  notWritten: 'Chưa ghi tệp kế hoạch.',
} as const;
