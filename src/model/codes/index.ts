import { PLAN_CODES } from './plan.ts';
import { IMPORT_CODES } from './import.ts';
import { TEMPLATE_CODES } from './template.ts';
import { INGEST_CODES } from './ingest.ts';
import { EVALUATE_CODES } from './evaluate.ts';
import { REPORT_CODES } from './report.ts';
import { ASSESS_CODES } from './assess.ts';
import { SIGN_CODES } from './sign.ts';
import { UNITS_CODES } from './units.ts';
import { CONSOLIDATE_CODES } from './consolidate.ts';
import { ALLOT_CODES } from './allot.ts';
import { APPROVE_CODES } from './approve.ts';

/** Every finding code, stable and documented, with its severity. One stage, one file. */
export const FINDING_CODES = {
  ...PLAN_CODES,
  ...IMPORT_CODES,
  ...TEMPLATE_CODES,
  ...INGEST_CODES,
  ...EVALUATE_CODES,
  ...REPORT_CODES,
  ...ASSESS_CODES,
  ...SIGN_CODES,
  ...UNITS_CODES,
  ...CONSOLIDATE_CODES,
  ...ALLOT_CODES,
  ...APPROVE_CODES,
} as const;
export type FindingCode = keyof typeof FINDING_CODES;
export type { PlanCode } from './plan.ts';
export type { ImportCode } from './import.ts';
export type { TemplateCode } from './template.ts';
export type { IngestCode } from './ingest.ts';
export type { EvaluateCode } from './evaluate.ts';
export type { ReportCode } from './report.ts';
export type { AssessCode } from './assess.ts';
export type { SignCode } from './sign.ts';
export type { UnitsCode } from './units.ts';
export type { ConsolidateCode } from './consolidate.ts';
export type { AllotCode } from './allot.ts';
export type { ApproveCode } from './approve.ts';
