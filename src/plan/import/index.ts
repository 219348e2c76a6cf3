// Drafting a plan from a decision's text (baocao plan import).
export { importPlan, importPlanFile } from './import-plan.ts';
export { planToYaml, writeImportedPlan } from './write-yaml.ts';
export { readDecisionText } from './read-text.ts';
