// Public entry of src/consolidate: a unit's result as a workbook to send up, and reading one back.
export { consolidate, consolidatedWorkbook, writeConsolidated, TOOL_VERSION, type ConsolidateInput, type Consolidated } from './write.ts';
// Reading one back is ingest's (src/ingest/consolidated-read.ts): re-exported here, where it was.
export { readConsolidated, type ReadConsolidatedOptions, type ReadConsolidatedResult } from '../ingest/index.ts';
export { consolidateTargets, longData, type UnitSubmissions } from './aggregate.ts';
export { dataSha256 } from '../ingest/index.ts';
export { consolidatePeriod } from './from-period.ts';
export { reportingOrganizations, subtreeSubmissions, subtreeView, type SubtreeInput, type SubtreeStore } from './subtree.ts';
