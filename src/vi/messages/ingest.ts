import type { IngestCode } from '../../model/codes/ingest.ts';
import type { FindingArgs, MessageTemplate } from '../../model/finding.ts';

const col = (a: FindingArgs) => (a.column ? `Cột "${a.column}"` : 'Ô này');
const task = (a: FindingArgs) =>
  a.taskNumber ? `nhiệm vụ số ${a.taskNumber}` : a.taskText ? `nhiệm vụ "${a.taskText}"` : `nhiệm vụ "${a.taskId}"`;
const Task = (a: FindingArgs) => `N${task(a).slice(1)}`;

function rowChanges(a: FindingArgs): string {
  const parts: string[] = [];
  if (Number(a.moved) > 0) parts.push(`${a.moved} dòng đổi vị trí, ví dụ "${a.movedId}" từ dòng ${a.movedFrom} sang dòng ${a.movedTo}`);
  if (Number(a.unknown) > 0) parts.push(`${a.unknown} dòng có mã lạ (dòng ${a.unknownRows})`);
  if (Number(a.duplicated) > 0) parts.push(`${a.duplicated} dòng trùng mã (dòng ${a.duplicatedRows})`);
  if (Number(a.missing) > 0) parts.push(`${a.missing} dòng bị xóa`);
  if (Number(a.inserted) > 0) parts.push(`${a.inserted} dòng chèn thêm không có mã (dòng ${a.insertedRows}), nội dung các dòng này không được tổng hợp`);
  return parts.join('; ');
}

/** File formats converted through LibreOffice. */
const FORMAT: Record<string, string> = {
  xls: 'Excel 97-2003 (.xls)',
  ods: 'OpenDocument (.ods)',
  html: 'HTML (tệp .xls xuất từ phần mềm khác)',
};
const fmt = (a: FindingArgs) => FORMAT[String(a.format)] ?? String(a.format);

/** What a file that is not a spreadsheet turned out to be. */
const DETECTED: Record<string, string> = {
  docx: 'một văn bản Word',
  pptx: 'một bản trình chiếu PowerPoint',
  zip: 'một tệp nén (.zip) không chứa bảng tính',
  unknown: 'dữ liệu không xác định',
};

/** Wording of the annotated copy written for an office (--feedback). */
export const FEEDBACK_TEXT = {
  sheetName: 'Lỗi cần sửa',
  title: (file: string) => `Kết quả kiểm tra biểu mẫu "${file}"`,
  intro: 'Các ô có lỗi được tô đỏ, ô cần xem lại được tô vàng, ô chỉ có lời ghi chú được tô xanh; rê chuột vào ô để đọc ghi chú. Sửa xong, lưu tệp và gửi lại.',
  headers: ['STT', 'Mức độ', 'Trang', 'Ô', 'Nội dung', 'Cách sửa', 'Mã'],
  fileSuffix: '_can-sua',
} as const;

/** Texts typed in a number cell that mean a real zero (compared by matching key). */
export const ZERO_WORDS: readonly string[] = ['không phát sinh', 'không', 'chưa phát sinh', '-', '0'];

/**
 * Vietnamese text of every ingest finding, worded where (the renderer prefixes the file, sheet
 * and cell) → which rule → how to fix.
 */
