export * from './text.ts';
export * from './number.ts';
export * from './period.ts';
export * from './date.ts';
export * from './labels.ts';
export * from './messages/index.ts';
export * from './schema-errors.ts';
