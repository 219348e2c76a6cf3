import type { Finding } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import { makeFinding } from '../vi/messages/index.ts';

type Path = (string | number)[];

/** How many target ids the finding names before "và N chỉ tiêu khác". */
const LISTED = 10;

/**
 * Targets `plan import` marked `review: true` (the parser was unsure) and nobody has checked yet:
 * one warning naming them, at the first one's `review` line. Forms made from such a plan may ask
 * for the wrong number; the warning stays until a person removes the mark.
 */
export function checkReview(plan: Plan, locate: (path: Path) => { path: Path; line?: number }): Finding[] {
  const marked = plan.targets.flatMap((t, i) => (t.review ? [{ id: t.id, i }] : []));
  const first = marked[0];
  if (!first) return [];
  const ids = marked.slice(0, LISTED).map((m) => m.id);
  return [
    makeFinding('plan/needs-review', { ...locate(['targets', first.i, 'review']), targetId: first.id }, {
      count: marked.length,
      ids: ids.join(', '),
      more: marked.length - ids.length,
    }),
  ];
}