export const INGEST_MESSAGES: Record<IngestCode, MessageTemplate> = {
  'ingest/not-found': {
    message: () => 'Không tìm thấy tệp hoặc thư mục này.',
    hint: () => 'Kiểm tra lại đường dẫn (chú ý dấu cách và chữ có dấu trong tên thư mục).',
  },
  'ingest/empty-file': {
    message: () => 'Tệp rỗng (0 byte): không có nội dung để đọc.',
    hint: () => 'Mở biểu mẫu đã điền trong Excel, lưu lại (Ctrl+S) rồi gửi lại đúng tệp.',
  },
  'ingest/not-a-spreadsheet': {
    message: (a) => `Tệp không phải bảng tính Excel${a.detected ? ` (nội dung là ${DETECTED[String(a.detected)] ?? a.detected})` : ''}.`,
    hint: () => 'Gửi đúng biểu mẫu Excel (.xlsx) đã được cấp, không đổi đuôi tệp của văn bản khác.',
  },
  'ingest/truncated': {
    message: (a) => `Tệp bị hỏng hoặc không trọn vẹn (có thể tải xuống hoặc sao chép chưa xong)${a.reason ? `: ${a.reason}` : ''}.`,
    hint: () => 'Đề nghị đơn vị gửi lại tệp; nếu gửi qua thư điện tử, đính kèm lại tệp gốc.',
  },
  'ingest/encrypted': {
    message: (a) =>
      a.wrongPassword
        ? 'Tệp được đặt mật khẩu mở và mật khẩu đã cho không đúng.'
        : 'Tệp được đặt mật khẩu mở nên không đọc được.',
    hint: () => 'Chạy lại với --password <mật khẩu>, hoặc đề nghị đơn vị gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi gửi lại.',
  },
  'ingest/too-large': {
    message: (a) => `Tệp quá lớn (${a.size}); giới hạn là ${a.limit}.`,
    hint: () => 'Biểu mẫu báo cáo chỉ vài chục KB: kiểm tra lại có gửi nhầm tệp hoặc chèn ảnh vào biểu mẫu không.',
  },
  'ingest/zip-bomb': {
    message: (a) => `Tệp có cấu trúc nén bất thường (giải nén ra ${a.size}, tỷ lệ nén ${a.ratio}): có thể là tệp độc hại, không mở.`,
    hint: () => 'Không mở tệp này; đề nghị đơn vị gửi lại biểu mẫu gốc.',
  },
  'ingest/needs-libreoffice': {
    message: (a) => `Tệp là định dạng ${fmt(a)}; cần LibreOffice để chuyển sang .xlsx nhưng máy chưa cài LibreOffice.`,
    hint: () => 'Mở tệp trong Excel, chọn Tệp → Lưu thành → "Sổ làm việc Excel (*.xlsx)" rồi nạp lại; hoặc cài LibreOffice.',
  },
  'ingest/conversion-failed': {
    message: (a) => `LibreOffice không chuyển được tệp ${fmt(a)} sang .xlsx${a.reason ? ` (${a.reason})` : ''}.`,
    hint: () => 'Mở tệp trong Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi nạp lại.',
  },
  'ingest/unreadable': {
    message: (a) => `Không đọc được nội dung bảng tính${a.reason ? `: ${a.reason}` : ''}.`,
    hint: () => 'Mở tệp trong Excel để kiểm tra; lưu lại dưới dạng .xlsx rồi gửi lại.',
  },
  'ingest/converted': {
    message: (a) => `Tệp định dạng ${fmt(a)} đã được chuyển sang .xlsx bằng LibreOffice để đọc.`,
  },
  'ingest/decrypted': {
    message: () => 'Tệp có mật khẩu mở; đã mở được bằng mật khẩu đã cho hoặc mật khẩu mặc định của Excel.',
  },
  'ingest/consolidated-workbook': {
    message: () => 'Tệp là bảng tổng hợp của một đơn vị (lập bằng "baocao consolidate"), không phải biểu mẫu báo cáo của một tổ chức.',
    hint: () => 'Kho dữ liệu này không nhận được bảng tổng hợp; tệp không được đưa vào kho dữ liệu.',
  },
  'ingest/unknown-workbook': {
    message: (a) =>
      a.planId
        ? `Biểu mẫu thuộc kế hoạch "${a.planId}", không phải kế hoạch "${a.expectedPlan}" đang tiếp nhận.`
        : 'Không nhận ra biểu mẫu: không có trang thông tin ẩn của biểu mẫu và không có cột mã nhiệm vụ.',
    hint: () => 'Chỉ nạp biểu mẫu do baocao lập cho kế hoạch này; nếu đơn vị tự lập tệp, đề nghị điền lại vào biểu mẫu đã cấp.',
  },
  'ingest/other-plan-version': {
    message: (a) =>
      `Biểu mẫu của đơn vị ${a.org}, ${a.periodName}, được lập từ một phiên bản khác của kế hoạch "${a.planId}" (nội dung nhiệm vụ, chỉ tiêu đã thay đổi sau khi phát biểu mẫu).`,
    hint: () => 'Gửi cho đơn vị biểu mẫu lập từ kế hoạch hiện hành (lệnh "baocao template") và đề nghị điền lại.',
  },
  'ingest/wrong-period': {
    message: (a) =>
      a.expectedPeriodName
        ? `Biểu mẫu là báo cáo ${a.periodName}, không phải ${a.expectedPeriodName} đang tiếp nhận.`
        : `Biểu mẫu là báo cáo ${a.periodName}, không thuộc các kỳ báo cáo của kế hoạch.`,
    hint: () => 'Kiểm tra đơn vị có gửi nhầm báo cáo kỳ khác không; nạp tệp này khi tiếp nhận đúng kỳ.',
  },
  'ingest/unit-not-in-tree': {
    message: (a) =>
      `Tệp "${a.fileName}": biểu mẫu của tổ chức "${a.org}" tại đơn vị "${a.unit}", nhưng đơn vị "${a.unit}" không có trong danh sách đơn vị của ${a.periodName}.`,
    hint: () => 'Kiểm tra đơn vị có gửi nhầm biểu mẫu của kỳ khác hoặc của đơn vị đã sáp nhập không; nếu danh sách đơn vị thiếu, bổ sung vào tệp danh sách đơn vị rồi tiếp nhận lại.',
  },
  'ingest/org-not-at-unit': {
    message: (a) =>
      `Tệp "${a.fileName}": biểu mẫu của tổ chức "${a.org}" tại đơn vị "${a.unit}" (${a.unitName}), nhưng theo danh sách đơn vị, tại đơn vị này chỉ có: ${a.orgs}.`,
    hint: () => 'Kiểm tra tệp có gửi nhầm đơn vị không; nếu đơn vị đã có tổ chức này, bổ sung mã vào trường "organizations" của đơn vị trong tệp danh sách đơn vị.',
  },
  'ingest/unit-identity-lost': {
    message: (a) =>
      `Biểu mẫu lập cho đơn vị "${a.unitName}" (theo dòng tiêu đề) nhưng trang thông tin ẩn đã bị xóa, nên không xác định được mã đơn vị; không nhận để khỏi lẫn số liệu của đơn vị này vào số liệu của cấp mình.`,
    hint: () => 'Đề nghị đơn vị điền lại vào đúng biểu mẫu đã cấp cho đơn vị mình (không sao chép sang tệp mới) rồi gửi lại.',
  },
  'ingest/wrong-org': {
    message: (a) => `Biểu mẫu của đơn vị "${a.org}", không có trong danh sách đơn vị của kế hoạch.`,
    hint: () => 'Kiểm tra tệp có đúng của đơn vị thuộc kế hoạch này không.',
  },
  'ingest/meta-missing': {
    message: (a) => `Trang thông tin ẩn của biểu mẫu đã bị xóa; biểu mẫu được nhận dạng qua cột mã ẩn (đơn vị ${a.org}, ${a.periodName}).`,
    hint: () => 'Lần sau đề nghị đơn vị điền trực tiếp vào biểu mẫu đã cấp, không sao chép sang tệp mới.',
  },
  'ingest/meta-invalid': {
    message: () => 'Trang thông tin ẩn của biểu mẫu bị sửa hoặc hỏng; biểu mẫu được nhận dạng qua cột mã ẩn.',
    hint: () => 'Không sửa các trang ẩn của biểu mẫu.',
  },
  'ingest/rows-changed': {
    message: (a) => `Các dòng của bảng đã bị thay đổi (${rowChanges(a)}); số liệu được ghép theo mã nhiệm vụ, chỉ tiêu.`,
    hint: () => 'Không chèn, xóa hoặc sắp xếp lại dòng trong biểu mẫu; kiểm tra lại số liệu từng dòng.',
  },
  'ingest/columns-changed': {
    message: (a) => `Các cột của bảng đã bị chèn, xóa hoặc đổi chỗ (cột ${a.columns} không còn ở vị trí cũ); số liệu được đọc theo tiêu đề cột.`,
    hint: () => 'Không chèn, xóa hoặc di chuyển cột trong biểu mẫu; kiểm tra lại số liệu từng cột.',
  },
  'ingest/row-missing': {
    message: (a) =>
      `Không tìm thấy dòng của ${a.kind === 'task' ? 'nhiệm vụ' : a.kind === 'numerator' ? 'tử số của chỉ tiêu' : a.kind === 'denominator' ? 'mẫu số của chỉ tiêu' : 'chỉ tiêu'} "${String(a.id).split('#')[0]}" (dòng ${a.expectedRow} trong biểu mẫu gốc): dòng đã bị xóa.`,
    hint: () => 'Điền lại vào biểu mẫu gốc, không xóa dòng nào.',
  },
  'ingest/locked-content-changed': {
    message: (a) => `${col(a)} là nội dung giao từ kế hoạch, không được sửa: đang là "${a.actual}", đúng phải là "${a.expected}".`,
    hint: () => 'Khôi phục nội dung gốc (hoặc điền lại vào biểu mẫu gốc); ý kiến về nhiệm vụ ghi vào cột "Đề xuất, kiến nghị".',
  },
  'ingest/not-a-number': {
    message: (a) => `"${a.actual}" không phải là số. ${col(a)} chỉ nhận số, ví dụ 1.200 hoặc 12,5.`,
    hint: () => 'Chỉ gõ con số (dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân), ví dụ 1.200 hoặc 12,5; không phát sinh thì gõ 0, chưa có số liệu thì để trống; lời giải thích ghi ở cột "Kết quả cụ thể, cách làm".',
  },
  'ingest/excel-error': {
    message: (a) => `Ô chứa lỗi Excel ${a.actual}. ${col(a)} phải là một con số.`,
    hint: () => 'Xóa công thức bị lỗi và gõ trực tiếp con số.',
  },
  'ingest/negative': {
    message: (a) => `Số âm (${a.actual}) không hợp lệ. ${col(a)} chỉ nhận số từ 0 trở lên.`,
    hint: () => 'Gõ lại con số không có dấu trừ.',
  },
  'ingest/numerator-over-denominator': {
    message: (a) =>
      `Tử số ${a.numerator} (ô ${a.numeratorCell}) lớn hơn mẫu số ${a.denominator} (ô ${a.denominatorCell}) của chỉ tiêu tỷ lệ "${a.target}": tỷ lệ sẽ vượt quá 100%.`,
    hint: () => 'Kiểm tra lại hai số: tử số là phần đã đạt (ví dụ số khu dân cư đã tổ chức), mẫu số là tổng số (ví dụ tổng số khu dân cư), nên tử số không lớn hơn mẫu số.',
  },
  'ingest/percent-differs-from-parts': {
    message: (a) =>
      `${col(a)} ghi ${a.actual}, nhưng tính từ tử số ${a.numerator} và mẫu số ${a.denominator} thì được ${a.computed}.`,
    hint: () => 'Sửa tỷ lệ cho khớp với tử số và mẫu số, hoặc sửa lại tử số, mẫu số. Khi tổng hợp lên cấp trên, tỷ lệ được tính lại từ tử số và mẫu số.',
  },
  'ingest/percent-from-parts': {
    message: (a) => `${col(a)} để trống; đã tính từ tử số ${a.numerator} và mẫu số ${a.denominator}: ${a.computed}.`,
  },
  'ingest/part-missing': {
    message: (a) => `Chỉ tiêu "${a.target}": chưa ghi ${a.missing} (${a.part === 'numerator' ? 'tử số' : 'mẫu số'})${a.cell ? `, ô ${a.cell}` : ''}; cấp trên cần cả tử số và mẫu số để tổng hợp tỷ lệ.`,
    hint: () => 'Ghi cả hai số vào các ô nền vàng ngay dưới dòng chỉ tiêu.',
  },
  'ingest/percent-over-100': {
    message: (a) => `Tỷ lệ ${a.actual}% vượt quá 100%. ${col(a)} của chỉ tiêu tỷ lệ chỉ nhận từ 0 đến 100.`,
    hint: () => 'Gõ tỷ lệ phần trăm là số từ 0 đến 100, ví dụ 85 hoặc 85,5 (không gõ dấu %); không gõ số lượng tuyệt đối.',
  },
  'ingest/ambiguous-number': {
    message: (a) =>
      a.ambiguity === 'dot-decimal'
        ? `"${a.actual}" có thể hiểu hai cách; đã đọc là số thập phân ${a.value} (dấu chấm theo cách viết tiếng Anh).`
        : `"${a.actual}" có thể hiểu hai cách; đã đọc theo cách viết của Việt Nam (dấu phẩy thập phân) là ${a.value}.`,
    hint: (a) => `Nếu ý là ${a.other}, sửa lại ô theo cách viết 1.200 (nghìn) hoặc 1,5 (thập phân).`,
  },
  'ingest/fraction-in-whole-unit': {
    message: (a) => `Giá trị ${a.actual} là số lẻ, nhưng đơn vị "${a.unit}" chỉ đếm số nguyên.`,
    hint: (a) => `Có phải ${a.suggestion}? Excel đặt kiểu số tiếng Anh sẽ hiểu "${a.suggestion}" là ${a.actual}; hãy gõ lại con số.`,
  },
  'ingest/number-with-remark': {
    message: (a) => `${col(a)} ghi số ${a.value} kèm lời ghi chú "${a.remark}": đã nhận số ${a.value}; lời ghi chú được lưu và đưa vào báo cáo cùng con số.`,
    hint: () => 'Không cần sửa. Lời giải thích dài nên ghi ở cột "Kết quả cụ thể, cách làm".',
  },
  'ingest/legacy-encoding': {
    message: (a) => `Văn bản gõ bằng bảng mã cũ ${a.encoding} (phông ${a.font}); đã chuyển sang Unicode: "${a.converted}".`,
    hint: () => 'Kiểm tra lại nội dung đã chuyển; lần sau dùng phông Unicode (Times New Roman) và bộ gõ Unicode.',
  },
  'ingest/invalid-progress': {
    message: (a) => `"${a.actual}" không phải tiến độ hợp lệ. ${col(a)} chỉ nhận: ${a.allowed}.`,
    hint: () => 'Chọn tiến độ trong danh sách thả xuống của ô.',
  },
  'ingest/missing-progress': {
    message: (a) => `Chưa chọn tiến độ cho ${task(a)}.`,
    hint: (a) => `Chọn một trong: ${a.allowed}.`,
  },
  'ingest/cumulative-below-period': {
    message: (a) => `Lũy kế từ đầu năm (${a.cumulative}) nhỏ hơn kết quả trong kỳ (${a.inPeriod}).`,
    hint: () => 'Lũy kế từ đầu năm gồm cả kết quả trong kỳ: kiểm tra lại hai ô.',
  },
  'ingest/cumulative-decreased': {
    message: (a) => `Lũy kế từ đầu năm (${a.cumulative}) thấp hơn lũy kế đã báo cáo ở ${a.previousPeriodName} (${a.previous}).`,
    hint: () => 'Lũy kế không thể giảm trong năm: kiểm tra lại số liệu kỳ này hoặc kỳ trước.',
  },
  'ingest/done-below-target': {
    message: (a) => `${Task(a)} được đánh dấu "Hoàn thành" nhưng kết quả ${a.value} chưa đạt chỉ tiêu ${a.target}.`,
    hint: () => 'Kiểm tra lại tiến độ ("Đang thực hiện") hoặc con số kết quả.',
  },
  'ingest/not-started-with-result': {
    message: (a) => `${Task(a)} được đánh dấu "Chưa thực hiện" nhưng đã có kết quả (${a.value}).`,
    hint: () => 'Kiểm tra lại tiến độ ("Đang thực hiện" hoặc "Hoàn thành") hoặc xóa kết quả.',
  },
  'ingest/far-beyond-target': {
    message: (a) => `Kết quả ${a.value} gấp hơn ${a.factor} lần chỉ tiêu ${a.target}: có thể gõ nhầm.`,
    hint: () => 'Kiểm tra lại con số (thừa chữ số 0, nhầm đơn vị tính).',
  },
  'ingest/missing-reporter': {
    message: (a) => `Chưa điền ${a.fields} ở trang "Thông tin".`,
    hint: () => 'Điền họ tên, chức vụ người ký và người báo cáo để tiện liên hệ.',
  },
  'ingest/period-blank-cumulative-filled': {
    message: (a) => `Đã ghi lũy kế từ đầu năm (${a.cumulative}) nhưng để trống kết quả trong kỳ.`,
    hint: () => 'Ghi kết quả trong kỳ; trong kỳ không phát sinh thì gõ 0.',
  },
  'ingest/duplicate': {
    message: (a) => `Tệp giống hệt tệp đã nhận trước đây ("${a.previousFile}"); không nhận lại.`,
  },
  'ingest/superseded': {
    message: (a) => `Bản này thay thế bản đã nhận trước của cùng đơn vị, cùng kỳ ("${a.previousFile}"); bản cũ vẫn lưu trong lịch sử.`,
  },
  'ingest/store-failed': {
    message: (a) => `Không lưu được báo cáo này vào cơ sở dữ liệu${a.reason ? ` (${a.reason})` : ''}; báo cáo chưa được nhận.`,
    hint: () => 'Lỗi ở máy nhận, không phải ở tệp: kiểm tra ổ đĩa và tệp cơ sở dữ liệu rồi nạp lại tệp này.',
  },
  'ingest/title-changed': {
    message: (a) => `Dòng tiêu đề của biểu mẫu (ô khóa) bị sửa: "${a.actual}", biểu mẫu đã cấp ghi "${a.expected}".`,
    hint: () => 'Không sửa tiêu đề, kỳ báo cáo và tên đơn vị trên biểu mẫu; nếu gửi nhầm biểu mẫu của đơn vị hoặc kỳ khác, đề nghị gửi lại đúng biểu mẫu.',
  },
  'ingest/figure-removed': {
    message: (a) => `${col(a)} để trống, trong khi bản đang dùng ("${a.previousFile}") có số liệu ${a.previous}.`,
    hint: () => 'Nếu đơn vị cố ý xóa số liệu này, xác nhận bản mới; nếu không, đề nghị đơn vị điền lại.',
  },
  'ingest/held': {
    message: (a) =>
      `Bản này chưa thay bản đang dùng ("${a.previousFile}"), giữ lại chờ xác nhận: ${a.reasons}.`,
    hint: (a) => `Kiểm tra với đơn vị; nếu đúng là bản cần dùng, xác nhận bằng lệnh: baocao restore ${a.version}. Xem các bản: baocao history --org ${a.org} --period ${a.period}.`,
  },
  'ingest/replacement-refused': {
    message: (a) => `Không nhận bản này thay bản đang dùng ("${a.previousFile}"): ${a.reasons}.`,
    hint: () => 'Theo cài đặt tiếp nhận (onRemovedFigures: reject), bản làm mất số liệu hoặc sửa ô khóa bị từ chối. Đề nghị đơn vị gửi lại bản đầy đủ.',
  },
  'ingest/archived': {
    message: (a) =>
      `Bản này nhận lúc ${a.receivedAt}, trước bản đang dùng ("${a.currentFile}", nhận lúc ${a.currentReceivedAt}): lưu vào lịch sử, không thay bản đang dùng.`,
    hint: (a) => `Nếu cần dùng bản này, chạy: baocao restore ${a.version}.`,
  },
  'ingest/settings-invalid': {
    // The field is named by the finding's location (path).
    message: (a) => `Cài đặt tiếp nhận không dùng được: ${a.reason}.`,
    hint: () => 'Sửa tệp cài đặt (xem chú thích trong templates/ingest.yaml), hoặc bỏ --config để dùng tệp mặc định.',
  },
  'ingest/consolidated-accepted': {
    message: (a) => `Bảng tổng hợp của ${a.unitName} (${a.unit}), ${a.periodName}: ${a.included} báo cáo được tổng hợp, ${a.missing} báo cáo còn thiếu.`,
  },
  'ingest/consolidated-archived': {
    message: (a) =>
      `Bảng tổng hợp này nhận lúc ${a.receivedAt}, trước bản đang dùng ("${a.currentFile}", nhận lúc ${a.currentReceivedAt}): lưu vào lịch sử, không thay bản đang dùng.`,
  },
  'ingest/consolidated-unknown-unit': {
    message: (a) => `Bảng tổng hợp của đơn vị "${a.unit}", nhưng ${a.periodName} không có đơn vị này trong danh sách đơn vị (${a.unitsFile}).`,
    hint: () => 'Kiểm tra mã đơn vị trong tệp danh sách đơn vị (--units) hoặc đề nghị đơn vị gửi lập lại đúng mã.',
  },
  'ingest/consolidated-not-below': {
    message: (a) => `Bảng tổng hợp của ${a.unitName} (${a.unit}), đơn vị không trực thuộc ${a.receiverName} (${a.receiver}) trong ${a.periodName}.`,
    hint: () => 'Tệp không được đưa vào kho dữ liệu. Kiểm tra tệp nhận được, hoặc tùy chọn --unit (đơn vị nhận) và --units (danh sách đơn vị).',
  },
  'ingest/consolidated-unit-unchecked': {
    message: (a) => `Bảng tổng hợp của đơn vị "${a.unit}" được nhận mà không kiểm tra đơn vị này có trực thuộc đơn vị nhận hay không.`,
    hint: () => 'Dùng --units <tệp danh sách đơn vị> (và --unit <mã đơn vị nhận>) để kiểm tra.',
  },
  'ingest/consolidated-units-elsewhere': {
    message: (a) => `Bảng tổng hợp của ${a.unitName} (${a.unit}) có báo cáo của ${a.units}, theo danh sách đơn vị không trực thuộc ${a.unitName} trong ${a.periodName}.`,
    hint: () =>
      'Báo cáo của đơn vị có trong danh sách được tính theo vị trí của đơn vị đó trong danh sách; của đơn vị không có trong danh sách thì không tính. Kiểm tra danh sách đơn vị của hai cấp có khớp nhau không.',
  },
  'ingest/overlap': {
    message: (a) => `Số liệu của ${a.units} đã được tính qua ${a.otherFiles}; nhận thêm tệp này thì số liệu đó bị tính hai lần.`,
    hint: () =>
      'Tệp không được đưa vào kho dữ liệu. Mỗi đơn vị chỉ báo cáo lên cấp này theo một đường: hoặc qua bảng tổng hợp của đơn vị cấp trên trực tiếp, hoặc gửi thẳng biểu mẫu; thống nhất với các đơn vị rồi gửi lại.',
  },
};

