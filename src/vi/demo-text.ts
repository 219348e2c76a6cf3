/** Vietnamese text of `baocao demo`: the steps of the sample run and where each output is. */

export const DEMO_TEXT = {
  description: 'chạy toàn bộ quy trình trên dữ liệu mẫu (samples/) vào một thư mục mới',
  dirArgument: 'thư mục kết quả (mặc định ./demo-output/<ngày-giờ>); phải chưa có hoặc đang trống',
  title: 'baocao — chạy thử toàn bộ quy trình trên dữ liệu mẫu',
  plan: (title: string, source: string) => `Kế hoạch: ${title} (${source}).`,
  folder: (dir: string) => `Thư mục kết quả: ${dir}`,
  notEmpty: (dir: string) =>
    `Thư mục "${dir}" đã có tệp. Lệnh chạy thử chỉ ghi vào một thư mục mới hoặc đang trống, để không ghi đè dữ liệu thật. ` +
    'Chọn thư mục khác, ví dụ: baocao demo ./demo-moi',
  notADirectory: (dir: string) => `"${dir}" là một tệp, không phải thư mục. Chọn tên thư mục khác.`,
  failed: (reason: string) =>
    `Không chạy được bản chạy thử: ${reason}. Kiểm tra thư mục samples/ (kế hoạch, tệp đã điền, received.yaml) còn đầy đủ; ` +
    'có thể tạo lại các tệp đã điền bằng lệnh: npx tsx scripts/make-samples.ts',
  stepIngest: (n: number, period: string, files: number) => `Bước ${n}. Tiếp nhận báo cáo ${period} (${files} tệp, theo thứ tự nhận)`,
  stepTemplates: (n: number, period: string, orgs: number, previous: string) =>
    `Bước ${n}. Lập biểu mẫu ${period} cho ${orgs} đơn vị (có cột lũy kế đến hết ${previous} lấy từ kho)`,
  stepTemplatesFirst: (n: number, period: string, orgs: number) => `Bước ${n}. Lập biểu mẫu ${period} cho ${orgs} đơn vị`,
  stepStatus: (n: number) => `Bước ${n}. Tình hình báo cáo (như lệnh "baocao status")`,
  stepOutputs: (n: number) => `Bước ${n}. Kết quả đã ghi`,
  fileColumns: { outcome: 'Kết quả', org: 'Đơn vị', receivedAt: 'Nhận lúc', file: 'Tệp' },
  counts: (errors: number, warnings: number) =>
    [errors > 0 ? `${errors} lỗi` : '', warnings > 0 ? `${warnings} cảnh báo` : ''].filter(Boolean).join(', '),
  templatesWritten: (dir: string) => `  → ${dir}`,
  outputs: {
    db: 'Kho dữ liệu (SQLite)',
    templates: 'Biểu mẫu Excel kỳ tới',
    feedback: 'Bản góp ý gửi lại đơn vị',
    exportFile: 'Bảng tổng hợp Excel',
    reportFile: 'Báo cáo tổng hợp (Word)',
    summaryFile: 'Báo cáo tóm tắt của',
    reminderFile: (period: string) => `Công văn đôn đốc báo cáo ${period}`,
    assessDocFile: 'Đánh giá, đề xuất xếp loại năm (Word)',
    assessSheetFile: 'Bảng xếp loại cho Hội đồng (Excel)',
    signedFile: 'Báo cáo PDF ký số THỬ NGHIỆM (không có giá trị pháp lý)',
    consolidatedFile: (unit: string, received: number, expected: number, units: number) => `Bảng tổng hợp gửi cấp trên (${unit}: ${received}/${expected} báo cáo trong ${units} đơn vị)`,
  },
  fileCount: (n: number) => `(${n} tệp)`,
  rejectedNote: (files: string[]) =>
    `Lưu ý: ${files.map((f) => `"${f}"`).join(', ')} bị từ chối là có chủ ý — dữ liệu mẫu có một tệp điền sai để minh họa cách ` +
    'chương trình chỉ ra từng ô lỗi; bản đã nhận trước đó của đơn vị vẫn được giữ nguyên. ' +
    'Vì vậy lệnh chạy thử vẫn kết thúc thành công (mã thoát 0).',
  nextSteps: (plan: string, db: string, period: string) =>
    `Xem lại tình hình bất cứ lúc nào: baocao status --plan "${plan}" --period ${period} --db "${db}"`,
  openWeb: (plan: string, db: string, period: string) =>
    `Xem trên trang web: baocao serve --plan "${plan}" --db "${db}" rồi mở http://127.0.0.1:8080/?ky=${period} trong trình duyệt.`,
  done: 'Hoàn tất bản chạy thử.',
} as const;

/** The demo's chain of levels (src/run-demo-levels.ts): who acts, and what the CLI prints. */
export const DEMO_LEVELS_TEXT = {
  communeResult: 'Đã triển khai đến các thôn, tổ chức tuyên truyền và vận động hội viên thực hiện.',
  reporter: 'Lê Thị Thu',
  signer: 'Nguyễn Văn Hải',
  districtApprover: 'Trần Văn Minh (Ban Dân vận Huyện ủy)',
  districtSigner: 'Trần Văn Minh',
  /** The district's header block (a `units.PHUQUY` entry of templates/report.yaml). */
  districtDocument: {
    upperBody: ['HUYỆN ỦY PHÚ QUÝ'],
    issuer: ['BAN DÂN VẬN'],
    issuerName: 'Ban Dân vận Huyện ủy Phú Quý',
    symbol: { type: 'BC', organ: 'BDVHU' },
    place: 'Phú Quý',
    signer: { authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: '' },
    recipients: ['Ban Dân vận Tỉnh ủy (b/c)', 'Thường trực Huyện ủy (b/c)', 'Lưu Văn phòng'],
    orgNames: { TDTN: 'Huyện Đoàn Phú Quý' },
  },
  provinceApprover: 'Lê Thị Hoa (Ban Dân vận Tỉnh ủy)',
  step: (n: number, district: string, period: string) => `Bước ${n}. Nhiều cấp: các xã của ${district} gửi biểu mẫu ${period}, huyện tổng hợp gửi tỉnh`,
  forms: (accepted: number, total: number, communes: number) => `  ${communes} xã và các tổ chức của huyện gửi ${total} biểu mẫu; huyện nhận ${accepted}.`,
  communesApproved: (n: number, total: number) => `  Huyện phê duyệt ${n}/${total} xã.`,
  upward: (file: string, outcome: string) => `  Tỉnh tiếp nhận bảng tổng hợp của huyện "${file}": ${outcome}.`,
  provinceApproved: (district: string, ok: boolean) => (ok ? `  Tỉnh phê duyệt kết quả của ${district}; số liệu các xã được khóa.` : `  Tỉnh chưa phê duyệt được kết quả của ${district}.`),
  outputs: {
    districtReport: 'Báo cáo của huyện (Word)',
    districtWorkbook: 'Bảng tổng hợp huyện gửi tỉnh',
    districtForms: 'Biểu mẫu các xã đã điền',
  },
} as const;
