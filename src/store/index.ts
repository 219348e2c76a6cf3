// Public entry of src/store. Other stages import only this file.
export { openStore } from './sqlite-store.ts';
export { SCHEMA_VERSION } from './schema.ts';
