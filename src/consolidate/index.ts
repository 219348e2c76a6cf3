// Public entry of src/consolidate: a unit's result as a workbook to send up, and reading one back.
export { consolidate, consolidatedWorkbook, writeConsolidated, TOOL_VERSION, type ConsolidateInput, type Consolidated } from './write.ts';
export { readConsolidated, type ReadConsolidatedOptions, type ReadConsolidatedResult } from './read.ts';
export { consolidateTargets, longData, type UnitSubmissions } from './aggregate.ts';
export { dataSha256 } from './hash.ts';
export { consolidatePeriod } from './from-period.ts';
export { reportingOrganizations, subtreeSubmissions, subtreeView, type SubtreeInput, type SubtreeStore } from './subtree.ts';
