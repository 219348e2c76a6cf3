/** Vietnamese text of the command-line frame: help headings and argument errors. */

export const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tùy chọn chung:',
};

export const HELP_EXTRAS = { default: 'mặc định', choices: 'chọn một trong', env: 'biến môi trường' } as const;

export const CLI_TEXT = {
  programDescription:
    'baocao — báo cáo kết quả thực hiện nhiệm vụ trọng tâm: lập biểu mẫu Excel cho từng đơn vị, ' +
    'tiếp nhận và kiểm tra biểu mẫu đã điền, tổng hợp và xuất báo cáo Word theo thể thức văn bản của Đảng.',
  helpOption: 'hiển thị trợ giúp',
  helpCommand: 'hiển thị trợ giúp của một lệnh',
  versionOption: 'hiển thị phiên bản',
  jsonOption: 'in kết quả dạng JSON (cho máy đọc) ra stdout',
  dbOption: 'tệp cơ sở dữ liệu (mặc định ./baocao.db)',
  usageHint: 'Gõ "baocao --help" để xem các lệnh, hoặc "baocao <lệnh> --help" cho một lệnh.',
  badOption: (option: string, reason: string) => `Tùy chọn ${option} không hợp lệ: ${reason}.`,
  notImplemented: (command: string) => `Lệnh "${command}" chưa được xây dựng trong phiên bản này.`,
  fileError: (file: string | undefined, why: string) =>
    `${file ? `Không đọc hoặc ghi được "${file}"` : 'Không đọc hoặc ghi được tệp'}: ${why}. Kiểm tra đường dẫn, quyền ghi của thư mục và chỗ trống trên ổ đĩa rồi chạy lại.`,
  unexpected: (message: string) => `Lỗi ngoài dự kiến: ${message}. Vui lòng báo lại cho người phát triển kèm lệnh đã chạy.`,
} as const;

/** Commander error codes → Vietnamese messages; `raw` is commander's English message. */
export function translateCliError(code: string, raw: string): string {
  const quoted = /'([^']+)'/.exec(raw)?.[1] ?? '';
  // Commander's own suggestion for a typo: "(Did you mean ingest?)".
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(raw)?.[1]?.trim();
  const didYouMean = suggestion ? ` Có phải ý bạn là "${suggestion}"?` : '';
  switch (code) {
    case 'commander.unknownOption':
      return `Tùy chọn không hợp lệ: ${quoted}.${didYouMean}`;
    case 'commander.unknownCommand':
      return `Không có lệnh "${quoted}".${didYouMean}`;
    case 'commander.missingArgument':
      return `Thiếu tham số bắt buộc: ${quoted}.`;
    case 'commander.optionMissingArgument':
      return `Tùy chọn ${quoted} cần một giá trị.`;
    case 'commander.missingMandatoryOptionValue':
      return `Thiếu tùy chọn bắt buộc: ${quoted}.`;
    case 'commander.excessArguments':
      return 'Thừa tham số.';
    case 'commander.invalidArgument':
      return `Giá trị không hợp lệ: ${raw.replace(/^error:\s*/, '')}`;
    case 'commander.conflictingOption':
      return `Các tùy chọn không dùng chung được: ${raw.replace(/^error:\s*/, '')}`;
    default:
      return raw.replace(/^error:\s*/, 'Lỗi: ');
  }
}
