import { periodNameLower } from './period.ts';
import type { PeriodId } from '../model/period.ts';

/** Texts of `baocao units`: help, headings, verdicts. */
/** Reasons of the units file's checks (src/units/checks.ts), read inside a finding's message. */
export const UNIT_CHECK_TEXT = {
  validityOrder: (from: string, to: string) => `validTo ${to} trước validFrom ${from}`,
  changeNotAfter: (from: string, previous: string) => `thay đổi từ ${from} không sau ${previous}`,
  changeAfterEnd: (from: string, to: string) => `thay đổi từ ${from} sau khi đơn vị đã thôi tồn tại (validTo ${to})`,
  before: (quarter: string) => `trước ${quarter}`,
  allPeriods: 'mọi kỳ',
} as const;

export const UNITS_TEXT = {
  description: 'kiểm tra danh sách đơn vị các cấp (tỉnh, huyện, xã, khối…)',
  checkDescription: 'kiểm tra một tệp danh sách đơn vị; in cây đơn vị theo từng giai đoạn',
  fileArgument: 'tệp danh sách đơn vị .yaml hoặc .json',
  planOption: 'tệp kế hoạch, để đối chiếu mã tổ chức của từng đơn vị',
  unitsOption: 'tệp danh sách đơn vị các cấp (mặc định: một đơn vị gồm các tổ chức của kế hoạch)',
  unitOption: 'mã đơn vị',
  heading: (count: number, title?: string) => `${title ? `${title}: ` : ''}${count} đơn vị`,
  shape: (from: string | null, to: string | null) =>
    from === null && to === null
      ? 'Mọi kỳ'
      : from === null
        ? `Đến hết ${periodNameLower(to as PeriodId)}`
        : to === null
          ? `Từ ${periodNameLower(from as PeriodId)}`
          : `Từ ${periodNameLower(from as PeriodId)} đến hết ${periodNameLower(to as PeriodId)}`,
  unitLine: (code: string, name: string, level: string, orgs: number | null) =>
    `${code} — ${name} (${level})${orgs === null ? '' : `, ${orgs} tổ chức`}`,
  shapeCount: (units: number) => `${units} đơn vị`,
  findingsHeading: 'Phát hiện:',
  valid: 'Danh sách đơn vị hợp lệ.',
  invalid: (errors: number) => `Danh sách đơn vị có ${errors} lỗi, chưa dùng được.`,
  unreadable: 'Không đọc được tệp danh sách đơn vị.',
} as const;

/** Texts of `status --unit`: the completeness of a unit and the units below it. */
export const UNIT_STATUS_TEXT = {
  unitOption: 'mã đơn vị xem tình hình nộp báo cáo của đơn vị và các đơn vị cấp dưới (mặc định: đơn vị gốc)',
  unitsOption: 'tệp danh sách đơn vị các cấp (mặc định: một đơn vị gồm các tổ chức của kế hoạch)',
  heading: (code: string, name: string) => `Tình hình nộp báo cáo theo đơn vị: ${code} — ${name}`,
  levelsHeading: 'Theo cấp',
  unitsHeading: 'Theo đơn vị',
  counts: (expected: number, received: number, onTime: number, late: number, missing: number, rate: string) =>
    `phải nộp ${expected}, đã nộp ${received} (đúng hạn ${onTime}, trễ hạn ${late}), chưa nộp ${missing} — tỷ lệ ${rate}`,
  levelLine: (level: string, units: number) => `cấp ${level} (${units} đơn vị)`,
  total: 'Toàn bộ',
  missingOrgs: (orgs: string) => `chưa nộp: ${orgs}`,
  noRate: 'không có báo cáo phải nộp',
  unknownUnit: (code: string, period: string) => `Lỗi: không có đơn vị mang mã "${code}" trong ${period}. Xem danh sách bằng "baocao units check <tệp>".`,
  badUnits: (file: string) => `Lỗi: tệp danh sách đơn vị "${file}" chưa dùng được:`,
} as const;
