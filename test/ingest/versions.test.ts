import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateFromStore } from '../../src/evaluate/index.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import type { IngestOptions, OnRemovedFigures, Plan } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { samplePlan, tempDir } from './setup.ts';
import { editWorkbook, layoutOf } from './workbook-edit.ts';

const SAMPLE = join(import.meta.dirname, '../../samples/filled/BC quy II - Hoi CCB.xlsx');
const FIRST = '2024-07-04T03:20:00.000Z';
const LATER = '2024-07-06T02:00:00.000Z';

let plan: Plan;
let hash: string;
let original: Buffer;
/** A1 addresses of the HCCB Q2 sample's target cells that hold a figure. */
let filledCells: string[];

beforeAll(async () => {
  ({ plan, hash } = await samplePlan());
  original = readFileSync(SAMPLE);
  const { meta, cell } = await layoutOf(original);
  const targetCells = meta.rows.filter((r) => r.kind === 'target').flatMap((r) => [cell(r.id, 'inPeriod'), cell(r.id, 'cumulative')]);
  filledCells = [];
  await editWorkbook(original, (_wb, ws) => {
    for (const a of targetCells) if (ws.getCell(a).value !== null && ws.getCell(a).value !== '') filledCells.push(a);
  });
});

/** The sample form sent again with every target cell emptied, as a clerk re-saving a cleared copy would. */
async function blanked(): Promise<Buffer> {
  const { meta, cell } = await layoutOf(original);
  return editWorkbook(original, (_wb, ws) => {
    for (const r of meta.rows.filter((x) => x.kind === 'target')) {
      ws.getCell(cell(r.id, 'inPeriod')).value = null;
      ws.getCell(cell(r.id, 'cumulative')).value = null;
    }
  });
}

/** Ingests the sample, then `second` later; returns the second file's result and the store. */
async function resend(second: Buffer, over: Partial<IngestOptions> = {}, receivedAt = LATER) {
  const dir = tempDir('versions-');
  const first = join(dir, 'BC quy II - Hoi CCB.xlsx');
  const again = join(dir, 'BC quy II - Hoi CCB (gui lai).xlsx');
  writeFileSync(first, original);
  writeFileSync(again, second);
  const store = openStore(':memory:');
  await ingestFiles([first], { plan, planHash: hash, store, receivedAt: FIRST });
  const before = evaluateFromStore(plan, '2024-Q2', store).organizations.find((o) => o.org === 'HCCB');
  const r = await ingestFiles([again], { plan, planHash: hash, store, receivedAt, ...over });
  const after = evaluateFromStore(plan, '2024-Q2', store).organizations.find((o) => o.org === 'HCCB');
  return { file: r.files[0]!, store, before, after, first, again };
}

const withFigures = (o: { targets: { value: number | null }[] } | undefined) => o?.targets.filter((t) => t.value !== null).length;

describe('a re-sent form that loses figures (issue 23, defect 3)', () => {
  it('every target cell emptied → held for confirmation, one warning per emptied cell, the old figures stay current', async () => {
    expect(filledCells.length).toBeGreaterThan(0);
    const { file, store, before, after, first } = await resend(await blanked());
    expect(file.outcome).toBe('held');
    const removed = file.findings.filter((f) => f.code === 'ingest/figure-removed');
    expect(removed.map((f) => f.cell).sort()).toEqual([...filledCells].sort());
    expect(removed.every((f) => f.severity === 'warning' && f.sheet === 'Báo cáo' && f.targetId)).toBe(true);
    const held = file.findings.find((f) => f.code === 'ingest/held');
    expect(held?.severity).toBe('warning');
    for (const c of filledCells) expect(held?.message).toContain(c);
    expect(store.currentVersion(plan.id, 'HCCB', '2024-Q2')?.fileName).toBe(first);
    expect(after?.fileName).toBe(first);
    expect(withFigures(after)).toBe(withFigures(before));
    expect(withFigures(before)).toBeGreaterThan(0);
  });

  it('the title block\'s organisation line changed → held, a title-changed warning naming its cell', async () => {
    const changed = await editWorkbook(original, (_wb, ws) => {
      ws.getCell('A3').value = 'Đơn vị báo cáo: Hội Nông dân tỉnh';
    });
    const { file, store, first } = await resend(changed);
    expect(file.outcome).toBe('held');
    expect(file.findings.filter((f) => f.code === 'ingest/title-changed').map((f) => [f.cell, f.severity])).toEqual([['A3', 'warning']]);
    expect(file.findings.find((f) => f.code === 'ingest/held')?.message).toContain('A3');
    expect(store.currentVersion(plan.id, 'HCCB', '2024-Q2')?.fileName).toBe(first);
  });

  it('a re-sent form that keeps every figure → replaces the old one as before', async () => {
    const edited = await editWorkbook(original, (_wb, ws) => {
      ws.getCell('A1').value = ws.getCell('A1').value; // re-saved: new bytes, same content
    });
    const { file } = await resend(edited);
    expect(file.outcome).toBe('superseded');
    expect(file.findings.filter((f) => f.code === 'ingest/figure-removed' || f.code === 'ingest/held')).toEqual([]);
  });

  it.each<[OnRemovedFigures, string, boolean]>([
    ['accept', 'superseded', true],
    ['reject', 'rejected', false],
  ])('setting onRemovedFigures=%s → %s, the emptied cells still named', async (mode, outcome, replaced) => {
    const { file, store, first, again } = await resend(await blanked(), { onRemovedFigures: mode });
    expect(file.outcome).toBe(outcome);
    expect(file.findings.filter((f) => f.code === 'ingest/figure-removed')).toHaveLength(filledCells.length);
    expect(file.findings.some((f) => f.code === 'ingest/replacement-refused')).toBe(mode === 'reject');
    expect(store.currentVersion(plan.id, 'HCCB', '2024-Q2')?.fileName).toBe(replaced ? again : first);
  });
});

describe('receipt order (issue 23, defect 4)', () => {
  it('v2 received 05/7, then v1 (other bytes) received 01/7 → v2 stays current, v1 goes into history', async () => {
    const dir = tempDir('order-');
    const v2 = join(dir, 'v2.xlsx');
    const v1 = join(dir, 'v1.xlsx');
    writeFileSync(v2, original);
    writeFileSync(v1, await editWorkbook(original, (_wb, ws) => {
      ws.getCell('A1').value = ws.getCell('A1').value;
    }));
    const store = openStore(':memory:');
    await ingestFiles([v2], { plan, planHash: hash, store, receivedAt: '2024-07-05T02:00:00.000Z' });
    const r = await ingestFiles([v1], { plan, planHash: hash, store, receivedAt: '2024-07-01T02:00:00.000Z' });
    expect(r.files[0]?.outcome).toBe('archived');
    expect(r.files[0]?.findings.map((f) => f.code)).toContain('ingest/archived');
    expect(store.currentSubmissions(plan.id, '2024-Q2').map((s) => s.fileName)).toEqual([v2]);
    expect(store.supersededSubmissions(plan.id, '2024-Q2').map((s) => s.fileName)).toEqual([v1]);
  });
});
