import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TargetSchema } from '../../src/model/plan.ts';
import { loadColumns, targetPhrase, targetUnit } from '../../src/template/index.ts';
import { tempDir } from './fixtures.ts';

const target = (over: Record<string, unknown>) =>
  TargetSchema.parse({ id: 't', task: 'k', text: 'x', comparator: 'gte', value: 600, unit: 'hội viên', kind: 'count', ...over });

describe('targetPhrase / targetUnit', () => {
  it.each([
    [{}, '≥ 600'],
    [{ comparator: 'gt', value: 70, unit: '%', kind: 'percent' }, '> 70%'],
    [{ comparator: 'between', value: 15, max: 20, unit: '%', kind: 'percent' }, '15 – 20%'],
    [{ comparator: 'eq', value: 900000, unit: 'đồng', per: 'hội viên', kind: 'rate' }, '900.000'],
    [{ comparator: 'lte', value: 2 }, '≤ 2'],
    [{ comparator: 'gte', value: 150000, unit: 'cây' }, '≥ 150.000'],
  ])('%j → %s', (over, phrase) => {
    expect(targetPhrase(target(over))).toBe(phrase);
  });

  it('rate with a "per" unit → "đồng/hội viên"', () => {
    expect(targetUnit(target({ unit: 'đồng', per: 'hội viên', kind: 'rate' }))).toBe('đồng/hội viên');
  });
});

describe('templates/columns.yaml', () => {
  it('the shipped file → loads, with the optional previous column and the id column', () => {
    const keys = loadColumns().columns.map((c) => c.key);
    expect(keys).toContain('previous');
    expect(keys).toContain('id');
  });

  it('a column with the wrong kind or a missing required column → throws naming the problem', () => {
    const dir = tempDir('cols');
    const file = join(dir, 'columns.yaml');
    writeFileSync(file, 'columns:\n  - { key: stt, header: STT, width: 5, kind: number, rows: [task] }\n');
    expect(() => loadColumns(pathToFileURL(file))).toThrow(/"stt".*"label"|thiếu cột/s);
  });
});
