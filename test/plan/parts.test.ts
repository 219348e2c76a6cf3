// Plan targets may declare `parts` (numerator, denominator): only a percent or a rate.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/plan/index.ts';

const text = readFileSync(fileURLToPath(new URL('../fixtures/plan-parts.yaml', import.meta.url)), 'utf8');

describe('plan parts', () => {
  it('parts on percent and rate targets → valid, kept as written', () => {
    const r = parsePlanText(text, 'plan-parts.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.targets.filter((t) => t.parts).map((t) => [t.id, t.kind])).toEqual([['MTTQ-1-t1', 'percent'], ['HCCB-1-t1', 'percent'], ['HCCB-1-t2', 'rate']]);
  });

  it('parts on a count target → plan/invalid-field at targets[1].parts', () => {
    const bad = text.replace('    kind: count\n    cumulative: true', '    kind: count\n    cumulative: true\n    parts:\n      numerator: "a"\n      denominator: "b"');
    const r = parsePlanText(bad, 'plan-parts.yaml');
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.path?.join('.')])).toEqual([['plan/invalid-field', 'targets.1.parts']]);
  });

  it('parts missing a denominator → invalid', () => {
    const bad = text.replace('      denominator: "Tổng số khu dân cư"\n', '');
    expect(parsePlanText(bad, 'plan-parts.yaml').ok).toBe(false);
  });
});
