/** Finding codes of the report stage (src/report), with their severity. */
export const REPORT_CODES = {} as const;
export type ReportCode = keyof typeof REPORT_CODES;
