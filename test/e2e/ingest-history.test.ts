import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureContext as context } from '../helpers/cli.ts';
import { PLAN_FILE, tempDir } from '../ingest/setup.ts';
import { editWorkbook, layoutOf } from '../ingest/workbook-edit.ts';

const SAMPLE = join(import.meta.dirname, '../../samples/filled/BC quy II - Hoi CCB.xlsx');

const run = async (...args: string[]) => {
  const ctx = context();
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('') };
};

/** A store with HCCB's Q2 form, then the same form sent again with every target cell emptied. */
let dir: string;
let db: string;
let blankedCells: string[];
beforeAll(async () => {
  dir = tempDir('history-');
  db = join(dir, 'b.db');
  const original = readFileSync(SAMPLE);
  const { meta, cell } = await layoutOf(original);
  blankedCells = [];
  const blanked = await editWorkbook(original, (_wb, ws) => {
    for (const r of meta.rows.filter((x) => x.kind === 'target')) {
      for (const key of ['inPeriod', 'cumulative'] as const) {
        const at = ws.getCell(cell(r.id, key));
        if (at.value !== null && at.value !== '') blankedCells.push(cell(r.id, key));
        at.value = null;
      }
    }
  });
  writeFileSync(join(dir, 'hccb-q2.xlsx'), original);
  writeFileSync(join(dir, 'hccb-q2-gui-lai.xlsx'), blanked);
  await run('ingest', join(dir, 'hccb-q2.xlsx'), '--plan', PLAN_FILE, '--db', db, '--received-at', '2024-07-04T10:20:00+07:00');
});

describe('baocao ingest, history, restore', () => {
  it('the blanked form re-sent → "Giữ lại chờ xác nhận" with its cells named; history lists both, the second held, its emptied cells as changes', async () => {
    const ingest = await run('ingest', join(dir, 'hccb-q2-gui-lai.xlsx'), '--plan', PLAN_FILE, '--db', db, '--received-at', '2024-07-06T09:00:00+07:00');
    expect(ingest.code).toBe(0);
    const row = ingest.out.split('\n').find((l) => l.includes('hccb-q2-gui-lai.xlsx') && l.includes('HCCB'));
    expect(row).toContain('Giữ lại chờ xác nhận');
    expect(ingest.out).toContain('[ingest/held]');

    const history = await run('history', '--org', 'hccb', '--period', '2024-Q2', '--db', db, '--json');
    expect(history.code).toBe(0);
    const json = JSON.parse(history.out);
    expect(json.versions.map((v: { id: number; status: string; supersededBy: number | null }) => [v.id, v.status, v.supersededBy])).toEqual([
      [1, 'current', null],
      [2, 'held', null],
    ]);
    const changes = json.versions[1].changes as { kind: string; cell?: string; after: unknown }[];
    expect(changes.filter((c) => c.kind === 'target').map((c) => c.cell).sort()).toEqual([...blankedCells].sort());
    expect(changes.every((c) => c.after === null)).toBe(true);
    expect(json.versions[1].comparedWith).toBe(1);

    const text = await run('history', '--org', 'HCCB', '--period', '2024-Q2', '--db', db);
    expect(text.out).toContain('Chờ xác nhận');
    expect(text.out).toContain('Đang dùng');

    // status, where the office looks first, says a version waits and how to confirm it.
    const status = await run('status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '--json');
    const hccb = JSON.parse(status.out).organizations.find((o: { code: string }) => o.code === 'HCCB');
    expect(hccb.heldVersions.map((h: { id: number }) => h.id)).toEqual([2]);
    const human = await run('status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db);
    expect(human.out).toContain('baocao restore 2');
  });

  it('restore 2 → it is current, version 1 goes into history, the decision logged with --by; restoring 1 again undoes it', async () => {
    const confirm = await run('restore', '2', '--db', db, '--by', 'Lê Thị Hoa', '--json');
    expect(confirm.code).toBe(0);
    const done = JSON.parse(confirm.out);
    expect([done.restored.id, done.restored.status, done.replacedId, done.event.action, done.event.actor]).toEqual([2, 'current', 1, 'confirmed', 'Lê Thị Hoa']);

    const undo = await run('restore', '1', '--db', db, '--by', 'Lê Thị Hoa');
    expect(undo.code).toBe(0);
    expect(undo.out).toContain('bản 1');

    const json = JSON.parse((await run('history', '--org', 'HCCB', '--period', '2024-Q2', '--db', db, '--json')).out);
    expect(json.versions.map((v: { id: number; status: string; supersededBy: number | null }) => [v.id, v.status, v.supersededBy])).toEqual([
      [1, 'current', null],
      [2, 'superseded', 1],
    ]);
    expect(json.events.map((e: { action: string; submissionId: number; replacedId: number }) => [e.action, e.submissionId, e.replacedId])).toEqual([
      ['confirmed', 2, 1],
      ['restored', 1, 2],
    ]);
    // Confirmed, then replaced: no longer waiting.
    const status = await run('status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '--json');
    expect(JSON.parse(status.out).organizations.find((o: { code: string }) => o.code === 'HCCB').heldVersions).toBeUndefined();
  });

  it('a version that does not exist, an unknown organisation, a store that does not exist → exit 2 with a Vietnamese message', async () => {
    const missing = await run('restore', '99', '--db', db);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('99')]);
    const badOrg = await run('history', '--org', 'XYZ', '--period', '2024-Q2', '--db', db);
    expect([badOrg.code, badOrg.err]).toEqual([2, expect.stringContaining('XYZ')]);
    const noDb = await run('history', '--org', 'HCCB', '--period', '2024-Q2', '--db', join(dir, 'khong-co.db'));
    expect(noDb.code).toBe(2);
    const badVersion = await run('restore', 'abc', '--db', db);
    expect(badVersion.code).toBe(2);
  });
});
