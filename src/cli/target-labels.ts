import type { Plan, Target } from '../model/plan.ts';
import { planIndex } from '../plan/index.ts';

/** The item number a target is listed under: its task's ("8.3"), or the parent's for a "- " sub-item; "" when none. */
function itemNumber(plan: Plan, target: Target): string {
  const { taskById } = planIndex(plan);
  const task = taskById.get(target.task);
  if (!task) return '';
  if (/\d/.test(task.number)) return task.number;
  const parent = task.parent ? taskById.get(task.parent) : undefined;
  return parent && /\d/.test(parent.number) ? parent.number : '';
}

const chars = (s: string) => [...s];
const cut = (s: string, width: number) => (chars(s).length > width ? `${chars(s).slice(0, Math.max(0, width - 1)).join('')}…` : s);

/**
 * Names of a list of targets that fit `width` characters and that a reader can tell apart: the
 * item number, then the target's text; when two texts still begin alike for the whole width
 * ("Phát triển mới 17.000 đoàn viên…" / "Phát triển mới 20.000 hội viên…"), from a little before
 * where they differ ("8.3 …20.000 hội viên"); the same text twice gets its id.
 */
export function targetLabels(plan: Plan, targets: readonly Target[], width: number): string[] {
  const texts = targets.map((t) => t.text.replace(/\s+/g, ' ').trim());
  const prefixes = targets.map((t) => {
    const n = itemNumber(plan, t);
    return n ? `${n} ` : '';
  });
  const labels = targets.map((_, i) => cut(`${prefixes[i]}${texts[i]}`, width));
  return labels.map((label, i) => {
    const same = labels.flatMap((other, j) => (j !== i && other === label ? [j] : []));
    if (same.length === 0) return label;
    const text = chars(texts[i] as string);
    if (same.some((j) => texts[j] === texts[i])) return cut(`${prefixes[i]}${(targets[i] as Target).id} ${texts[i]}`, width);
    // Where this text parts from the others, counted in characters.
    const differ = Math.max(...same.map((j) => {
      const other = chars(texts[j] as string);
      let k = 0;
      while (k < text.length && text[k] === other[k]) k++;
      return k;
    }));
    const from = Math.max(0, differ - 8);
    return cut(`${prefixes[i]}…${text.slice(from).join('')}`, width);
  });
}
