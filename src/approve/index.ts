// Public entry of src/approve: approval level by level — approve, return, the states and locks.
// Other stages import only this file.
export { approveUnit, type ApproveOutcome } from './approve.ts';
export { returnUnit } from './return.ts';
export { writeReturnCopies, type ReturnCopies } from './return-copy.ts';
export { approvalOf, toUnitApproval, unitApprovals } from './state.ts';
export { approvalsToSend, childApprovedBy, receivedConsolidated } from './consolidated.ts';
export { type Actor, type ApprovalScope, coveredBy, rootOf, submissionsOf, unitOfSubmission, workbooksOf } from './scope.ts';
export { restoreRefusal } from './locks.ts';
