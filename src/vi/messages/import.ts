import type { ImportCode } from '../../model/codes/import.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const IMPORT_MESSAGES: Record<ImportCode, MessageTemplate> = {};
