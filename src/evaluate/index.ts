// Public entry of src/evaluate. Other stages import only this file.
export { evaluatePeriod, type EvaluationInput } from './evaluate-period.ts';
export { evaluateFromStore, periodFromStore } from './from-store.ts';
export { evaluateTarget, expectedLevel, targetRatio, targetStatus } from './target.ts';
export { isCumulative } from './series.ts';
export { meetsTarget, isAboveRange, isCap } from './compare.ts';
export { completenessOf, isLate, reportingDay } from './completeness.ts';
export { countStatuses } from './status-counts.ts';
export { laggingTermTargets, nonReportingUnits, overdueTasks, type LaggingTarget, type OverdueTask } from './follow-up.ts';
export { subtreeCompleteness } from './unit-completeness.ts';
export { consolidateTargets, mergeUnitSubmissions } from './aggregate-units.ts';
