import { z } from 'zod';
import type { Finding } from '../model/finding.ts';
import { makeFinding } from '../vi/messages/index.ts';

type Path = (string | number)[];

const Str = z.string().optional().catch(undefined);
const Item = <T extends z.ZodRawShape>(shape: T) => z.array(z.looseObject(shape).catch({} as never)).catch([]);
/** The plan read loosely: only the fields the cross references need, anything else ignored. */
const LoosePlan = z
  .looseObject({
    organizations: Item({ code: Str, parent: Str }),
    tasks: Item({ id: Str, org: Str, parent: Str }),
    targets: Item({ id: Str, task: Str }),
    focus: Item({ org: Str }),
  })
  .catch({ organizations: [], tasks: [], targets: [], focus: [] });

/**
 * Cross-reference checks the schema cannot express: unique ids, known organisations, tasks and
 * parents. Works on the raw document too, so a plan with schema errors still gets these findings
 * in the same run (every problem at once).
 */
export function checkReferences(raw: unknown, locate: (path: Path) => { path: Path; line?: number }): Finding[] {
  const plan = LoosePlan.parse(raw);
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  const unique = (id: string | undefined, path: Path) => {
    if (!id) return;
    const first = seen.get(id);
    if (first) findings.push(makeFinding('plan/duplicate-id', locate(path), { id, first }));
    else seen.set(id, path.join('.').replace(/\.(\d+)/g, '[$1]'));
  };
  plan.organizations.forEach((o, i) => unique(o.code, ['organizations', i, 'code']));
  plan.tasks.forEach((t, i) => unique(t.id, ['tasks', i, 'id']));
  plan.targets.forEach((t, i) => unique(t.id, ['targets', i, 'id']));

  const orgs = new Set(plan.organizations.map((o) => o.code));
  const tasks = new Set(plan.tasks.map((t) => t.id));
  plan.organizations.forEach((o, i) => {
    if (o.parent && !orgs.has(o.parent)) {
      findings.push(makeFinding('plan/unknown-parent', locate(['organizations', i, 'parent']), { id: o.code, parent: o.parent }));
    }
  });
  plan.tasks.forEach((t, i) => {
    if (t.org && !orgs.has(t.org)) findings.push(makeFinding('plan/unknown-org', locate(['tasks', i, 'org']), { id: t.id, org: t.org }));
    if (t.parent && !tasks.has(t.parent)) {
      findings.push(makeFinding('plan/unknown-parent', locate(['tasks', i, 'parent']), { id: t.id, parent: t.parent }));
    }
  });
  plan.targets.forEach((t, i) => {
    if (t.task && !tasks.has(t.task)) findings.push(makeFinding('plan/unknown-task', locate(['targets', i, 'task']), { id: t.id, task: t.task }));
  });
  plan.focus.forEach((f, i) => {
    if (f.org && !orgs.has(f.org)) findings.push(makeFinding('plan/unknown-org', locate(['focus', i, 'org']), { id: `focus[${i}]`, org: f.org }));
  });
  plan.organizations.forEach((o, i) => {
    if (o.code && !plan.tasks.some((t) => t.org === o.code)) findings.push(makeFinding('plan/no-tasks', locate(['organizations', i]), { org: o.code }));
  });
  return findings;
}
