import type { TemplateCode } from '../../model/codes/template.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const TEMPLATE_MESSAGES: Record<TemplateCode, MessageTemplate> = {};
