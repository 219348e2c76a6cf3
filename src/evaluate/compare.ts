import type { Target } from '../model/plan.ts';

/**
 * Number comparisons with a small relative tolerance, so that sums of decimals
 * (0,1 + 0,2) compare as a person would. "Exactly on target" is on target; a strict
 * comparator ("trên 70%") is NOT met by exactly 70.
 */
const tolerance = (b: number) => 1e-9 * Math.max(1, Math.abs(b));

export const atLeast = (a: number, b: number) => a >= b - tolerance(b);
export const atMost = (a: number, b: number) => a <= b + tolerance(b);
export const above = (a: number, b: number) => a > b + tolerance(b);
export const below = (a: number, b: number) => a < b - tolerance(b);
export const same = (a: number, b: number) => Math.abs(a - b) <= tolerance(b);

/** Caps ("tối đa", "dưới"): achieved means staying within the cap. */
export function isCap(target: Target): boolean {
  return target.comparator === 'lte' || target.comparator === 'lt';
}

/**
 * Whether a result meets the target's full-year value:
 * - gte "ít nhất": ≥ value; gt "trên": strictly > value;
 * - lte "tối đa": ≤ value; lt "dưới": strictly < value;
 * - eq "đạt 150.000 cây": treated as a level to reach — ≥ value (more is "Vượt chỉ tiêu");
 * - between "từ 15 - 20%": ≥ the lower bound. Above the upper bound also counts as achieved
 *   (exceeding a "xóa nghèo 15–20%" goal is better, not worse); see `aboveRange`.
 */
export function meetsTarget(target: Target, value: number): boolean {
  switch (target.comparator) {
    case 'gte':
    case 'eq':
    case 'between':
      return atLeast(value, target.value);
    case 'gt':
      return above(value, target.value);
    case 'lte':
      return atMost(value, target.value);
    case 'lt':
      return below(value, target.value);
  }
}

/** For a "between" target, the result is above the upper bound. */
export function isAboveRange(target: Target, value: number): boolean {
  return target.comparator === 'between' && target.max !== undefined && above(value, target.max);
}
