import { mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, ingestFiles } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/index.ts';
import { FEEDBACK_TEXT } from '../../src/vi/messages/ingest.ts';
import { ENCRYPTION_PASSWORD, writeBadInputs } from '../fixtures/bad-inputs.ts';
import { filledWorkbook, samplePlan, tempDir } from '../ingest/setup.ts';
import { layoutOf } from '../ingest/workbook-edit.ts';

describe('ingest batch over the bad-input corpus', () => {
  let dir: string;
  let expected: Record<string, string>;
  beforeAll(async () => {
    dir = tempDir('corpus-');
    expected = await writeBadInputs(dir);
  });

  it('each bad file → its own finding and outcome, the batch goes on, inputs untouched', async () => {
    const { plan, hash } = await samplePlan();
    const store = openStore(':memory:');
    const before = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f)).length]);
    const result = await ingestFiles([dir], { plan, planHash: hash, store, receivedAt: '2024-04-08T01:00:00.000Z' });
    const byName = new Map(result.files.map((f) => [f.file.slice(dir.length + 1), f]));
    expect([...byName.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [name, code] of Object.entries(expected)) {
      const f = byName.get(name);
      expect([name, code ? f?.findings[0]?.code : f?.findings.length]).toEqual([name, code || 0]);
    }
    expect(Object.fromEntries([...byName].map(([n, f]) => [n, f.outcome]))).toEqual({
      '01-empty.xlsx': 'unreadable',
      '02-random-bytes.xlsx': 'unreadable',
      '03-letter-docx-renamed.xlsx': 'unreadable',
      '04-truncated.xlsx': 'unreadable',
      '05-password.xlsx': 'unreadable',
      '06-zip-bomb.xlsx': 'unreadable',
      '07-wrong-period.xlsx': 'rejected',
      '08-meta-deleted.xlsx': 'accepted',
      '09-good.xlsx': 'accepted',
      '10-duplicate-of-good.xlsx': 'duplicate',
    });
    expect(result.summary).toEqual({ accepted: 2, superseded: 0, held: 0, archived: 0, duplicate: 1, rejected: 1, unreadable: 6 });
    // What the clerk reads is Vietnamese: no English of Node's or the zip and XML libraries' errors.
    const texts = result.files.flatMap((f) => f.findings.flatMap((x) => [x.message, x.hint ?? '']));
    expect(texts.filter((t) => /\b(the|not|no|found|file|is|of|signature|directory|unexpected|invalid|error)\b/i.test(t))).toEqual([]);
    expect(store.ingestLog().length).toBe(10);
    expect(store.currentSubmissions(plan.id, '2024-Q1').map((s) => s.org)).toEqual(['HCCB', 'HND']);
    const after = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f)).length]);
    expect(after).toEqual(before);
  });

  it('password-protected workbook with --password → read and accepted', async () => {
    const { plan, hash } = await samplePlan();
    const store = openStore(':memory:');
    const r = await ingestFiles([join(dir, '05-password.xlsx')], { plan, planHash: hash, store, password: ENCRYPTION_PASSWORD });
    expect(r.files.map((f) => [f.outcome, f.findings.map((x) => x.code)])).toEqual([['accepted', ['ingest/decrypted']]]);
    const wrong = await ingestFiles([join(dir, '05-password.xlsx')], { plan, planHash: hash, store: openStore(':memory:'), password: 'sai' });
    expect(wrong.files[0]?.findings.map((x) => x.code)).toEqual(['ingest/encrypted']);
  });

  it('a file over the size limit → too-large without being loaded, logged with its hash', async () => {
    const { plan, hash } = await samplePlan();
    const big = join(tempDir('big-'), 'big.xlsx');
    writeFileSync(big, 'PK');
    truncateSync(big, LIMITS.maxFileBytes + 1);
    const store = openStore(':memory:');
    const r = await ingestFiles([big], { plan, planHash: hash, store });
    expect(r.files.map((f) => [f.outcome, f.findings.map((x) => x.code)])).toEqual([['unreadable', ['ingest/too-large']]]);
    expect(store.ingestLog()[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a missing path → not-found, the rest still ingested', async () => {
    const { plan, hash } = await samplePlan();
    const r = await ingestFiles([join(dir, 'khong-co.xlsx'), join(dir, '09-good.xlsx')], { plan, planHash: hash, store: openStore(':memory:') });
    expect(r.files.map((f) => [f.outcome, f.findings[0]?.code ?? null])).toEqual([['unreadable', 'ingest/not-found'], ['accepted', null]]);
  });
});

