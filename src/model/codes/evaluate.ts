/** Finding codes of the evaluate stage (src/evaluate), with their severity. */
export const EVALUATE_CODES = {
  /** A quarter's reported cumulative differs from the sum of the in-period values up to it. */
  'evaluate/cumulative-mismatch': 'warning',
  /** A quarter's reported cumulative is lower than the previous quarter's. */
  'evaluate/cumulative-decreased': 'warning',
  /** No cumulative reported for the period: the sum of the in-period values was used. */
  'evaluate/cumulative-summed': 'info',
  /** A percent/rate target has no level for the period: the latest earlier quarter's level was used. */
  'evaluate/level-from-earlier-quarter': 'info',
  /** The period's quarter has nothing for a cumulative target: the latest earlier cumulative is shown, marked as carried. */
  'evaluate/cumulative-from-earlier-quarter': 'info',
  /** A range target ("từ 15 - 20%") came out above its upper bound (counted as achieved). */
  'evaluate/above-range': 'info',
} as const;
export type EvaluateCode = keyof typeof EVALUATE_CODES;
