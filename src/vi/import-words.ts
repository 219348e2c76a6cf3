/**
 * The Vietnamese words the decision importer (src/plan/import) recognises: section headings,
 * known organisations, parts, per-task attribute lines, the end of the content, and the
 * texts it writes into a drafted plan.
 */

/** A known organisation: how its name is recognised, its suggested code and short name. */
export interface KnownOrganization {
  pattern: RegExp;
  code: string;
  /** Used when the document writes the name in capitals ("HỘI NÔNG DÂN TỈNH"). */
  name: string;
  shortName: string;
}

/** The six provincial organisations of domain.md; matched on the lower-cased name. */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { pattern: /mặt trận tổ quốc|mttq/u, code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'Mặt trận Tổ quốc' },
  { pattern: /liên hiệp phụ nữ|hội phụ nữ|lhpn/u, code: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh', shortName: 'Hội Phụ nữ' },
  { pattern: /cựu chiến binh|hccb/u, code: 'HCCB', name: 'Hội Cựu chiến binh tỉnh', shortName: 'Hội Cựu chiến binh' },
  { pattern: /hội nông dân|hnd/u, code: 'HND', name: 'Hội Nông dân tỉnh', shortName: 'Hội Nông dân' },
  { pattern: /liên đoàn lao động|lđlđ/u, code: 'LDLD', name: 'Liên đoàn Lao động tỉnh', shortName: 'Liên đoàn Lao động' },
  { pattern: /tỉnh đoàn|đoàn thanh niên|đoàn tncs|thành đoàn|huyện đoàn|thị đoàn/u, code: 'TDTN', name: 'Tỉnh Đoàn Thanh niên', shortName: 'Tỉnh Đoàn' },
];

/** "NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024 giao cho Hội …" (case-insensitive; group 1 year, group 2 the organisation). */
export const SECTION_HEADING =
  /^(?:nội dung )?nhiệm vụ trọng tâm(?: năm (\d{4}))?\s*(?:(?:(?:được )?giao(?: cho)?|của|đối với)\s+(.+?))?[.:]?$/iu;

/** The capitalised heading of an organisation's section, as the seed writes it. */
export const SECTION_HEADING_CAPS = /^(?:NỘI DUNG )?NHIỆM VỤ/u;

/** "GIAO CHO HỘI NÔNG DÂN TỈNH" on the line after a section heading. */
export const GIVEN_TO_LINE = /^giao(?: cho)?\s+(.+?)[.:]?$/iu;

/** "… năm 2024" in a title. */
export const YEAR_IN_TEXT = /năm (\d{4})/u;

/** Lines that end a document title: "- Căn cứ …", "Xét …", "QUYẾT ĐỊNH:". */
export const TITLE_END = /^[-–]?\s*căn cứ|^xét|QUYẾT ĐỊNH:?$/iu;

/** "Quyết định về giao nhiệm vụ …" → group 1 is what the document is about. */
export const TITLE_ABOUT = /\svề\s+(.+)$/u;

/** A cited document and its date: "số 81/2014/QĐ-TTg, ngày 31/12/2024". */
export const CITED_DATE = /số\s+([^\s,]+),?\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/giu;

/** Where the main unit's name ends in a responsible line: "Phòng A, phối hợp Phòng B". */
export const UNIT_NAME_END = /[,;(]|\s(?:chủ trì|phối hợp|cùng)\s/u;

/** "(kèm theo Quyết định số 1388-QĐ/TU, ngày 27/12/2023 của Ban Thường vụ Tỉnh ủy)". */
export const ATTACHED_TO =
  /kèm theo\s+(quyết định|kế hoạch|chương trình|nghị quyết|thông báo|công văn)\s+số\s+([^\s,]+),?\s*ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})(?:\s+của\s+([^)]+))?/iu;

/** "Số: 1388-QĐ/TU" or "Số 1388-QĐ/TU" on a line of its own (the header). */
export const NUMBER_LINE = /^số:?\s*(\d+[-\s]*[\p{Lu}Đ]+(?:[-/][\p{Lu}Đ0-9]+)+)\s*$/iu;

/** "Phan Thiết, ngày 27 tháng 12 năm 2023". */
export const PLACE_DATE_LINE = /^[\p{L} .-]+,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$/u;

