// What went wrong underneath, in Vietnamese. Node, yauzl, jszip, saxes and yaml word their errors
// in English ("EACCES: permission denied, open …", "End of central directory record signature not
// found"); a message an office clerk reads says it in Vietnamese. The original is kept only as a
// short technical note for whoever helps them: the system's error code, or — for an error nobody
// foresaw — its first line, labelled as such.
import type { ErrorCode as YamlErrorCode } from 'yaml';
import { STORE_TOO_NEW } from '../model/store.ts';

/** The operating system's file errors (Node's `error.code`). */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'không tìm thấy tệp hoặc thư mục',
  EACCES: 'không có quyền truy cập tệp hoặc thư mục',
  EPERM: 'hệ điều hành không cho phép thao tác này với tệp',
  EISDIR: 'đây là thư mục, không phải tệp',
  ENOTDIR: 'một phần của đường dẫn không phải là thư mục',
  ENOSPC: 'ổ đĩa đã hết chỗ trống',
  EDQUOT: 'đã dùng hết dung lượng được cấp trên ổ đĩa',
  EROFS: 'ổ đĩa hoặc thư mục chỉ cho phép đọc',
  EBUSY: 'tệp đang được chương trình khác sử dụng',
  ETXTBSY: 'tệp đang được chương trình khác sử dụng',
  EMFILE: 'đang mở quá nhiều tệp cùng lúc',
  ENFILE: 'đang mở quá nhiều tệp cùng lúc',
  EEXIST: 'đã có tệp hoặc thư mục trùng tên ở đường dẫn này',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài',
  ELOOP: 'đường dẫn có liên kết vòng',
  EIO: 'lỗi đọc hoặc ghi ổ đĩa',
  EINVAL: 'tên tệp hoặc thao tác không hợp lệ',
};

const STORE_IN_USE = 'tệp cơ sở dữ liệu đang được một chương trình khác ghi; chờ chương trình đó xong rồi chạy lại';

/** SQLite's errors (better-sqlite3's `error.code`) and a store written by a newer baocao. */
const STORE_ERRORS: Readonly<Record<string, string>> = {
  [STORE_TOO_NEW]: 'tệp được tạo bởi phiên bản baocao mới hơn phiên bản đang dùng; hãy cập nhật baocao',
  SQLITE_NOTADB: 'tệp không phải cơ sở dữ liệu của baocao',
  SQLITE_CORRUPT: 'tệp cơ sở dữ liệu bị hỏng',
  SQLITE_BUSY: STORE_IN_USE,
  SQLITE_LOCKED: STORE_IN_USE,
  SQLITE_READONLY: 'tệp cơ sở dữ liệu hoặc thư mục chứa nó chỉ cho phép đọc',
  SQLITE_CANTOPEN: 'không mở được tệp (kiểm tra thư mục chứa tệp và quyền ghi)',
  SQLITE_FULL: 'ổ đĩa đã hết chỗ trống',
  SQLITE_IOERR: 'lỗi đọc hoặc ghi ổ đĩa',
  SQLITE_PERM: 'không có quyền truy cập tệp cơ sở dữ liệu',
};

/** Why an ingest worker thread gave no result for a file. */
export const WORKER_ERRORS = {
  died: (exitCode: number) => `luồng đọc tệp dừng đột ngột khi đang đọc tệp này (mã thoát ${exitCode})`,
  outOfMemory: 'đọc tệp này cần nhiều bộ nhớ hơn giới hạn dành cho một tệp (mã lỗi ERR_WORKER_OUT_OF_MEMORY)',
  unavailable: 'không khởi động được luồng đọc tệp',
} as const;

/** Why LibreOffice did not convert a legacy workbook. */
export const CONVERT_ERRORS = {
  timeout: (seconds: number) => `quá ${seconds} giây mà chưa chuyển xong`,
  failed: (exitCode: number | null) => `LibreOffice báo lỗi${exitCode === null ? '' : `, mã thoát ${exitCode}`}`,
  noOutput: 'LibreOffice không tạo ra tệp kết quả',
} as const;

/** A broken zip container (an .xlsx or .docx is one), as yauzl and jszip report it. */
const ZIP_ERRORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/end of central directory|central directory record signature|is this a zip file|not a zip file|file is truncated/i, 'thiếu phần cuối của tệp nén (tệp bị cắt ngắn)'],
  [/unexpected eof|unexpected end|premature close|truncated/i, 'tệp kết thúc đột ngột (bị cắt ngắn)'],
  [/signature|central directory|relative offset|local file header|invalid (?:zip|code lengths|distance|block type|stored block)|corrupt|crc32|size mismatch|inflate|zip/i, 'cấu trúc nén bên trong tệp bị hỏng'],
];

/** Broken XML inside a workbook (saxes, exceljs). */
const XML_ERROR = /\bxml\b|saxes|unclosed tag|unexpected close tag|closing tag|text data outside|disallowed character/i;

