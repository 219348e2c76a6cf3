import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INGEST_CODES, type IngestCode } from '../../src/model/codes/ingest.ts';
import { PROGRESS_LABEL } from '../../src/vi/labels.ts';
import { makeFinding } from '../../src/vi/messages/index.ts';
import { parseViNumber } from '../../src/vi/number.ts';
import { loadColumns, templateBuffer } from '../../src/template/index.ts';
import { layoutOf } from '../ingest/workbook-edit.ts';
import { samplePlan, tempDir } from './fixtures.ts';

interface Validation { type: string; operator: string | null; sqref: string; formula1: string | null; formula2: string | null; prompt: string | null; error: string | null }

/** The ingest findings about a number cell: what they tell the clerk to type must be what the form lets them type. */
const NUMBER_CELL_CODES: IngestCode[] = [
  'ingest/not-a-number', 'ingest/negative', 'ingest/percent-over-100', 'ingest/ambiguous-number', 'ingest/fraction-in-whole-unit',
  'ingest/excel-error', 'ingest/number-with-remark', 'ingest/period-blank-cumulative-filled',
];
const ARGS = { actual: '12a', column: 'Lũy kế từ đầu năm', value: '1,5', other: '1.500', unit: 'hội viên', suggestion: '1.200', cumulative: '4', remark: 'ước tính', ambiguity: 'comma-three-digits' };

/** Whether Excel/LibreOffice let a typed entry through a validation: a number entry as the number it becomes, text only where text is allowed. */
function accepts(v: Validation, typed: string): boolean {
  const parsed = parseViNumber(typed);
  const isNumber = parsed !== null && parsed.rest === '' && !parsed.percent;
  if (v.type !== 'decimal' && v.type !== 'whole') return true;
  if (!isNumber) return false;
  const x = parsed.value;
  const [a, b] = [Number(v.formula1), Number(v.formula2)];
  switch (v.operator) {
    case null: // OOXML's default operator
    case 'between': return x >= a && x <= b;
    case 'greaterThanOrEqual': return x >= a;
    default: throw new Error(`operator ${v.operator} not modelled`);
  }
}

/**
 * What a text tells a clerk to type: every quoted entry that is not a column's or a choice's name,
 * and every number written as an example ("ví dụ 85 hoặc 85,5", "gõ 0").
 */
function entriesIn(text: string, names: ReadonlySet<string>): string[] {
  const quoted = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string).filter((q) => !names.has(q));
  const unquoted = text.replace(/"[^"]*"/g, ' ');
  const numbers = [...unquoted.matchAll(/(?<![\p{L}\d])\d[\d.,]*\d?(?:\s?%)?/gu)].map((m) => m[0].replace(/[.,]$/, ''));
  return [...quoted, ...numbers];
}

describe('number cells: the form, its validation and the hints say one thing', () => {
  let validations: Validation[];
  let numberValidations: Validation[];
  let guide: string[];
  const names = new Set([...loadColumns().columns.map((c) => c.header), ...Object.values(PROGRESS_LABEL), 'Báo cáo', 'Thông tin', 'Hướng dẫn']);
  beforeAll(async () => {
    const { plan, hash } = await samplePlan();
    const buf = await templateBuffer(plan, hash, 'HCCB', '2024-Q2');
    const file = join(tempDir('number-entry'), 'hccb.xlsx');
    writeFileSync(file, buf);
    const script = new URL('./validations_dump.py', import.meta.url).pathname;
    ({ validations, guide } = JSON.parse(execFileSync('/usr/bin/python3', [script, file], { encoding: 'utf8', timeout: 60_000 })) as { validations: Validation[]; guide: string[] });
    const { meta } = await layoutOf(buf);
    const letters = [meta.columns.inPeriod, meta.columns.cumulative];
    numberValidations = validations.filter((v) => letters.some((l) => new RegExp(`^${l}\\d`).test(v.sqref)));
  });

  it('number cells → a numeric validation that stops other entries, a plain one and a 0–100 one for percents', () => {
    expect(new Set(numberValidations.map((v) => `${v.type}/${v.operator}/${v.formula1}/${v.formula2 ?? ''}`))).toEqual(
      new Set(['decimal/greaterThanOrEqual/0/', 'decimal/null/0/100']),
    );
  });

  it('each number cell validation → accepts every entry its own prompt and error message show', () => {
    const refused = numberValidations.flatMap((v) =>
      entriesIn(`${v.prompt ?? ''} ${v.error ?? ''}`, names).filter((e) => !accepts(v, e)).map((e) => `${v.sqref}: ${e}`),
    );
    expect(refused).toEqual([]);
    // The prompts do say what to type.
    expect(numberValidations.every((v) => entriesIn(v.prompt ?? '', names).length > 0)).toBe(true);
  });

  it('the guide sheet and the ingest hints for number cells → recommend only entries some number validation accepts (no words, no "%")', () => {
    const guideLines = guide.filter((l) => /nhập số|gõ/i.test(l));
    expect(guideLines.length).toBeGreaterThan(0);
    const hints = NUMBER_CELL_CODES.map((code) => {
      const f = makeFinding(code, {}, ARGS);
      expect(INGEST_CODES[code]).toBeDefined();
      return f.hint ?? '';
    });
    const refused = [...guideLines, ...hints].flatMap((text) =>
      entriesIn(text, names).filter((e) => !numberValidations.some((v) => accepts(v, e))).map((e) => `${e} ← ${text.slice(0, 60)}`),
    );
    expect(refused).toEqual([]);
  });
});
