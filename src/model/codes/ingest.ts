/** Finding codes of the ingest stage (src/ingest), with their severity. */
export const INGEST_CODES = {} as const;
export type IngestCode = keyof typeof INGEST_CODES;
