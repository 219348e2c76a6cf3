import type { Finding } from '../model/finding.ts';
import type { Plan, Target } from '../model/plan.ts';
import type { TargetCandidate } from '../model/target-candidate.ts';
import { COMPARATOR_LABEL } from '../vi/labels.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { formatViNumber } from '../vi/number.ts';
import { findTargets } from '../vi/target-phrase.ts';
import { matchKey } from '../vi/text.ts';

type Path = (string | number)[];

const describe = (t: Pick<Target, 'comparator' | 'value' | 'max' | 'unit'>): string =>
  `${COMPARATOR_LABEL[t.comparator]} ${formatViNumber(t.value)}${t.max !== undefined ? ` – ${formatViNumber(t.max)}` : ''} ${t.unit}`;

const agrees = (c: TargetCandidate, t: Target): boolean =>
  c.value === t.value && (c.max ?? undefined) === t.max && matchKey(c.unit) === matchKey(t.unit);

/**
 * Cross-check of each structured target against its own phrase: the phrase as written must
 * yield the declared value (and unit). A mismatch is a warning — the plan author may know better
 * than the parser — but it catches typed-in values that drifted from the decision's text.
 */
export function checkPhrases(plan: Plan, locate: (path: Path) => { path: Path; line?: number }): Finding[] {
  const findings: Finding[] = [];
  plan.targets.forEach((t, i) => {
    const candidates = findTargets(t.text);
    if (candidates.length === 0 || candidates.some((c) => agrees(c, t))) return;
    const parsed = candidates.map(describe).join('; ');
    findings.push(makeFinding('plan/phrase-mismatch', locate(['targets', i, 'value']), { id: t.id, text: t.text, parsed, declared: describe(t) }));
  });
  return findings;
}
