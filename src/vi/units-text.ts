import { periodNameLower } from './period.ts';
import type { PeriodId } from '../model/period.ts';

/** Texts of `baocao units`: help, headings, verdicts. */
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
