import type { ReportCode } from '../../model/codes/report.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const REPORT_MESSAGES: Record<ReportCode, MessageTemplate> = {};
