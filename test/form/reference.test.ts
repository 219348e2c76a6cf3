// The reference ingest compares workbooks with is derived from the plan without building a
// workbook. It must say exactly what a template as issued says: its metadata, its headers and
// the text of every locked label cell, read back from the written file.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, readCell } from '../../src/ingest/cells.ts';
import { readMeta } from '../../src/form/identity-sheet.ts';
import { referenceTemplate } from '../../src/form/reference.ts';
import { templateBuffer } from '../../src/template/index.ts';
import { samplePlan } from '../ingest/setup.ts';

describe('referenceTemplate', () => {
  for (const [org, period] of [
    ['MTTQ', '2024-Q1'],
    ['HCCB', '2024-Q2'],
    ['TDTN', '2024-Q4'],
  ] as const) {
    it(`${org} ${period}: metadata, headers and locked texts equal the template as written`, async () => {
      const { plan, hash } = await samplePlan();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await templateBuffer(plan, hash, org, period)) as unknown as ArrayBuffer);
      const written = readMeta(wb);
      if (written.state !== 'ok') throw new Error('template without metadata');
      const ref = referenceTemplate(plan, hash, org, period);
      expect(ref.meta).toEqual(written.meta);

      const ws = wb.getWorksheet(written.meta.sheet);
      if (!ws) throw new Error('no report sheet');
      const text = (address: string) => cellText(readCell(ws, address, []));
      for (const [key, letter] of Object.entries(written.meta.columns)) {
        expect(ref.headers[key as keyof typeof ref.headers], `header of ${key}`).toBe(text(`${letter}${ref.headerRow}`));
      }
      let compared = 0;
      for (const { id, row } of written.meta.rows) {
        const labels = ref.labels.get(id);
        expect(labels, id).toBeDefined();
        for (const [key, expected] of Object.entries(labels ?? {})) {
          const letter = written.meta.columns[key as keyof typeof written.meta.columns];
          expect(expected, `${id} ${key}`).toBe(text(`${letter}${row}`));
          if (expected !== '') compared++;
        }
      }
      // Task texts, target phrases and units were all there to compare.
      expect(compared).toBeGreaterThan(written.meta.rows.length);
    });
  }
});

describe('referenceTemplate of a plan with parts', () => {
  it('HCCB of plan-parts: part rows in the row map and their labels equal the template as written', async () => {
    const { fileURLToPath } = await import('node:url');
    const { requirePlan } = await import('../../src/plan/index.ts');
    const { plan, hash } = await requirePlan(fileURLToPath(new URL('../fixtures/plan-parts.yaml', import.meta.url)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateBuffer(plan, hash, 'HCCB', '2024-Q2')) as unknown as ArrayBuffer);
    const written = readMeta(wb);
    if (written.state !== 'ok') throw new Error('template without metadata');
    const ref = referenceTemplate(plan, hash, 'HCCB', '2024-Q2');
    expect(ref.meta).toEqual(written.meta);
    const ws = wb.getWorksheet(written.meta.sheet)!;
    const parts = written.meta.rows.filter((r) => r.kind === 'numerator' || r.kind === 'denominator');
    expect(parts).toHaveLength(4);
    for (const { id, row } of parts) {
      const label = ref.labels.get(id)?.task;
      expect(label, id).toMatch(/\((tử|mẫu) số\)$/);
      expect(cellText(readCell(ws, `${written.meta.columns.task}${row}`, []))).toBe(label);
    }
  });
});
