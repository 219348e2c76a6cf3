/** Finding codes of the evaluate stage (src/evaluate), with their severity. */
export const EVALUATE_CODES = {} as const;
export type EvaluateCode = keyof typeof EVALUATE_CODES;
