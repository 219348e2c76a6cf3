import { createHash } from 'node:crypto';
import type { Plan } from '../model/plan.ts';

/** JSON with object keys sorted, so the hash depends on content, not on key order or formatting. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** SHA-256 (hex) of the plan's canonical content: the version stamped into every workbook. */
export function planHash(plan: Plan): string {
  return createHash('sha256').update(JSON.stringify(canonical(plan))).digest('hex');
}
