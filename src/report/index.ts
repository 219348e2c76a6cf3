// Public entry of src/report. Other stages import only this file.
export {};
export * from './xlsx/index.ts';
