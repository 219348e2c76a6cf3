import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FillData, Plan } from '../../src/model/index.ts';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';

import { sharedSamplePlan as samplePlan } from '../helpers/sample-plan.ts';

export { SAMPLE_PLAN_FILE as PLAN_FILE } from '../helpers/sample-plan.ts';
export { samplePlan };

export function tempDir(prefix = 'ingest-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every task of an organisation marked in progress, with the reporter filled: a clean baseline. */
export function baseFill(plan: Plan, org: string): Required<Pick<FillData, 'tasks' | 'info'>> & { targets: NonNullable<FillData['targets']> } {
  const tasks: NonNullable<FillData['tasks']> = {};
  for (const t of plan.tasks.filter((k) => k.org === org)) tasks[t.id] = { progress: 'Đang thực hiện' };
  return {
    tasks,
    targets: {},
    info: { reporterName: 'Nguyễn Thị Lan', reporterPhone: '0252 3822 123', reportDate: '2024-04-05', signerTitle: 'CHỦ TỊCH', signerName: 'Trần Văn Hùng' },
  };
}

/** A generated template of the sample plan, filled like a user would. */
export async function filledWorkbook(org: string, period: string, fill: (base: ReturnType<typeof baseFill>) => FillData): Promise<Buffer> {
  const { plan, hash } = await samplePlan();
  const template = await templateBuffer(plan, hash, org, period);
  return fillWorkbook(template, fill(baseFill(plan, org)));
}
