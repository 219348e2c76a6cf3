// Public entry of src/plan. Other stages import only this file.
export { loadPlan, parsePlanText, requirePlan, PlanError, type PlanLoadResult } from './load.ts';
export { planHash } from './hash.ts';
export { checkReferences } from './references.ts';
export { summarizePlan, type PlanSummary, type PlanSummaryOrganization, type PlanSummaryTarget } from './summary.ts';
export { importPlan, importPlanFile, planToYaml, writeImportedPlan } from './import/index.ts';
export { findOrg, planIndex } from './plan-index.ts';
