// Public entry of src/assess: the year-end assessment and the proposed grade. Other stages import only this file.
export { assessYear, assessFromSource, assessFromStore, type AssessInput } from './assess-year.ts';
export { yearFromEvaluate, type YearSource } from './from-evaluate.ts';
export { proposeGrade, metricsOf, holds, conditionHolds } from './grade.ts';
export { loadAssessmentRules, parseAssessmentRules, defaultRulesFile, AssessRulesError } from './rules.ts';
export { decideGrade, findBand, type DecideInput } from './decide.ts';
export { writeAssessment, assessmentFormat, type AssessmentOutput } from './write.ts';
export { writeAssessmentDocx, type AssessDocInput } from './docx.ts';
export { buildAssessmentWorkbook, writeAssessmentXlsx } from './xlsx.ts';
