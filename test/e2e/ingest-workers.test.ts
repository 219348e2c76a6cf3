import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliContext } from '../../src/cli/context.ts';
import { PLAN_FILE, filledWorkbook, tempDir } from '../ingest/setup.ts';

function context(): CliContext & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: () => {}, isTTY: false, exitCode: 0 };
}

async function ingestJson(dir: string, db: string, workers: string): Promise<{ code: number; json: { files: Array<{ outcome: string; findings: Array<{ code: string; cell?: string | null }> }> } }> {
  const ctx = context();
  const code = await main(['node', 'baocao', 'ingest', dir, '--plan', PLAN_FILE, '--db', db, '--workers', workers, '--received-at', '2024-07-03T08:00:00+07:00', '--json'], ctx);
  return { code, json: JSON.parse(ctx.out.join('')) };
}

describe('baocao ingest --workers', () => {
  it('cumulative lower than last quarter, found on the main thread after worker reads → same finding and cell as the serial path', async () => {
    const dir = tempDir('workers-');
    const q1 = join(dir, 'q1');
    const q2 = join(dir, 'q2');
    for (const d of [q1, q2]) (await import('node:fs')).mkdirSync(d);
    writeFileSync(join(q1, 'hccb-q1.xlsx'), await filledWorkbook('HCCB', '2024-Q1', (b) => ({ ...b, targets: { ...b.targets, 'HCCB-6-t1': { inPeriod: 300, cumulative: 300 } } })));
    writeFileSync(join(q2, 'hccb-q2.xlsx'), await filledWorkbook('HCCB', '2024-Q2', (b) => ({ ...b, targets: { ...b.targets, 'HCCB-6-t1': { inPeriod: 20, cumulative: 200 } } })));

    const results = [];
    for (const workers of ['1', '2']) {
      const db = join(dir, `w${workers}.db`);
      expect((await ingestJson(q1, db, workers)).code).toBe(0);
      results.push(await ingestJson(q2, db, workers));
    }
    const [serial, parallel] = results;
    const decreased = (r: typeof serial) => r?.json.files[0]?.findings.filter((f) => f.code === 'ingest/cumulative-decreased');
    expect(serial?.code).toBe(1);
    expect(decreased(serial)).toHaveLength(1);
    expect(decreased(serial)?.[0]?.cell).toMatch(/^[A-Z]+\d+$/);
    expect(parallel?.json).toEqual(serial?.json);
  });
});
