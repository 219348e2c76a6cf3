import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parsePlanText } from '../../src/plan/index.ts';
import { captureContext } from '../helpers/cli.ts';
import { tempDir } from '../ingest/setup.ts';

const SAMPLE = join(import.meta.dirname, '../../samples/plan-2024.yaml');

/** The sample plan with `review: true` on the given targets, as `plan import` leaves them. */
function planWithReview(ids: string[]): string {
  let text = readFileSync(SAMPLE, 'utf8');
  for (const id of ids) {
    const line = `  - id: ${id}\n`;
    if (!text.includes(line)) throw new Error(`no target ${id}`);
    text = text.replace(line, `${line}    review: true\n`);
  }
  const file = join(tempDir('review-'), 'plan.yaml');
  writeFileSync(file, text);
  return file;
}

async function run(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('') };
}

describe('targets still marked review: true', () => {
  it('plan check --json → one needs-review warning naming each marked target, at the first one\'s line; exit 0', async () => {
    const file = planWithReview(['HCCB-6-t1', 'HCCB-8.3-t2']);
    const { code, out } = await run('plan', 'check', file, '--json');
    const json = JSON.parse(out) as { ok: boolean; findings: Array<{ code: string; severity: string; line?: number; message: string }> };
    expect([code, json.ok]).toEqual([0, true]);
    const review = json.findings.filter((f) => f.code === 'plan/needs-review');
    expect(review.map((f) => f.severity)).toEqual(['warning']);
    expect(review[0]?.message).toContain('HCCB-6-t1');
    expect(review[0]?.message).toContain('HCCB-8.3-t2');
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[(review[0]?.line ?? 0) - 1]?.trim()).toBe('review: true');
  });

  it('plan check (text) → the warning printed, exit 0', async () => {
    const { code, out } = await run('plan', 'check', planWithReview(['HCCB-6-t1']));
    expect(code).toBe(0);
    expect(out).toContain('plan/needs-review');
    expect(out).toContain('HCCB-6-t1');
  });

  it('more marked targets than listed → the first ten named, the rest counted', () => {
    const ids = ['HCCB-6-t1', 'HCCB-6-t2', 'HCCB-6-t3', 'HCCB-6-t4', 'HCCB-8.1-t1', 'HCCB-8.1-t2', 'HCCB-8.3-t1', 'HCCB-8.3-t2', 'HCCB-8.3-t3', 'HCCB-8.3-t4', 'HCCB-8.5-t1', 'HCCB-8.5-t2'];
    const r = parsePlanText(readFileSync(planWithReview(ids), 'utf8'));
    const f = r.findings.filter((x) => x.code === 'plan/needs-review');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('HCCB-8.3-t4');
    expect(f[0]?.message).not.toContain('HCCB-8.5-t1');
    expect(f[0]?.message).toContain('12 ');
    expect(f[0]?.message).toContain(' 2 ');
  });

  it('template → forms written, the warning listed with them; exit 0', async () => {
    const out = join(tempDir('review-forms-'), 'bieu-mau');
    const { code, out: text } = await run('template', planWithReview(['HCCB-6-t2']), '--period', '2024-Q2', '--org', 'HCCB', '-o', out, '--json');
    const json = JSON.parse(text) as { files: unknown[]; findings: Array<{ code: string; message: string }> };
    expect(code).toBe(0);
    expect(json.files).toHaveLength(1);
    expect(readdirSync(out)).toHaveLength(1);
    expect(json.findings.filter((f) => f.code === 'plan/needs-review').map((f) => f.message.includes('HCCB-6-t2'))).toEqual([true]);
  });

  it('the sample plan (nothing marked) → no needs-review finding', () => {
    const r = parsePlanText(readFileSync(SAMPLE, 'utf8'));
    expect(r.findings.filter((x) => x.code === 'plan/needs-review')).toEqual([]);
  });
});
