// Public entry of src/unit-report: a unit's report over its subtree (`report --unit`) and the
// subtree's figures and completeness (`status --unit`). Above src/report and src/consolidate.
export { subtreeEvaluation, subtreePlan, writeUnitReport, type UnitReportInput, type UnitReportResult } from './report.ts';
export { unitFigures } from './subtree-figures.ts';
export { unitSettings } from './settings.ts';
export { unitsTable, rateBlocks, unitContent } from './compose.ts';
