/** baocao — the library API. Each stage has one entry; this file only re-exports. */
export * from './model/index.ts';
export * from './vi/index.ts';
