/** Texts of a unit's report (`report --unit`): the reporting-rate lines and the units table. */
export const UNIT_REPORT_TEXT = {
  unitOption: 'viết báo cáo của một đơn vị (mã trong danh sách đơn vị): số liệu cộng từ các đơn vị cấp dưới, kèm tỷ lệ báo cáo',
  unitsOption: 'tệp danh sách đơn vị các cấp (mặc định: một đơn vị gồm các tổ chức của kế hoạch)',
  unitAndOrg: 'Lỗi: --unit và --org không dùng cùng nhau: --unit viết báo cáo của một đơn vị trong danh sách đơn vị, --org viết báo cáo tóm tắt của một tổ chức.',
  /** Recipients of a unit without settings of its own: the unit above, then the file copy. */
  defaultRecipients: (parent: string | null) => [...(parent ? [`${parent} (b/c)`] : []), 'Lưu'],
  /** The reporting rate line at the head of section I. */
  rateLine: (units: number, received: number, expected: number, rate: string, onTime: number, late: number) =>
    `Tình hình báo cáo: ${units} đơn vị, đã nhận ${received}/${expected} báo cáo phải gửi (tỷ lệ ${rate}), trong đó đúng hạn ${onTime}, trễ hạn ${late}.`,
  /** Beside the appendix's targets title: what the totals are made of. */
  targetsFrom: (title: string, received: number, expected: number, rate: string) => `${title} (tổng hợp từ ${received}/${expected} báo cáo phải gửi, tỷ lệ ${rate})`,
  noneExpected: 'Tình hình báo cáo: không có báo cáo phải gửi trong kỳ.',
  missingUnits: (names: string) => `Chưa nhận được báo cáo của: ${names}.`,
  /** A unit that sent some of its organisations' reports: the missing ones in brackets. */
  partlyMissing: (name: string, orgs: string) => `${name} (chưa có báo cáo của ${orgs})`,
  /** The closing line of a unit's report, in place of the province's (which names the province's organisations). */
  /** `units`: the units whose reports were received (those that sent nothing are not "tổng hợp từ"). */
  closing: (period: string, units: number, issuerName: string, reportTo: string) =>
    `Trên đây là báo cáo kết quả thực hiện nhiệm vụ trọng tâm ${period}, tổng hợp từ báo cáo của ${units} đơn vị, ${issuerName} kính báo cáo ${reportTo}./.`,
  writtenUnit: (file: string, unit: string) => `Đã ghi báo cáo của ${unit}: ${file}`,
  table: {
    title: '2. Tình hình gửi báo cáo theo đơn vị, theo cấp',
    columns: ['STT', 'Đơn vị', 'Phải gửi', 'Đã nhận', 'Đúng hạn', 'Trễ hạn', 'Chưa nhận', 'Tỷ lệ'],
    level: (level: string, units: number) => `Cấp ${level} (${units} đơn vị)`,
    levelTotal: (level: string) => `Cộng cấp ${level}`,
    total: 'Tổng cộng',
    noRate: '—',
  },
} as const;
