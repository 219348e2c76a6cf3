import type { IngestCode } from '../../model/codes/ingest.ts';
import type { MessageTemplate } from '../../model/finding.ts';

export const INGEST_MESSAGES: Record<IngestCode, MessageTemplate> = {};
