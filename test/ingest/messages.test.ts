import { describe, expect, it } from 'vitest';
import { INGEST_CODES, type IngestCode } from '../../src/model/codes/ingest.ts';
import { makeFinding } from '../../src/vi/messages/index.ts';

/** Arguments the ingest stage passes, one plausible value each. */
const ARGS = {
  actual: '12a', expected: 'Chỉ tiêu', column: 'Lũy kế từ đầu năm', value: '1,5', other: '1.500', unit: 'hội viên', suggestion: '1.200',
  encoding: 'TCVN3', font: '.VnTime', converted: 'Kết quả', allowed: '"Hoàn thành"', taskId: 'HCCB-1', taskNumber: '1',
  cumulative: '100', inPeriod: '150', previous: '150', previousPeriodName: 'Quý I năm 2024', target: '600', factor: 10,
  fields: '"Họ và tên người ký"', previousFile: 'a.xlsx', org: 'HCCB', periodName: 'Quý II năm 2024', expectedPeriodName: 'Quý I năm 2024',
  planId: 'kh-2024', expectedPlan: 'kh-2024', kind: 'target', id: 'HCCB-6-t1', expectedRow: 12, size: '8,0 MB', limit: '20,0 MB',
  ratio: '1000:1', format: 'xls', reason: 'lỗi', detected: 'docx', moved: 1, movedId: 'HCCB-6-t1', movedFrom: 16, movedTo: 19,
  unknown: 0, unknownRows: '', duplicated: 0, duplicatedRows: '', missing: 1, inserted: 1, insertedRows: '20', columns: '"Tiến độ"',
  reasons: '2 ô có số liệu ở bản đang dùng nay để trống (F16, G16)', version: 7, period: '2024-Q2', receivedAt: '01/07/2024 09:00',
  currentFile: 'b.xlsx', currentReceivedAt: '05/07/2024 09:00', field: 'onRemovedFigures', remark: 'đã đề xuất, chờ ý kiến',
  unitName: 'Ban Dân vận Thị ủy La Gi', included: 14, unitsFile: 'units.yaml', receiver: 'BDVTU', receiverName: 'Ban Dân vận Tỉnh ủy',
  units: 'LG-TANHAI (MTTQ)', otherFiles: 'biểu mẫu "TanHai-MTTQ.xlsx"',
  fileName: 'a.xlsx', orgs: 'MTTQ, HCCB', numerator: '1.200', denominator: '1.000', numeratorCell: 'G10',
  denominatorCell: 'G11', computed: '75',
};

describe('ingest messages', () => {
  it.each(Object.keys(INGEST_CODES) as IngestCode[])('%s → complete NFC Vietnamese text, no holes', (code) => {
    const f = makeFinding(code, { file: 'a.xlsx' }, ARGS);
    const text = `${f.message} ${f.hint ?? ''}`;
    expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
    expect(text).toBe(text.normalize('NFC'));
    expect(f.message.length).toBeGreaterThan(15);
  });
});