describe('ingest batch over quarters', () => {
  it('new version supersedes, lower cumulative than last quarter → rejected at that cell', async () => {
    const { plan, hash } = await samplePlan();
    const store = openStore(':memory:');
    const dir = tempDir('quarters-');
    const write = (name: string, buf: Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, buf);
      return path;
    };
    const q1a = write('q1a.xlsx', await filledWorkbook('HCCB', '2024-Q1', (b) => ({ ...b, targets: { 'HCCB-6-t1': { inPeriod: 150, cumulative: 150 } } })));
    const q1b = write('q1b.xlsx', await filledWorkbook('HCCB', '2024-Q1', (b) => ({ ...b, targets: { 'HCCB-6-t1': { inPeriod: 160, cumulative: 160 } } })));
    const q2buf = await filledWorkbook('HCCB', '2024-Q2', (b) => ({ ...b, targets: { 'HCCB-6-t1': { inPeriod: 40, cumulative: 100 } } }));
    const q2 = write('q2.xlsx', q2buf);
    const options = { plan, planHash: hash, store, receivedAt: '2024-07-05T01:00:00.000Z' };
    const r = await ingestFiles([q1a, q1b, q2], options);
    expect(r.files.map((f) => f.outcome)).toEqual(['accepted', 'superseded', 'rejected']);
    expect(r.files[1]?.findings.map((f) => f.code)).toEqual(['ingest/superseded']);
    const { cell } = await layoutOf(q2buf);
    expect(r.files[2]?.findings.map((f) => [f.code, f.cell])).toEqual([['ingest/cumulative-decreased', cell('HCCB-6-t1', 'cumulative')]]);
    expect(store.currentSubmissions(plan.id, '2024-Q1').map((s) => s.targets.find((t) => t.targetId === 'HCCB-6-t1')?.cumulative)).toEqual([160]);
    expect(store.submissionHistory(plan.id, 'HCCB', '2024-Q1').map((s) => s.fileName)).toEqual([q1a, q1b]);
    expect(store.currentSubmissions(plan.id, '2024-Q2')).toEqual([]);
  });

  it('--feedback → annotated copy with the findings sheet first and a note on the bad cell; original untouched', async () => {
    const { plan, hash } = await samplePlan();
    const dir = tempDir('feedback-');
    const buf = await filledWorkbook('HCCB', '2024-Q1', (b) => ({ ...b, targets: { 'HCCB-6-t1': { inPeriod: '12a', cumulative: 1.2 } } }));
    const path = join(dir, 'hccb.xlsx');
    writeFileSync(path, buf);
    const out = join(dir, 'phan-hoi');
    const r = await ingestFiles([path], { plan, planHash: hash, store: openStore(':memory:'), feedbackDir: out });
    expect(r.files[0]?.outcome).toBe('rejected');
    const copy = r.files[0]?.feedbackFile as string;
    expect(copy.startsWith(out)).toBe(true);
    expect(readFileSync(path).equals(buf)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(copy) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.name).toBe(FEEDBACK_TEXT.sheetName);
    const { cell } = await layoutOf(buf);
    const bad = wb.getWorksheet('Báo cáo')?.getCell(cell('HCCB-6-t1', 'inPeriod'));
    expect(typeof bad?.note === 'string' ? bad.note : JSON.stringify(bad?.note)).toContain('12a');
    const listed = [5, 6].map((r) => wb.worksheets[0]?.getRow(r).getCell(7).value);
    expect(listed.sort()).toEqual(['ingest/fraction-in-whole-unit', 'ingest/not-a-number']);
  });

  it('--feedback inside the folder being ingested → its copies are not read as forms; two files of one name → two copies, none replaced', async () => {
    const { plan, hash } = await samplePlan();
    const dir = tempDir('feedback-');
    // One name in two subfolders (two downloads of an office's attachment), both with a task's progress left empty.
    const bad = await filledWorkbook('HND', '2024-Q1', (b) => ({ ...b, tasks: { ...b.tasks, 'HND-1': {} } }));
    for (const sub of ['HND', 'HND-lan-2']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'Bao cao quy I.xlsx'), bad);
    }
    const out = join(dir, 'phan-hoi');
    const options = { plan, planHash: hash, store: openStore(':memory:'), feedbackDir: out };
    const first = await ingestFiles([dir], options);
    expect(first.files.map((f) => [f.outcome, f.feedbackFile?.slice(out.length + 1)])).toEqual([
      ['rejected', 'Bao cao quy I_can-sua.xlsx'],
      ['rejected', 'Bao cao quy I_can-sua (2).xlsx'],
    ]);
    const firstCopies = ['Bao cao quy I_can-sua.xlsx', 'Bao cao quy I_can-sua (2).xlsx'];
    const copies = firstCopies.map((f) => readFileSync(join(out, f)));
    const again = await ingestFiles([dir], options);
    // The copies are baocao's own output, not forms received: the same two files again, nothing more.
    expect(again.files.map((f) => f.file.slice(dir.length + 1))).toEqual(['HND/Bao cao quy I.xlsx', 'HND-lan-2/Bao cao quy I.xlsx']);
    expect(again.skipped).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['Bao cao quy I_can-sua (2).xlsx', 'Bao cao quy I_can-sua (3).xlsx', 'Bao cao quy I_can-sua (4).xlsx', 'Bao cao quy I_can-sua.xlsx']);
    expect(firstCopies.map((f) => readFileSync(join(out, f)))).toEqual(copies);
  });
});