/** An error whose message is already written for the user, in Vietnamese: passed on as it is. */
export class ExplainedError extends Error {
  override name = 'ExplainedError';
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The path an operating-system error names (Node's `error.path`), if any. */
export function errorPath(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('path' in error)) return undefined;
  const path = (error as { path: unknown }).path;
  return typeof path === 'string' ? path : undefined;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').trim().replace(/[.:]+$/, '').slice(0, 160);
}

/** An operating-system file error in Vietnamese with its code ("không có quyền … (mã lỗi EACCES)"), or undefined for any other error. */
export function fileErrorText(error: unknown): string | undefined {
  const code = errorCode(error);
  const text = code === undefined ? undefined : FILE_ERRORS[code];
  return text === undefined ? undefined : `${text} (mã lỗi ${code})`;
}

/**
 * Any error, in Vietnamese: a file error by its code, a broken zip or broken XML by what the
 * libraries say, anything else as "lỗi không xác định" with its first line as a technical note.
 */
export function describeError(error: unknown): string {
  if (error instanceof ExplainedError) return error.message;
  const code = errorCode(error);
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return WORKER_ERRORS.outOfMemory;
  // SQLite's extended codes (SQLITE_IOERR_WRITE, SQLITE_CORRUPT_INDEX…) under their primary one.
  const store = code === undefined ? undefined : (STORE_ERRORS[code] ?? STORE_ERRORS[code.split('_').slice(0, 2).join('_')]);
  if (store !== undefined) return store;
  const file = fileErrorText(error);
  if (file !== undefined) return file;
  const line = firstLine(error);
  const zip = ZIP_ERRORS.find(([pattern]) => pattern.test(line));
  if (zip) return zip[1];
  if (XML_ERROR.test(line)) return 'nội dung XML bên trong tệp bị hỏng';
  return line === '' ? 'lỗi không xác định' : `lỗi không xác định (chi tiết kỹ thuật: ${line})`;
}

const ADVANCED_YAML = 'cú pháp YAML nâng cao (dấu &, *, !) dùng sai';

/** yaml's syntax errors by code: what a person editing the file did wrong. */
const YAML_ERRORS: Readonly<Record<YamlErrorCode, string>> = {
  BAD_INDENT: 'thụt lề không đúng: các mục cùng cấp phải thẳng cột, mục con thụt vào sâu hơn',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab; chỉ được thụt lề bằng dấu cách',
  DUPLICATE_KEY: 'một trường được khai báo hai lần trong cùng một mục',
  MISSING_CHAR: 'thiếu ký tự đóng (dấu ngoặc kép, ngoặc vuông ] hoặc ngoặc nhọn })',
  MULTILINE_IMPLICIT_KEY: 'thiếu dấu hai chấm sau tên trường, hoặc tên trường bị xuống dòng',
  BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm sau tên trường',
  KEY_OVER_1024_CHARS: 'tên trường quá dài (có thể thiếu dấu hai chấm)',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt cả giá trị trong dấu ngoặc kép',
  BAD_DQ_ESCAPE: 'dấu \\ trong chuỗi ngoặc kép không hợp lệ; viết \\\\ hoặc dùng ngoặc đơn',
  BLOCK_IN_FLOW: 'khối nhiều dòng nằm trong ngoặc [ ] hoặc { }',
  MULTIPLE_DOCS: 'tệp có nhiều phần ngăn bởi dòng ---; chỉ được có một',
  NON_STRING_KEY: 'tên trường phải là chữ',
  BAD_COLLECTION_TYPE: 'kiểu danh sách hoặc mục không hợp lệ',
  ALIAS_PROPS: ADVANCED_YAML,
  BAD_ALIAS: ADVANCED_YAML,
  MULTIPLE_ANCHORS: ADVANCED_YAML,
  MULTIPLE_TAGS: ADVANCED_YAML,
  TAG_RESOLVE_FAILED: ADVANCED_YAML,
  BAD_PROP_ORDER: ADVANCED_YAML,
  BAD_DIRECTIVE: 'dòng chỉ thị bắt đầu bằng % không hợp lệ',
  RESOURCE_EXHAUSTION: 'tệp lồng nhau hoặc tham chiếu quá nhiều tầng',
  IMPOSSIBLE: 'cú pháp không hợp lệ',
};

/** A bracket left open: yaml reports it as an indentation error ("… must be sufficiently indented and end with a ]"). */
const UNCLOSED_FLOW = /end with an? [\]}]/;

/** A yaml syntax error in Vietnamese, with its column when known ("thiếu dấu hai chấm … (cột 5)"). */
export function yamlErrorText(error: { code: YamlErrorCode; message: string; linePos?: ReadonlyArray<{ col: number }> }): string {
  const col = error.linePos?.[0]?.col;
  const what = error.code === 'BAD_INDENT' && UNCLOSED_FLOW.test(error.message) ? UNCLOSED_BRACKET : (YAML_ERRORS[error.code] ?? YAML_ERRORS.IMPOSSIBLE);
  return `${what}${col !== undefined ? ` (cột ${col})` : ''}`;
}

const UNCLOSED_BRACKET = 'dấu ngoặc [ hoặc { chưa được đóng, hoặc các dòng bên trong ngoặc thụt lề chưa đủ';
