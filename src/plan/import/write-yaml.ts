/**
 * The drafted plan as a human-friendly YAML file: a header saying how it was made, one comment
 * per organisation before its tasks, a comment on each target a person should review.
 * Validated with PlanSchema before writing; an existing file is never overwritten without force.
 */
import { access, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Document, isMap, isSeq, type Node } from 'yaml';
import type { Finding } from '../../model/finding.ts';
import type { PlanImportResult } from '../../model/plan-import.ts';
import { PlanSchema } from '../../model/plan.ts';
import { describeError } from '../../vi/errors.ts';
import { IMPORT_TEXT } from '../../vi/import-words.ts';
import { formatPath, makeFinding } from '../../vi/messages/index.ts';

/** YAML text of the drafted plan, with review comments. */
export function planToYaml(result: PlanImportResult, sourceName: string): string {
  const { plan } = result;
  const doc = new Document(plan);
  doc.commentBefore = IMPORT_TEXT.yamlHeader(sourceName);
  const deadline = doc.getIn(['reporting', 'deadline'], true);
  if (deadline && typeof deadline === 'object') (deadline as Node).commentBefore = IMPORT_TEXT.yamlDeadline;

  if (result.yearReview) {
    const key = plan.term ? 'term' : 'year';
    const pair = (doc.contents as unknown as { items?: Array<{ key: { value?: unknown; commentBefore?: string } }> }).items?.find((p) => p.key.value === key);
    if (pair) pair.key.commentBefore = IMPORT_TEXT.yamlInferredYear(result.yearReview);
  }
  const orgs = doc.get('organizations', true);
  if (isSeq(orgs)) {
    orgs.items.forEach((item, i) => {
      if (isMap(item) && plan.organizations[i]?.reporting === false) item.commentBefore = IMPORT_TEXT.yamlNotReporting;
    });
  }
  const tasks = doc.get('tasks', true);
  const targets = doc.get('targets', true);
  const targetCount = new Map<string, number>();
  const orgOfTask = new Map(plan.tasks.map((t) => [t.id, t.org]));
  for (const t of plan.targets ?? []) {
    const org = orgOfTask.get(t.task) ?? '';
    targetCount.set(org, (targetCount.get(org) ?? 0) + 1);
  }
  if (isSeq(tasks)) {
    let previousOrg = '';
    tasks.items.forEach((item, i) => {
      const task = plan.tasks[i];
      if (!task || task.org === previousOrg || !isMap(item)) return;
      previousOrg = task.org;
      const org = plan.organizations.find((o) => o.code === task.org);
      item.spaceBefore = i > 0;
      item.commentBefore = IMPORT_TEXT.yamlOrganization(task.org, org?.name ?? task.org, result.tasksByOrg[task.org]?.length ?? 0, targetCount.get(task.org) ?? 0);
    });
  }
  if (isSeq(targets)) {
    targets.items.forEach((item, i) => {
      if (isMap(item) && plan.targets?.[i]?.review) item.commentBefore = IMPORT_TEXT.yamlReview;
    });
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * Writes the drafted plan to `output` unless it is invalid or the file exists (without `force`).
 * Returns the findings that prevented writing; [] when written.
 */
export async function writeImportedPlan(result: PlanImportResult, output: string, options: { force?: boolean; sourceName: string }): Promise<Finding[]> {
  const checked = PlanSchema.safeParse(result.plan);
  if (!checked.success) {
    return checked.error.issues.slice(0, 5).map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      return makeFinding('import/invalid-draft', { file: basename(output), path }, { path: formatPath(path), reason: issue.message });
    });
  }
  if (!options.force && (await exists(output))) {
    return [makeFinding('import/output-exists', { file: basename(output) }, { file: output })];
  }
  try {
    await writeFile(output, planToYaml(result, options.sourceName), 'utf8');
  } catch (error) {
    const reason = describeError(error);
    return [makeFinding('import/unwritable', { file: basename(output) }, { file: output, reason })];
  }
  return [];
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
