import type { EvaluateCode } from '../../model/codes/evaluate.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const EVALUATE_MESSAGES: Record<EvaluateCode, MessageTemplate> = {};
