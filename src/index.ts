/** baocao — the library API. Each stage has one entry; this file only re-exports. */
export * from './model/index.ts';
export * from './vi/index.ts';
export * from './plan/index.ts';
export * from './units/index.ts';
export * from './template/index.ts';
export * from './ingest/index.ts';
export * from './store/index.ts';
export * from './evaluate/index.ts';
export * from './report/index.ts';
export * from './sign/index.ts';
export * from './consolidate/index.ts';
export * from './approve/index.ts';
export { runDemo, demoPaths, SAMPLES_DIR } from './run-demo.ts';
export * from './assess/index.ts';
export * from './allot/index.ts';
export * from './unit-report/index.ts';
