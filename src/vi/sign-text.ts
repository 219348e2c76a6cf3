/** Vietnamese text of signing: what is drawn on the PDF and what `baocao sign` / `verify` print. */
export const SIGN_TEXT = {
  /** Drawn with the organisation's digital signature (Nghị định 30/2020, Phụ lục I). */
  orgLine: (name: string) => `Ký số bởi: ${name}`,
  timeLine: (iso: string) => `Thời gian ký: ${iso}`,
  /** Common name of the demo certificates: never mistaken for a real signature. */
  demoCommonName: 'CHỮ KÝ THỬ NGHIỆM — không có giá trị pháp lý',
  demoOrganization: 'Ban Dân vận Tỉnh ủy Bình Thuận (THỬ NGHIỆM)',
} as const;
