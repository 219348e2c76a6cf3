import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';
import { PLAN_FILE, baseFill, samplePlan, tempDir } from '../ingest/setup.ts';

const FILES = 40;
const ROOT = join(import.meta.dirname, '../..');

function countLog(db: string): number {
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare('SELECT count(*) AS n FROM ingest_log').get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0;
  }
}

/** What must hold after any crash: a sound file, whole submissions, one current version per org and period. */
function checkConsistent(dbFile: string): { submissions: number; logged: number } {
  const db = new Database(dbFile);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const partial = db
      .prepare(
        `SELECT s.id FROM submissions s
         WHERE s.target_count != (SELECT count(*) FROM reported_targets r WHERE r.submission_id = s.id)
            OR s.task_count != (SELECT count(*) FROM reported_tasks t WHERE t.submission_id = s.id)
            OR s.task_count = 0
            OR NOT EXISTS (SELECT 1 FROM ingest_log l WHERE l.submission_id = s.id)`,
      )
      .all();
    expect(partial).toEqual([]);
    const doubled = db.prepare('SELECT org, period, count(*) AS n FROM submissions WHERE superseded_by IS NULL GROUP BY org, period HAVING n > 1').all();
    expect(doubled).toEqual([]);
    const submissions = (db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
    const logged = (db.prepare('SELECT count(*) AS n FROM ingest_log').get() as { n: number }).n;
    return { submissions, logged };
  } finally {
    db.close();
  }
}

describe('an ingest process killed mid-batch', () => {
  it('kill -9 during a batch → database sound, every stored submission whole; a re-run completes the batch', async () => {
    const { plan, hash } = await samplePlan();
    const dir = tempDir('kill-');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const orgs = ['HCCB', 'HND', 'LDLD', 'TDTN'];
    const templates = new Map<string, Buffer>();
    for (const org of orgs) templates.set(org, await templateBuffer(plan, hash, org, '2024-Q1'));
    for (let i = 0; i < FILES; i++) {
      const org = orgs[i % orgs.length] as string;
      const fill = baseFill(plan, org);
      fill.tasks[Object.keys(fill.tasks)[0] as string] = { progress: 'Đang thực hiện', result: `Phiên bản ${i}` };
      writeFileSync(join(inbox, `${String(i).padStart(3, '0')}-${org}.xlsx`), await fillWorkbook(templates.get(org) as Buffer, fill));
    }
    const db = join(dir, 'baocao.db');
    const args = [join(ROOT, 'bin/baocao.mjs'), 'ingest', inbox, '--plan', PLAN_FILE, '--db', db, '--json'];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const deadline = Date.now() + 60_000;
    while (countLog(db) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;

    const afterKill = checkConsistent(db);
    expect(afterKill.logged).toBeGreaterThanOrEqual(5);
    expect(afterKill.logged).toBeLessThan(FILES);

    // Running the same batch again finishes it: what was stored is a duplicate, the rest is added.
    const rerun = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => rerun.on('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    const final = checkConsistent(db);
    expect(final.submissions).toBe(FILES);
    expect(final.logged).toBe(afterKill.logged + FILES);
  }, 180_000);
});
