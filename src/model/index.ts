export * from './period.ts';
export * from './plan.ts';
export * from './finding.ts';
export * from './codes/index.ts';
export * from './submission.ts';
export * from './workbook-meta.ts';
export * from './evaluation.ts';
export * from './store.ts';
