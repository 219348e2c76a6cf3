import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { planHash } from '../../src/plan/index.ts';
import { openStore } from '../../src/store/index.ts';
import { DEFAULT_SETTINGS_FILE, DEFAULT_WORDING_FILE } from '../../src/report/index.ts';
import { paragraphs, unzipText } from './docx-xml.ts';
import { SAMPLE_PLAN, sampleInput, samplePlan } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'baocao-report-cli-'));
const db = join(dir, 'baocao.db');
{
  const plan = samplePlan();
  const store = openStore(db);
  store.savePlan(plan, planHash(plan));
  for (const { id: _id, supersededBy: _s, ...sub } of sampleInput(plan).submissions) store.recordAccepted({ ...sub, planHash: planHash(plan) });
  store.close();
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, exitCode: 0 };
  const code = await main(['node', 'baocao', 'report', '--plan', SAMPLE_PLAN, '--period', '2024-Q1', '--db', db, ...args], ctx);
  return { code, out: out.join(''), err: err.join('\n') };
}

const texts = async (file: string) => paragraphs((await unzipText(readFileSync(file))).get('word/document.xml') ?? '').map((p) => p.text);

describe('baocao report', () => {
  it('--number --date --signer → written, exit 0, the options in the document', async () => {
    const file = join(dir, 'a.docx');
    const r = await run(['-o', file, '--number', '7', '--date', '2024-04-08', '--signer', 'Lê Văn Minh']);
    expect(r.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const t = await texts(file);
    expect(t).toContain('Số 07-BC/BDVTU');
    expect(t).toContain('Bình Thuận, ngày 08 tháng 4 năm 2024');
    expect(t).toContain('Lê Văn Minh');
  });
  it('existing output without --force → exit 2, file untouched; with --force → rewritten', async () => {
    const file = join(dir, 'b.docx');
    writeFileSync(file, 'keep');
    const r = await run(['-o', file, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).findings.map((f: { code: string }) => f.code)).toEqual(['report/output-exists']);
    expect(readFileSync(file, 'utf8')).toBe('keep');
    expect((await run(['-o', file, '--force'])).code).toBe(0);
  });
  it('--json → one object with path and findings (signer missing from the default settings)', async () => {
    const file = join(dir, 'c.docx');
    const r = await run(['-o', file, '--json']);
    const json = JSON.parse(r.out) as { path: string; findings: { code: string }[] };
    expect(r.code).toBe(0);
    expect(json.path).toBe(file);
    expect(json.findings.map((f) => f.code)).toEqual(['report/signer-missing']);
  });
  it('--org hccb → the summary of that organisation (code case-insensitive)', async () => {
    const file = join(dir, 'd.docx');
    const r = await run(['-o', file, '--org', 'hccb', '--json']);
    expect(r.code).toBe(0);
    expect((await texts(file)).slice(0, 3)).toEqual(['HỘI CCB VIỆT NAM', 'HỘI CỰU CHIẾN BINH', 'TỈNH BÌNH THUẬN']);
  });
  it('--config and --wording copies edited by an office → their settings and wording in the document', async () => {
    const cfg = join(dir, 'report.yaml');
    const words = join(dir, 'wording.yaml');
    writeFileSync(cfg, readFileSync(DEFAULT_SETTINGS_FILE, 'utf8').replace('BAN DÂN VẬN', 'BAN TUYÊN GIÁO VÀ DÂN VẬN'));
    writeFileSync(words, readFileSync(DEFAULT_WORDING_FILE, 'utf8').replace('assessment: Đánh giá chung', 'assessment: Nhận xét, đánh giá'));
    const file = join(dir, 'f.docx');
    expect((await run(['-o', file, '--config', cfg, '--wording', words])).code).toBe(0);
    const t = await texts(file);
    expect(t).toContain('BAN TUYÊN GIÁO VÀ DÂN VẬN');
    expect(t).toContain('II. NHẬN XÉT, ĐÁNH GIÁ');
  });
  it('bad date, unknown org, wrong extension, broken config → exit 2, nothing written', async () => {
    const cfg = join(dir, 'bad.yaml');
    writeFileSync(cfg, 'lineSpacing: "rộng"\n');
    for (const args of [
      ['-o', join(dir, 'e1.docx'), '--date', '2024-13-01'],
      ['-o', join(dir, 'e2.docx'), '--org', 'XYZ'],
      ['-o', join(dir, 'e3.pdf')],
      ['-o', join(dir, 'e4.docx'), '--config', cfg],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(existsSync(args[1] ?? ''), args.join(' ')).toBe(false);
    }
  });
});
