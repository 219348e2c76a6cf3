import type { ApproveCode } from '../../model/codes/approve.ts';
import type { MessageTemplate } from '../../model/finding.ts';

/** The command that returns a unit, as a hint names it. */
const returnCommand = (period: unknown, unit: unknown) => `baocao return --plan <kế hoạch> --period ${period} --unit ${unit} --reason "…"`;

export const APPROVE_MESSAGES: Record<ApproveCode, MessageTemplate> = {
  'ingest/locked': {
    message: (a) =>
      `Báo cáo của ${a.unitName} kỳ ${a.periodName} đã được phê duyệt ngày ${a.date} bởi ${a.by}; không nhận thêm biểu mẫu hay bản mới của ${a.formUnit ? `đơn vị ${a.formUnit}` : 'đơn vị này'}.`,
    hint: (a) => `Muốn sửa, cấp trên cần trả lại báo cáo trước (${returnCommand(a.period, a.unit)}), rồi gửi lại tệp này.`,
  },
  'approve/child-not-approved': {
    message: (a) => `Chưa phê duyệt được ${a.unitName}: đơn vị trực thuộc ${a.childName} (${a.child}) ${a.childState}.`,
    hint: (a) => `Phê duyệt báo cáo của ${a.childName} trước (baocao approve … --unit ${a.child}), rồi phê duyệt ${a.unitName}.`,
  },
  'approve/nothing-received': {
    message: (a) => `Chưa phê duyệt được ${a.unitName}: chưa nhận được báo cáo nào của đơn vị này và các đơn vị trực thuộc kỳ ${a.periodName}.`,
    hint: () => 'Nhận báo cáo (baocao ingest …) trước khi phê duyệt.',
  },
  'approve/already-approved': {
    message: (a) => `Báo cáo của ${a.unitName} kỳ ${a.periodName} đã được phê duyệt ngày ${a.date} bởi ${a.by}; không ghi thêm.`,
  },
  'approve/restore-locked': {
    message: (a) =>
      `Không khôi phục được bản số ${a.version}: báo cáo của ${a.unitName} kỳ ${a.periodName} đã được phê duyệt ngày ${a.date} bởi ${a.by}.`,
    hint: (a) => `Muốn đổi bản đang dùng, cấp trên cần trả lại báo cáo trước (${returnCommand(a.period, a.unit)}).`,
  },
  'approve/source-missing': {
    message: (a) => `Không tìm thấy tệp đã nhận "${a.file}" để lập bản trả lại; đơn vị vẫn được ghi là bị trả lại.`,
    hint: () => 'Gửi lý do trả lại cho đơn vị bằng văn bản, hoặc chép tệp gốc về đúng chỗ rồi chạy lại lệnh.',
  },
  'approve/copy-failed': {
    message: (a) => `Không lập được bản trả lại từ tệp "${a.file}": ${a.reason}; đơn vị vẫn được ghi là bị trả lại.`,
    hint: () => 'Gửi lý do trả lại cho đơn vị bằng văn bản kèm tệp gốc.',
  },
};
