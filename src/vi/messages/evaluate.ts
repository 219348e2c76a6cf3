import type { EvaluateCode } from '../../model/codes/evaluate.ts';
import type { FindingArgs, MessageTemplate } from '../../model/finding.ts';

/** «Đơn vị HCCB, chỉ tiêu HCCB-6a» — the place an evaluation finding points to. */
const where = (a: FindingArgs) => `Đơn vị ${a.org ?? ''}, chỉ tiêu ${a.targetId ?? ''}`;

export const EVALUATE_MESSAGES: Record<EvaluateCode, MessageTemplate> = {
  'evaluate/cumulative-mismatch': {
    message: (a) =>
      `${where(a)}: lũy kế từ đầu năm báo cáo ở ${a.quarter} là ${a.actual}, ` +
      `nhưng tổng kết quả trong kỳ của các quý từ đầu năm là ${a.expected}.`,
    hint: () => 'Đề nghị đơn vị kiểm tra lại số lũy kế hoặc kết quả trong kỳ của các quý trước.',
  },
  'evaluate/cumulative-decreased': {
    message: (a) =>
      `${where(a)}: lũy kế từ đầu năm giảm từ ${a.previous} (${a.previousQuarter}) xuống ${a.actual} (${a.quarter}); ` +
      'số lũy kế không thể giảm trong năm.',
    hint: () => 'Đề nghị đơn vị kiểm tra lại số lũy kế của hai quý.',
  },
  'evaluate/cumulative-summed': {
    message: (a) =>
      a.noReport
        ? `${where(a)}: chưa có báo cáo ${a.quarter} được tiếp nhận; kết quả tính đến kỳ là tổng kết quả các quý đã báo cáo (${a.actual}).`
        : `${where(a)}: ${a.quarter} không có số lũy kế từ đầu năm; đã lấy tổng kết quả trong kỳ của các quý (${a.actual}).`,
    hint: (a) => (a.noReport ? 'Đề nghị đơn vị gửi báo cáo của kỳ.' : 'Đề nghị đơn vị ghi đủ cột "Lũy kế từ đầu năm" ở các kỳ sau.'),
  },
  'evaluate/level-from-earlier-quarter': {
    message: (a) =>
      `${where(a)}: ${a.quarter} không có số liệu; đã dùng mức đạt được báo cáo ở ${a.fromQuarter} (${a.actual}), ` +
      'chưa đánh giá là kết quả của kỳ này.',
  },
  'evaluate/cumulative-from-earlier-quarter': {
    message: (a) =>
      `${where(a)}: ${a.noReport ? `chưa có báo cáo ${a.quarter} được tiếp nhận` : `${a.quarter} không có số liệu`}; ` +
      `lũy kế đến hết ${a.fromQuarter} là ${a.actual}, chưa đánh giá là kết quả của kỳ này.`,
    hint: (a) => (a.noReport ? 'Đề nghị đơn vị gửi báo cáo của kỳ.' : 'Đề nghị đơn vị ghi đủ số liệu của kỳ.'),
  },
  'evaluate/above-range': {
    message: (a) =>
      `${where(a)}: kết quả ${a.actual} vượt mức trên của khoảng chỉ tiêu (${a.expected}); được tính là vượt chỉ tiêu.`,
  },
};
