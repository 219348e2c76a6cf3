/** Finding codes of the import stage (src/import), with their severity. */
export const IMPORT_CODES = {} as const;
export type ImportCode = keyof typeof IMPORT_CODES;
