import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';

const SEED = new URL('./fixtures/decision-1388-QD-TU-2024.txt', import.meta.url).pathname;
const tmp = () => mkdtempSync(join(tmpdir(), 'baocao-import-cli-'));

/** Runs `baocao …` in-process, capturing stdout, stderr and the exit code. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, exitCode: 0 };
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, stdout, stderr };
}

interface ImportJson {
  ok: boolean;
  counts: { organizations: number; tasks: number; targets: number };
  organizations: { code: string; tasks: number; targets: number }[];
  targets: { id: string; comparator: string; value: number; max: number | null; unit: string }[];
  findings: { code: string; severity: string; message: string; path: string | null; line?: number }[];
}

describe('baocao plan import', () => {
  it('seed .txt with --json → exit 0, one JSON object in the plan check shape, file written and accepted by plan check', async () => {
    const out = join(tmp(), 'plan.yaml');
    const r = await run('plan', 'import', SEED, '-o', out, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as ImportJson;
    expect(Object.keys(json)).toEqual(['ok', 'counts', 'organizations', 'targets', 'findings']);
    expect(json.ok).toBe(true);
    expect(json.counts.organizations).toBe(6);
    expect(json.targets.length).toBeGreaterThanOrEqual(44);
    expect(json.findings.map((f) => f.code)).toContain('import/duplicate-number');
    expect(existsSync(out)).toBe(true);
    const check = await run('plan', 'check', out, '--json');
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as ImportJson).counts).toEqual(json.counts);
  });

  it('output exists → exit 2, import/output-exists, file untouched; --force → exit 0', async () => {
    const out = join(tmp(), 'plan.yaml');
    writeFileSync(out, 'cũ');
    const r = await run('plan', 'import', SEED, '-o', out, '--json');
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as ImportJson).findings.map((f) => f.code)).toContain('import/output-exists');
    expect(readFileSync(out, 'utf8')).toBe('cũ');
    expect((await run('plan', 'import', SEED, '-o', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('HCCB-7b');
  });

  it('human output → Vietnamese summary per organisation and the written file named', async () => {
    const out = join(tmp(), 'plan.yaml');
    const r = await run('plan', 'import', SEED, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('HCCB');
    expect(r.stdout).toContain(out);
    expect(r.stdout).toContain('[import/impossible-date]');
  });

  it('a text without a year and without --year → exit 0, draft written with an inferred-year warning; --year 2025 → exit 0', async () => {
    const dir = tmp();
    const src = join(dir, 'qd.txt');
    writeFileSync(src, 'NỘI DUNG NHIỆM VỤ TRỌNG TÂM giao cho Hội Nông dân tỉnh\n1. Phát triển ít nhất 300 hội viên.\n');
    const out = join(dir, 'plan.yaml');
    const r = await run('plan', 'import', src, '-o', out, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ImportJson).findings.map((f) => f.code)).toContain('import/inferred-year');
    expect(existsSync(out)).toBe(true);
    const human = await run('plan', 'import', src, '-o', out, '--year', '2025', '--force');
    expect(human.code).toBe(0);
    // The decision's number is unknown: the placeholder alone, not "số chưa rõ số".
    expect(human.stdout).toMatch(/^Văn bản: chưa rõ số, ngày /m);
  });

  it('seed letter 394-CV/TU without --year → exit 0, draft written, plan check exit 0 naming the units that do not report', async () => {
    const letter = new URL('fixtures/letter-394-CV-TU-2022.txt', import.meta.url).pathname;
    const out = join(tmp(), 'cv.yaml');
    const r = await run('plan', 'import', letter, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Văn bản: số 394-CV\/TU, ngày 09\/3\/2022, Tỉnh ủy Bình Thuận$/mu);
    expect(r.stdout).toMatch(/^ {2}BCSD-UBND — .*\(không phải đơn vị báo cáo, chỉ theo dõi\)$/mu);
    expect(readFileSync(out, 'utf8')).toMatch(/# cần xem lại: năm của ngày ban hành \(09\/3\/2022\)\nyear: 2022/u);
    const check = await run('plan', 'check', out, '--json');
    expect(check.code).toBe(0);
    const json = JSON.parse(check.stdout) as { organizations: Array<{ code: string; reporting?: boolean }> };
    expect(json.organizations.filter((o) => o.reporting === false).map((o) => o.code)).toEqual(['BCSD-UBND', 'CAPUY-HUYEN']);
  });

  it('output folder missing → exit 2, import/unwritable', async () => {
    const r = await run('plan', 'import', SEED, '-o', join(tmp(), 'khong-co', 'plan.yaml'), '--json');
    expect(r.code).toBe(2);
    const findings = (JSON.parse(r.stdout) as ImportJson).findings;
    expect(findings.map((f) => f.code)).toContain('import/unwritable');
    expect(findings.find((f) => f.code === 'import/unwritable')?.message).toContain('không tìm thấy tệp hoặc thư mục (mã lỗi ENOENT)');
  });

  it('missing input file → exit 2, import/unreadable; bad --year → exit 2', async () => {
    const out = join(tmp(), 'plan.yaml');
    const r = await run('plan', 'import', join(tmp(), 'khong-co.docx'), '-o', out, '--json');
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as ImportJson).findings.map((f) => f.code)).toEqual(['import/unreadable']);
    expect((await run('plan', 'import', SEED, '-o', out, '--year', 'abc')).code).toBe(2);
  });
});
