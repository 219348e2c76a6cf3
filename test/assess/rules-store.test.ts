import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AssessRulesError, assessFromStore, decideGrade, loadAssessmentRules } from '../../src/assess/index.ts';
import { openStore, SCHEMA_VERSION } from '../../src/store/index.ts';
import { migrate } from '../../src/store/schema.ts';
import { ORG, quarterReport, rules2025, yearPlan } from './fixtures.ts';

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'assess-')), name);

async function rulesError(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AssessRulesError) return error.findings.map((f) => f.code);
    throw error;
  }
  return [];
}

describe('rules files', () => {
  it('templates for 2024 and 2025 load, each names itself and ends with a band without conditions', async () => {
    for (const year of [2024, 2025]) {
      const rules = await loadAssessmentRules(year);
      expect(rules.year).toBe(year);
      expect(rules.bands.map((b) => b.id)).toEqual(['xuat-sac', 'tot', 'hoan-thanh', 'khong-hoan-thanh']);
      expect(rules.bands.at(-1)?.conditions).toEqual([]);
    }
    expect((await loadAssessmentRules(2025)).id).toBe('qd-366-2025');
  });

  it('the 2025 boundaries are the ones of 366-QĐ/TW: ≥ 30% exceeded, ≤ 20% behind', async () => {
    const rules = await loadAssessmentRules(2025);
    const cond = (band: string, metric: string) => rules.bands.find((b) => b.id === band)?.conditions.find((c) => c.metric === metric);
    expect(cond('xuat-sac', 'targetsExceededShare')).toMatchObject({ op: 'gte', value: 0.3 });
    expect(cond('hoan-thanh', 'tasksBehindShare')).toMatchObject({ op: 'lte', value: 0.2 });
    expect(cond('hoan-thanh', 'tasksNotDone')).toMatchObject({ op: 'lte', value: 0 });
  });

  it('a year without a rules file → assess/rules-missing', async () => {
    expect(await rulesError(loadAssessmentRules(2031))).toEqual(['assess/rules-missing']);
  });

  it('the 2024 file used for 2025 → assess/rules-year', async () => {
    expect(await rulesError(loadAssessmentRules(2025, join(import.meta.dirname, '../../templates/assessment-2024.yaml')))).toEqual(['assess/rules-year']);
  });

  it('a last band with conditions, and an unknown metric → assess/rules-invalid for each', async () => {
    const file = tempFile('bad.yaml');
    await writeFile(
      file,
      [
        'id: x', 'title: "Quy tắc thử"', 'version: "1"', 'year: 2025', 'incomplete: { mode: provisional }',
        'bands:',
        '  - { id: a, name: "Mức A", conditions: [{ metric: tasksMagic, op: gte, value: 1, text: "x" }] }',
        '  - { id: b, name: "Mức B", conditions: [{ metric: tasksNotDone, op: lte, value: 0, text: "y" }] }',
      ].join('\n'),
    );
    const codes = await rulesError(loadAssessmentRules(2025, file));
    expect(codes.length).toBeGreaterThanOrEqual(1);
    expect(new Set(codes)).toEqual(new Set(['assess/rules-invalid']));
  });
});

describe('committee decisions in the store', () => {
  it('a store at schema 5 (before decisions) is migrated: the table appears, its data kept', () => {
    const file = tempFile('v5.db');
    const db = new Database(file);
    migrate(db, 5);
    db.prepare("INSERT INTO plans (id, hash, json, saved_at) VALUES ('p', 'h', '{}', '2024-01-01')").run();
    db.close();
    const store = openStore(file);
    expect(store.gradeDecisions?.('p', 2025)).toEqual([]);
    store.close();
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(6); // later migrations come after decisions (6)
    expect(after.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 1 });
    after.close();
  });

  it('decide records the grade beside the proposal; the latest decision is the one shown', async () => {
    const rules = await rules2025();
    const plan = yearPlan({ tasks: 2, targets: 1 });
    const store = openStore(':memory:');
    store.savePlan(plan, 'h');
    for (const q of [1, 2, 3, 4]) {
      const s = quarterReport(plan, q, q === 4 ? { cumulative: { 0: 100 } } : {});
      store.recordAccepted({ ...s, findings: [] });
    }
    const first = decideGrade(plan, 2025, store, { org: 'hccb', grade: 'xuat-sac', reason: 'Có thành tích đột xuất', rules, decidedAt: '2026-01-20T08:00:00Z' });
    expect(first.decision).toMatchObject({ org: ORG, band: 'xuat-sac', proposedBand: 'tot', rulesId: 'qd-366-2025' });
    decideGrade(plan, 2025, store, { org: ORG, grade: 'Hoàn thành tốt nhiệm vụ', reason: 'Giữ như đề xuất', rules });
    const { assessment } = assessFromStore(plan, 2025, store, rules);
    const o = assessment.organizations[0];
    expect(o?.proposal.band).toBe('tot');
    expect(o?.decision).toMatchObject({ band: 'tot', reason: 'Giữ như đề xuất' });
    expect(store.gradeDecisions?.(plan.id, 2025)).toHaveLength(2);
    store.close();
  });

  it('an unknown grade or organisation → a finding, nothing recorded', async () => {
    const rules = await rules2025();
    const plan = yearPlan({ tasks: 1, targets: 0 });
    const store = openStore(':memory:');
    expect(decideGrade(plan, 2025, store, { org: ORG, grade: 'gioi', reason: 'x', rules }).findings.map((f) => f.code)).toEqual(['assess/unknown-grade']);
    expect(decideGrade(plan, 2025, store, { org: 'XYZ', grade: 'tot', reason: 'x', rules }).findings.map((f) => f.code)).toEqual(['assess/unknown-org']);
    expect(store.gradeDecisions?.(plan.id, 2025)).toEqual([]);
    store.close();
  });
});