/** Text of the `baocao ingest` command. */
/** Skipped files named in the ingest summary; the rest are counted. */
const SKIPPED_NAMED = 10;

export const INGEST_CLI_TEXT = {
  description: 'tiếp nhận, kiểm tra và lưu các biểu mẫu đã điền (tệp hoặc thư mục)',
  pathsArgument: 'các tệp Excel hoặc thư mục chứa biểu mẫu đã điền',
  planOption: 'tệp kế hoạch (YAML/JSON) mà các biểu mẫu được lập từ đó',
  passwordOption: 'mật khẩu mở tệp (khi đơn vị đặt mật khẩu cho tệp)',
  workersOption: 'số luồng xử lý song song khi tiếp nhận cả thư mục hoặc nhiều tệp (mặc định: số lõi của máy trừ một); với máy hai lõi, hoặc khi chỉ có 1 tệp, các tệp được đọc ngay trong luồng chính',
  feedbackOption: 'thư mục ghi bản sao có đánh dấu lỗi để gửi lại đơn vị',
  receivedAtOption: 'thời điểm nhận (ISO 8601, ví dụ 2024-04-05T08:00:00+07:00); mặc định là bây giờ',
  periodOption: 'chỉ nhận báo cáo của kỳ này (ví dụ 2024-Q1); kỳ khác bị báo sai kỳ',
  badReceivedAt: 'phải là thời điểm ISO 8601, ví dụ 2024-04-05T08:00:00+07:00',
  planInvalid: 'Không dùng được tệp kế hoạch:',
  unitsOption: 'tệp danh sách đơn vị (units.yaml): biểu mẫu của đơn vị không có trong kỳ, hoặc của tổ chức không có tại đơn vị, bị từ chối',
  progress: 'Đang kiểm tra',
  heading: (n: number) => `Đã xem ${n} tệp:`,
  columns: { file: 'Tệp', outcome: 'Kết quả', org: 'Đơn vị', period: 'Kỳ', errors: 'Lỗi', warnings: 'Cảnh báo' },
  summary: (s: { accepted: number; superseded: number; held?: number; archived?: number; duplicate: number; rejected: number; unreadable: number }) =>
    `Tổng cộng: ${s.accepted} đã nhận (${s.superseded} thay bản cũ), ${s.held ? `${s.held} giữ lại chờ xác nhận, ` : ''}${s.archived ? `${s.archived} lưu vào lịch sử (nhận trước bản đang dùng), ` : ''}${s.duplicate} trùng, ${s.rejected} bị từ chối, ${s.unreadable} không đọc được.`,
  findingsHeading: 'Chi tiết:',
  moreFindings: (n: number) =>
    `… và ${n.toLocaleString('vi-VN')} phát hiện khác, không liệt kê ở đây: xem bằng lệnh "baocao status", trong bảng tổng hợp Excel (trang "Phát hiện") hoặc trong bản góp ý gửi lại đơn vị (--feedback).`,
  feedbackWritten: (n: number, dir: string) => `Đã ghi ${n} bản sao có đánh dấu lỗi vào thư mục "${dir}".`,
  nothing: 'Không tìm thấy tệp bảng tính nào trong các đường dẫn đã cho.',
  /** Files of the folders that are not spreadsheets: the first few named, the rest counted. */
  skipped: (names: readonly string[]) =>
    `Bỏ qua ${names.length} tệp không phải bảng tính (không đọc): ${names.slice(0, SKIPPED_NAMED).map((n) => `"${n}"`).join(', ')}${names.length > SKIPPED_NAMED ? ` và ${names.length - SKIPPED_NAMED} tệp khác` : ''}. Nếu đơn vị gửi báo cáo bằng PDF hoặc Word, đề nghị gửi lại đúng biểu mẫu Excel.`,
} as const;
