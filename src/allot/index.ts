// Public entry of src/allot: allotment of targets down the tree of units (phân bổ chỉ tiêu).
// The table a unit fills (generated, read back and checked), the saved allotment, a unit's shares.
export { allotmentTable, isApportionable, treeOfYear, type AllotmentTable, type AllotmentTableInput, type TableRow } from './table.ts';
export { allotmentBuffer, allotmentWorkbook, writeAllotmentTable, ALLOT_ROWS } from './write.ts';
export { readAllotmentTable, type ReadAllotmentOptions, type ReadAllotmentResult } from './read.ts';
export { allotmentJsonPath, loadAllotment, saveAllotment, type LoadAllotmentResult } from './file.ts';
export { planForUnit, sharesFor } from './shares.ts';
