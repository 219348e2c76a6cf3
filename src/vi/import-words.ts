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
export const DOCUMENT_TYPES: readonly string[] = ['QUYẾT ĐỊNH', 'KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'NGHỊ QUYẾT', 'THÔNG BÁO'];

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
export const NON_TASK_PARTS = /mục đích|yêu cầu|tổ chức thực hiện|căn cứ|tình hình|kết quả thực hiện|đánh giá/iu;

/** Per-task attribute lines ("Chịu trách nhiệm tham mưu: Phòng …"). */
export const ATTRIBUTE_LINES: ReadonlyArray<{ pattern: RegExp; key: 'responsible' | 'timeline' | 'lead' }> = [
  { pattern: /^(?:đơn vị |cơ quan )?chịu trách nhiệm(?: tham mưu| chính| thực hiện)?\s*:\s*(.+)$/iu, key: 'responsible' },
  { pattern: /^(?:đơn vị |cơ quan )?chủ trì(?: tham mưu| thực hiện)?\s*:\s*(.+)$/iu, key: 'responsible' },
  { pattern: /^thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*(.+)$/iu, key: 'timeline' },
  { pattern: /^(?:lãnh đạo|đồng chí) phụ trách\s*:\s*(.+)$/iu, key: 'lead' },
];

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
} as const;
