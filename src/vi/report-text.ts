/** Vietnamese text of the "baocao report" command. */
export const REPORT_TEXT = {
  yamlSyntax: (line: number, what: string) => `sai cú pháp YAML${line > 0 ? ` ở dòng ${line}` : ''}: ${what}`,
  description: 'viết báo cáo tổng hợp Word theo thể thức văn bản của Đảng (hoặc báo cáo tóm tắt một đơn vị với --org)',
  outputOption: 'tệp Word kết quả (.docx)',
  configOption: 'tệp thiết lập văn bản (mặc định templates/report.yaml)',
  wordingOption: 'tệp câu chữ của báo cáo (mặc định templates/report-wording.yaml)',
  orgOption: 'chỉ viết báo cáo tóm tắt của một đơn vị (mã đơn vị, ví dụ HND)',
  numberOption: 'số văn bản (bỏ trống để văn thư điền tay)',
  dateOption: 'ngày văn bản, dạng yyyy-mm-dd (bỏ trống để văn thư điền tay)',
  signerOption: 'họ tên người ký',
  profileOption: 'thể thức: party (văn bản của Đảng, mặc định) hoặc state (Nghị định 30/2020/NĐ-CP)',
  forceOption: 'ghi đè tệp kết quả nếu đã có',
  outputNotDocx: (file: string) => `Tệp kết quả "${file}" phải có đuôi .docx.`,
  badDate: (value: string) => `Ngày "${value}" không hợp lệ; viết dạng yyyy-mm-dd, ví dụ 2024-04-05.`,
  badNumber: (value: string) => `Số văn bản "${value}" không hợp lệ; chỉ gồm chữ số, ví dụ 15.`,
  written: (file: string) => `Đã ghi báo cáo: ${file}`,
  writtenOrg: (file: string, org: string) => `Đã ghi báo cáo tóm tắt của ${org}: ${file}`,
} as const;

/** The reminder letter command (baocao remind). */
export const REMIND_TEXT = {
  description: 'viết công văn đôn đốc các đơn vị chưa gửi báo cáo (hoặc gửi báo cáo không hợp lệ) của một kỳ',
  outputOption: 'tệp Word công văn (.docx)',
  numberOption: 'số công văn (bỏ trống để văn thư điền tay)',
  dateOption: 'ngày công văn, dạng yyyy-mm-dd (bỏ trống để văn thư điền tay)',
  nobodyMissing: (period: string) => `Tất cả các đơn vị đã gửi báo cáo hợp lệ ${period}; không cần công văn đôn đốc, không ghi tệp nào.`,
  written: (file: string, orgs: string) => `Đã ghi công văn đôn đốc gửi ${orgs}: ${file}`,
} as const;