/** Document type words opening the title ("QUYẾT ĐỊNH", "KẾ HOẠCH"). */
export const DOCUMENT_TYPES: readonly string[] = ['QUYẾT ĐỊNH', 'KẾ HOẠCH', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CHƯƠNG TRÌNH', 'NGHỊ QUYẾT', 'THÔNG BÁO'];

/** "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH": the issuer line of a decision. */
export const ISSUER_DECIDES = /^(.+?)\s+QUYẾT ĐỊNH:?$/u;

/** "Giao Ban Dân vận Tỉnh ủy chủ trì, … theo dõi" (Điều 3): who follows up. */
export const REPORTING_BODY =
  /(?:(?:[Gg]iao|[Đđ]ề nghị)\s+(Ban [^,.;]+?)\s+(?:chủ trì|theo dõi|tổng hợp)|báo cáo (?:kết quả )?(?:thực hiện )?về (Ban [^,.;(]+?)\s*(?:[,.;(]|$))/u;

/** "Ban Dân vận Thị ủy xây dựng kế hoạch …": the issuer named in the opening sentence of a plan. */
export const ISSUER_SENTENCE = /^(Ban [^,.;]+?|(?:Thường trực|Ban Thường vụ) [^,.;]+?)\s+(?:xây dựng|ban hành|triển khai)\s+(?:kế hoạch|chương trình)/u;

/** Roman-numeral parts: "II. NHIỆM VỤ TRỌNG TÂM". */
export const PART_LINE = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\.\s+(.+)$/u;

/** Parts whose numbered items are not tasks. */
export const NON_TASK_PARTS = /mục đích|yêu cầu|căn cứ|tình hình|kết quả thực hiện|đánh giá|quan điểm/iu;

/** The fields a per-task attribute line can give. */
export type AttributeKey = 'responsible' | 'supporting' | 'timeline' | 'lead' | 'roadmap';

/**
 * Per-task attribute keys ("Chịu trách nhiệm tham mưu:", "Đơn vị chủ trì:", "phối hợp:",
 * "Thời gian thực hiện:", "Lãnh đạo phụ trách:", "Lộ trình:"), each matched at the start of a
 * line or of a "; "-separated segment, followed by ":".
 */
export const ATTRIBUTE_KEYS: ReadonlyArray<{ pattern: RegExp; key: AttributeKey }> = [
  { pattern: /^(?:đơn vị |cơ quan )?chịu trách nhiệm(?: tham mưu| chính| thực hiện)?\s*:\s*/iu, key: 'responsible' },
  { pattern: /^(?:đơn vị |cơ quan )?(?:chủ trì|tham mưu)(?: tham mưu| thực hiện)?\s*:\s*/iu, key: 'responsible' },
  { pattern: /^(?:đơn vị |cơ quan )?phối hợp(?: thực hiện)?\s*:\s*/iu, key: 'supporting' },
  { pattern: /^thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*/iu, key: 'timeline' },
  { pattern: /^(?:tiến độ|hạn hoàn thành|mốc (?:thời gian )?hoàn thành)\s*:\s*/iu, key: 'timeline' },
  { pattern: /^(?:lãnh đạo|đồng chí|người) phụ trách\s*:\s*/iu, key: 'lead' },
  { pattern: /^lộ trình(?: thực hiện)?\s*:\s*/iu, key: 'roadmap' },
];

/** "Giao Ban Dân vận Thị ủy chủ trì, phối hợp với Văn phòng Thị ủy … tham mưu …" (group 1 the lead unit, 2 the rest). */
export const ASSIGNMENT_LINE = /^giao\s+(.+?)\s+(?:chủ trì|chịu trách nhiệm|theo dõi|thực hiện|tham mưu)(?![\p{L}\d])[,;]?\s*(.*)$/iu;

/** "phối hợp với Văn phòng Thị ủy, Ủy ban MTTQ thị xã tham mưu …" → the supporting units (group 1). */
export const SUPPORTING_IN_TEXT = /phối hợp(?: với)?\s+(.+?)(?=\s+(?:tham mưu|thực hiện|triển khai|theo dõi|tổ chức|xây dựng|hướng dẫn|kiểm tra|báo cáo|đôn đốc)(?![\p{L}\d])|[.;]|$)/iu;

/** Task numbers named by a part III assignment: "mục 2.1, 2.3", "nhiệm vụ 1.2 và 3.1", "điểm 2.1". */
export const NAMED_TASKS = /(?:mục|nhiệm vụ|điểm|nội dung)(?: số)?\s+((?:\d+(?:\.\d+)*\.?(?:\s*(?:,|và)\s*)?)+)/giu;

/** Recurrence words of a timeline, first match wins. */
export const RECURRENCE_WORDS: ReadonlyArray<{ pattern: RegExp; value: 'continuous' | 'monthly' | 'quarterly' | 'half_yearly' | 'yearly' }> = [
  { pattern: /thường xuyên|liên tục/iu, value: 'continuous' },
  { pattern: /h[àằ]ng tháng/iu, value: 'monthly' },
  { pattern: /h[àằ]ng quý|định kỳ quý/iu, value: 'quarterly' },
  { pattern: /6 tháng một lần|h[àằ]ng 6 tháng|định kỳ 6 tháng/iu, value: 'half_yearly' },
  { pattern: /h[àằ]ng năm|định kỳ năm/iu, value: 'yearly' },
];

/** Footnote text at the start of a line: "⁽¹⁾ Kế hoạch số …", "[2] …", "¹ …". */
export const FOOTNOTE_LINE = /^(?:⁽[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|\[\d{1,2}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=\s*\p{Lu}))/u;

/** A footnote mark inside the text: "Tỉnh ủy⁽¹⁾", "năm 2024”⁽²⁾". */
export const FOOTNOTE_MARK = /⁽[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|(?<=[\p{L}”".,;)])[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/** A page number left on a line of its own by a conversion: "2", "- 3 -", "Trang 4". */
export const PAGE_NUMBER_LINE = /^(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*[-–])?$/iu;

/** "Kính gửi: - Ban …" — the addressees of a letter start here. */
export const ADDRESSEES_LINE = /^kính gửi\s*:?\s*/iu;

/** "Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội": the six organisations. */
export const FRONT_AND_UNIONS = /mặt trận(?: tổ quốc(?: việt nam)?)?(?: (?:tỉnh|thị xã|huyện|thành phố))?\s*(?:,|và)\s*(?:các )?(?:tổ chức chính trị\s*-\s*xã hội|đoàn thể)/iu;

/** "Các đoàn thể chính trị - xã hội thị xã", "các tổ chức chính trị - xã hội": the five unions without the Front. */
export const UNIONS_ONLY = /^(?:các\s+)?(?:tổ chức chính trị\s*-\s*xã hội|đoàn thể chính trị\s*-\s*xã hội|đoàn thể)(?![\p{L}])/iu;

/** "Đề nghị Hội Nông dân thị xã vận động …": the unit a request opens with (group 1), before its verb. */
export const REQUEST_SUBJECT =
  /^(?:đề nghị\s+)?((?:hội|liên đoàn|ủy ban|tỉnh đoàn|huyện đoàn|thị đoàn|thành đoàn|đoàn thanh niên|ban|mặt trận)[^,;:]*?)\s+(?:vận động|phối hợp|tổ chức|chỉ đạo|triển khai|thực hiện|lãnh đạo|tuyên truyền|chủ động|xây dựng|tăng cường|rà soát|tiếp tục|đẩy mạnh|quan tâm|hướng dẫn|theo dõi)(?![\p{L}])/iu;

/** Addressee units that receive tasks but send no quarterly form. */
export const NON_REPORTING_UNITS = /^(?:ban cán sự đảng|các huyện|các thành ủy|các thị ủy|các huyện ủy|ủy ban nhân dân|ban tuyên giáo|ban dân vận|văn phòng|ban tổ chức)/iu;

/** Known non-reporting addressees with short codes. */
export const KNOWN_UNITS: readonly KnownOrganization[] = [
  { pattern: /^ban cán sự đảng ủy ban nhân dân/u, code: 'BCSD-UBND', name: 'Ban Cán sự đảng Ủy ban nhân dân tỉnh', shortName: 'Ban Cán sự đảng UBND tỉnh' },
  { pattern: /^các huyện, thị, thành ủy/u, code: 'CAPUY-HUYEN', name: 'Các huyện, thị, thành ủy, đảng ủy trực thuộc', shortName: 'Các huyện, thị, thành ủy' },
];

/** The start of a unit's name, for a request "2. Ban Cán sự đảng … lãnh đạo …" or a label "1. Mặt trận …:". */
export const UNIT_START = /^(?:đề nghị\s+)?(?:ban|các|mặt trận|hội|đoàn|liên đoàn|ủy ban|cấp ủy|văn phòng|sở|phòng|đảng ủy|huyện ủy|thị ủy|thành ủy|tỉnh ủy|tỉnh đoàn|thường trực|riêng)(?![\p{L}\d])/iu;

/** "Riêng Hội Cựu chiến binh tỉnh và Tỉnh đoàn Thanh niên (…) triển khai …": a bullet only for the units it names. */
export const ONLY_FOR = /^riêng\s+(.+?)(?=\s*\(|\s+(?:triển khai|thực hiện|tổ chức|chủ động|tập trung|tiếp tục|xây dựng)(?![\p{L}\d]))/iu;

/** A term in a title: "giai đoạn 2021 - 2025", "nhiệm kỳ 2022 - 2027" (dashes already unified). */
export const TERM_IN_TEXT = /(?:giai đoạn|nhiệm kỳ)\s+(\d{4})\s*-\s*(\d{4})/iu;

/** A title line naming the issuer: "CỦA BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ (KHÓA XI)". */
export const TITLE_ISSUER_LINE = /^CỦA\s+((?:[\p{Lu}-]+\s+)*?[\p{Lu}-]+)\s*(?:\([^)]*\))?(?=\s+\p{Ll}|\s*$)/u;

/** The signature block's authority line: "T/M BAN THƯỜNG VỤ THỊ ỦY", "TM. BAN CHẤP HÀNH". */
export const SIGNATURE_LINE = /^(?:t\/m|tm\.?|k\/t|kt\.?)\s+(.+)$/iu;

/** National and Party motto lines of the header, never the issuer. */
export const MOTTO_LINE = /^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc)$/iu;

/** Column headers of a plan written as a table (matched on the lower-cased header cell, first match wins). */
export const TABLE_COLUMNS = {
  number: /^(?:stt|tt|số tt|số thứ tự)$/u,
  content: /nội dung|nhiệm vụ|công việc/u,
  supporting: /phối hợp/u,
  timeline: /thời gian|thời hạn|tiến độ|hoàn thành/u,
  responsible: /chủ trì|chịu trách nhiệm|thực hiện|đơn vị|cơ quan/u,
  product: /sản phẩm|kết quả/u,
} as const;

/** Proper forms of body names written in capitals, applied after lower-casing (longest first). */
export const BODY_NAME_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ban chấp hành/gu, 'Ban Chấp hành'], [/ban thường vụ/gu, 'Ban Thường vụ'], [/thường trực/gu, 'Thường trực'],
  [/ban dân vận/gu, 'Ban Dân vận'], [/ban tuyên giáo/gu, 'Ban Tuyên giáo'], [/ban tổ chức/gu, 'Ban Tổ chức'],
  [/đảng ủy khối/gu, 'Đảng ủy Khối'], [/cơ quan và doanh nghiệp/gu, 'Cơ quan và Doanh nghiệp'], [/đảng bộ/gu, 'Đảng bộ'],
  [/tỉnh ủy/gu, 'Tỉnh ủy'], [/thị ủy/gu, 'Thị ủy'], [/huyện ủy/gu, 'Huyện ủy'], [/thành ủy/gu, 'Thành ủy'], [/đảng ủy/gu, 'Đảng ủy'],
  [/mặt trận tổ quốc việt nam/gu, 'Mặt trận Tổ quốc Việt Nam'], [/ủy ban/gu, 'Ủy ban'],
  [/hội cựu chiến binh/gu, 'Hội Cựu chiến binh'], [/hội nông dân/gu, 'Hội Nông dân'], [/hội liên hiệp phụ nữ/gu, 'Hội Liên hiệp Phụ nữ'],
  [/liên đoàn lao động/gu, 'Liên đoàn Lao động'], [/đoàn thanh niên/gu, 'Đoàn Thanh niên'], [/việt nam/gu, 'Việt Nam'],
];

/** Words after which the rest of a capitalised body name is a place ("TỈNH ỦY BÌNH THUẬN"). */
export const PLACE_AFTER = /^(.*?(?<![\p{L}])(?:tỉnh ủy|thị ủy|huyện ủy|thành ủy|tỉnh|huyện|thị xã|thành phố))\s+(\p{L}.*)$/u;

/** The end of the task content: distribution list and signature block. */
export const END_OF_CONTENT = /^(?:nơi nhận\s*:?|t\/m\.?\s|k\/t\.?\s|tm\.\s|kt\.\s)/iu;

/** Article lines of the decision body ("Điều 1.") — never tasks. */
export const ARTICLE_LINE = /^điều\s+\d+\./iu;

/** "(kèm theo …" and its continuation "của Ban Thường vụ Tỉnh ủy)": part of a section heading. */
export const ATTACHMENT_LINE = /^\(?\s*kèm theo\s/iu;

/** Trailing "./." (end of a legal text) → "." */
export const END_MARK = /\.\/\.\s*$/u;

/** Words dropped when deriving an organisation code from initials ("Hội Cựu chiến binh tỉnh" → HCCB). */
export const CODE_STOP_WORDS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'thị', 'xã', 'thành', 'phố', 'các', 'và', 'của', 'việt', 'nam']);

/** Texts the importer writes into the drafted plan and the YAML comments. */
/** The placeholder written for a decision's number the importer could not find. */
const UNKNOWN_NUMBER = 'chưa rõ số';

export const IMPORT_TEXT = {
  planTitle: (year: number) => `Nhiệm vụ trọng tâm năm ${year}`,
  unknownNumber: UNKNOWN_NUMBER,
  /** "số 1388-QĐ/TU"; the placeholder alone when the number is unknown (not "số chưa rõ số"). */
  numberPhrase: (n: string) => (n === UNKNOWN_NUMBER ? n : `số ${n}`),
  unknownIssuer: 'chưa rõ cơ quan ban hành',
  fieldNumber: 'số, ký hiệu',
  fieldDate: 'ngày ban hành',
  fieldIssuer: 'cơ quan ban hành',
  fieldReportingBody: 'cơ quan theo dõi, tổng hợp',
  reasonAfterDecision: (decision: string) => `muộn hơn ngày ban hành văn bản (${decision}): văn bản được trích dẫn không thể ban hành sau`,
  reasonYearMismatch: (numberYear: string) => `không khớp năm ghi trong số hiệu (${numberYear})`,
  reasonInvalidDate: 'không phải ngày có thật',
  listStart: '(đầu danh sách)',
  citedReference: (number: string) => `số ${number}`,
  documentLabel: 'văn bản',
  partLabel: (roman: string) => `phần ${roman}`,
  legacyDoc: 'tệp Word 97-2003 (.doc) chưa được hỗ trợ',
  emptyFile: 'tệp rỗng',
  yamlHeader: (file: string) => [
    ` Bản nháp kế hoạch soạn tự động từ "${file}" bằng lệnh "baocao plan import".`,
    ' Hãy đối chiếu với văn bản gốc: các chỉ tiêu có "review: true" là chỗ công cụ chưa chắc chắn;',
    ' sửa xong thì xóa dòng đó. Kiểm tra lại bằng: baocao plan check <tệp này>',
  ].join('\n'),
  yamlDeadline: ' Văn bản không nêu hạn báo cáo; mặc định 5 ngày sau khi hết quý, sửa nếu cần.',
  yamlOrganization: (code: string, name: string, tasks: number, targets: number) =>
    ` ── ${code} — ${name}: ${tasks} nhiệm vụ, ${targets} chỉ tiêu ──`,
  yamlReview: ' cần xem lại: công cụ đọc chỉ tiêu này chưa chắc chắn',
  yamlInferredYear: (how: string) => ` cần xem lại: ${how}`,
  yamlNotReporting: ' không phải đơn vị báo cáo: nhiệm vụ được giữ để theo dõi, không lập biểu mẫu',
  yearFromTitle: 'năm ghi trong tiêu đề',
  yearFromTerm: (from: number, to: number) => `nhiệm kỳ/giai đoạn ${from} - ${to} ghi trong tiêu đề`,
  yearFromIssueDate: (date: string) => `năm của ngày ban hành (${date})`,
  yearFromCited: (date: string) => `ngày muộn nhất trong các dòng "Căn cứ" (${date})`,
  yearFromNothing: 'văn bản không ghi năm; tạm lấy năm hiện tại',
  issuerFromTitle: 'dòng tiêu đề ("CỦA BAN CHẤP HÀNH …")',
  issuerFromSignature: 'khối chữ ký ("T/M …")',
  letterTitle: (about: string) => `Công văn về ${about}`,
  shapeDecision: 'quyết định giao nhiệm vụ theo phụ lục từng đơn vị',
  shapeLetter: 'công văn có các yêu cầu đánh số gửi các đơn vị',
  shapePlan: 'kế hoạch, chương trình có các phần La Mã và mục đánh số',
  shapeParagraphs: 'văn bản không có mục đánh số; mỗi đoạn được coi là một nhiệm vụ',
} as const;
