/**
 * The Vietnamese words the target-phrase parser knows (src/vi/target-phrase.ts):
 * comparators, words that end a unit, contexts where a number is not a target.
 * Patterns run on the lower-cased, normalised text unless said otherwise.
 */
import type { Comparator } from '../model/plan.ts';

/** Comparator words, longest first; matched right before the number (filler words allowed). */
export const COMPARATOR_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['không ít hơn', 'gte'], ['không dưới', 'gte'], ['tối thiểu', 'gte'], ['ít nhất', 'gte'], ['ít ra', 'gte'],
  ['không vượt quá', 'lte'], ['không nhiều hơn', 'lte'], ['không quá', 'lte'], ['tối đa', 'lte'], ['nhiều nhất', 'lte'],
  ['trên', 'gt'], ['hơn', 'gt'], ['vượt', 'gt'],
  ['dưới', 'lt'],
  ['đạt', 'gte'], ['bằng', 'eq'],
  ['từ', 'gte'],
  ['tăng', 'gte'], ['giảm', 'gte'], ['nâng lên', 'gte'],
];

/** Words allowed between a comparator and its number: "đạt bình quân 900.000", "ít nhất là 5". */
const FILLER = '(?:\\s+(?:bình quân|trung bình|mức|là|có|khoảng|tỷ lệ|tỉ lệ|thêm))*';

