// The sample plan (samples/plan-2024.yaml) for every test folder: one file name, one way to load it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../src/model/plan.ts';
import { parsePlanText, requirePlan } from '../../src/plan/index.ts';

export const SAMPLE_PLAN_FILE = fileURLToPath(new URL('../../samples/plan-2024.yaml', import.meta.url));

/** The sample plan and its hash, loaded afresh: the caller may change its copy. */
export async function loadSamplePlan(): Promise<{ plan: Plan; hash: string }> {
  const { plan, hash } = await requirePlan(SAMPLE_PLAN_FILE);
  return { plan, hash };
}

let shared: Promise<{ plan: Plan; hash: string }> | undefined;
/** The sample plan and its hash, loaded once per test file: for callers that only read it. */
export function sharedSamplePlan(): Promise<{ plan: Plan; hash: string }> {
  shared ??= loadSamplePlan();
  return shared;
}

/** The sample plan parsed synchronously (no hash). */
export function samplePlanSync(): Plan {
  const result = parsePlanText(readFileSync(SAMPLE_PLAN_FILE, 'utf8'), 'plan-2024.yaml');
  if (!result.ok) throw new Error(result.findings.map((f) => f.message).join('\n'));
  return result.plan;
}
