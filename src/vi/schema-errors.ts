import { z } from 'zod';

/**
 * Vietnamese wording of schema (zod) issues, for every input checked at a boundary: plans,
 * config files, CLI options, metadata read from workbooks. zod's own `vi` locale leaves type
 * names in English ("string", "undefined"), so we phrase them for office staff here.
 */
const TYPE_NAME: Record<string, string> = {
  string: 'chữ (chuỗi ký tự)',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'một nhóm trường (object)',
  undefined: 'trống',
  null: 'null',
  date: 'ngày',
};

const typeName = (t: string): string => TYPE_NAME[t] ?? t;

function receivedName(input: unknown): string {
  if (input === undefined) return 'không có giá trị';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'một danh sách';
  if (typeof input === 'object') return 'một nhóm trường';
  if (typeof input === 'string') return `chữ "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `${typeName(typeof input)} ${String(input)}`;
}

const FORMAT_NAME: Record<string, string> = {
  date: 'ngày dạng YYYY-MM-DD (ví dụ 2023-12-27)',
  datetime: 'thời điểm ISO (ví dụ 2024-04-05T08:00:00+07:00)',
  regex: 'đúng mẫu quy định',
};

export const viSchemaError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'thiếu trường bắt buộc'
        : `phải là ${typeName(issue.expected)}, nhưng nhận được ${receivedName(issue.input)}`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `cần ít nhất ${String(issue.minimum)} phần tử`
        : issue.origin === 'string'
          ? 'không được để trống'
          : `phải ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `dài quá ${String(issue.maximum)} ký tự`
        : `phải ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `không đúng định dạng: cần ${FORMAT_NAME[issue.format] ?? issue.format}`;
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${issue.keys.map((k) => `"${k}"`).join(', ')} (kiểm tra chính tả tên trường)`;
    case 'not_multiple_of':
      return `phải là bội số của ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'không khớp với dạng nào được chấp nhận';
    case 'invalid_key':
      return 'có khóa không hợp lệ';
    case 'invalid_element':
      return 'có phần tử không hợp lệ';
    default:
      return undefined;
  }
};

let installed = false;
/** Installs the Vietnamese error map once for every schema of the process. */
export function useVietnameseSchemaErrors(): void {
  if (installed) return;
  z.config({ customError: viSchemaError });
  installed = true;
}
useVietnameseSchemaErrors();