/** Matches a comparator ending the left context of a number; group 1 is the comparator word. */
export const COMPARATOR_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${COMPARATOR_WORDS.map(([w]) => w).join('|')})${FILLER}\\s+$`,
  'u',
);

export function comparatorOf(word: string): Comparator {
  return COMPARATOR_WORDS.find(([w]) => w === word)?.[1] ?? 'gte';
}

/** After the unit: "10 câu lạc bộ trở lên" (≥), "5 vụ trở xuống" (≤). */
export const SUFFIX_COMPARATOR = /^\s*(trở lên|trở xuống)(?![\p{L}])/u;

/** Words that end a unit noun phrase ("2.500 đoàn viên | trong các doanh nghiệp"). */
export const UNIT_STOP_WORDS: ReadonlySet<string> = new Set([
  'trở', 'được', 'trong', 'cho', 'tại', 'ở', 'để', 'nhằm', 'và', 'với', 'từ', 'trên', 'dưới', 'của',
  'theo', 'về', 'đến', 'tới', 'vào', 'có', 'là', 'khi', 'nếu', 'thì', 'mà', 'do', 'bằng', 'so', 'sau',
  'trước', 'hoặc', 'hay', 'cùng', 'nhưng', 'không', 'xếp', 'đạt', 'sạch', 'gồm', 'thuộc', 'ra', 'ít', 'tối', 'hơn',
]);

/** Two-word verbs that end a noun phrase ("mỗi công đoàn cơ sở | giới thiệu …"). */
export const UNIT_STOP_PHRASES: readonly string[] = [
  'tham gia', 'giới thiệu', 'thực hiện', 'xây dựng', 'phát triển', 'kết nạp', 'vận động', 'hỗ trợ',
  'tổ chức sinh', 'đăng ký',
];

/** Counted nouns offices report in; the unit of "600 hội viên cựu chiến binh" is "hội viên". */
export const COUNTED_NOUNS: readonly string[] = [
  'hội viên', 'đoàn viên', 'đảng viên', 'thanh niên', 'thanh thiếu niên', 'thanh thiếu nhi', 'thiếu nhi',
  'lượt', 'mô hình', 'vụ việc', 'câu lạc bộ', 'nhà', 'căn nhà', 'cây', 'công đoàn cơ sở', 'tổ chức', 'hoạt động',
  'địa phương', 'lần', 'hộ', 'người', 'khu dân cư', 'công trình', 'xã', 'huyện', 'chi hội', 'tổ hội', 'hợp tác xã',
  'tổ hợp tác', 'doanh nghiệp', 'cuộc', 'buổi', 'lớp', 'đợt', 'suất', 'phần quà', 'cơ sở', 'đơn vị', 'gia đình',
  'học sinh', 'sinh viên', 'phụ nữ', 'cán bộ', 'chi đoàn', 'cơ sở đoàn', 'tập thể', 'cá nhân', 'sáng kiến',
  'hội nghị', 'nông dân', 'việc làm', 'dự án', 'tuyến', 'km', 'ha', 'tấn', 'con', 'điểm', 'tin', 'bài',
];

/** Magnitude words after a number: "6,21 triệu", "210 ngàn", "383 tỷ đồng". */
export const MAGNITUDE_WORDS: Readonly<Record<string, number>> = {
  nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9,
};

/** Units that make a target an amount of money. */
export const MONEY_UNITS: ReadonlySet<string> = new Set(['đồng', 'vnđ', 'vnd']);
export const MONEY_UNIT = 'đồng';

/** Left context (lower case) after which a number is a reference, not a quantity: "số 43", "năm 2024", "lần thứ 2". */
export const REFERENCE_BEFORE =
  /(?:^|[^\p{L}])(?:(?<!tổng )số|điều|khoản|mục|phần|chương|thứ|khóa|khoá|quý|tháng|ngày|năm|giai đoạn|nhiệm kỳ|niên khóa|nghị định|quyết định|thông tư|chỉ thị|kết luận|quy định|công văn|thông báo|nghị quyết|kế hoạch|tờ trình|hướng dẫn|lần|phòng|tổ|khu phố|thôn)\s*$/u;

/** Left context in the original case: a capitalised name followed by its number ("Đề án 938", "Khối thi đua 7", "Luật Thanh niên 2020"). */
export const NAME_BEFORE =
  /(?:Đề án|Dự án|Chương trình|Khối(?: thi đua)?|Cụm(?: thi đua)?|Luật(?: [\p{L}]+){0,4}|Bộ luật(?: [\p{L}]+){0,4}|Hàm Kiệm|Khu Công nghiệp [\p{L} ]{0,20}|Quốc lộ|Tỉnh lộ|Đường|Phường|Khu phố|Tổ)\s+$/u;

/** Left context where a 4-digit year-like number is a year ("giai đoạn 2021", "đến 2025"). */
export const YEAR_CONTEXT_BEFORE = /(?:^|[^\p{L}])(?:giai đoạn|nhiệm kỳ|đến|tới|từ|năm|khóa|khoá|niên khóa|cuối|đầu)\s*$/u;

/** Right after a number: it is a duration or an anniversary ("35 năm Ngày thành lập"), not a target. */
export const DURATION_AFTER = /^\s+(?:năm|tháng|tuần|ngày|giờ|phút|tuổi)(?![\p{L}])/u;

/** Baseline openers after the quantity: "so với năm 2023", "trên tổng số hộ nghèo cuối năm 2023". */
export const BASELINE_START = /(?:^|[^\p{L}])(so với|so cùng kỳ|trên tổng số|trong tổng số|so với cùng kỳ)(?![\p{L}])/u;

/** "mỗi công đoàn cơ sở" in the left context: the target is a rate per that unit. */
export const PER_EACH = /(?:^|[^\p{L}])(mỗi|bình quân mỗi|trung bình mỗi)\s+/u;

/** Words that look like numbers in words but are not quantities: "một số", "một cách". */
export const NOT_A_NUMBER_AFTER = /^(?:\s+(?:số|cách|trong|lần nữa|phần)(?![\p{L}]))/u;

/** Known misspellings of key words in real documents, with the right spelling. */
export const KEYWORD_TYPOS: ReadonlyArray<{ pattern: RegExp; right: string }> = [
  { pattern: /(?<![\p{L}])Phân (?:đấu|đầu|dấu)(?![\p{L}])/giu, right: 'Phấn đấu' },
  { pattern: /(?<![\p{L}])Phấn đầu(?![\p{L}])/giu, right: 'Phấn đấu' },
];
