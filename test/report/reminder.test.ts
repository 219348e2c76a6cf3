import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { evaluatePeriod } from '../../src/evaluate/index.ts';
import { planHash } from '../../src/plan/index.ts';
import { writeReminder } from '../../src/report/index.ts';
import { openStore } from '../../src/store/index.ts';
import { paragraphs, unzipText } from './docx-xml.ts';
import { SAMPLE_PLAN, fullInput, sampleInput, samplePlan } from './fixture.ts';

/* The fixture's quarter I: HND has sent nothing, LDLD's file was rejected (F12 "12a"), the others reported; deadline 05/4/2024. */
const input = await fullInput({ number: 16, date: '2024-04-08' });
const textOf = async (buffer: Buffer) => paragraphs((await unzipText(buffer)).get('word/document.xml') ?? '').map((p) => p.text);
const names = (codes: string[]) => codes.map((c) => input.plan.organizations.find((o) => o.code === c)?.name ?? c);

describe('reminder letter (công văn đôn đốc)', async () => {
  const result = await writeReminder(input);
  const texts = result ? await textOf(result.buffer) : [];
  const addressed = texts.slice(texts.findIndex((t) => t.startsWith('Kính gửi:')), texts.findIndex((t) => t.startsWith('Thực hiện')));
  const all = texts.join('\n');

  it('→ addressed to exactly the organisation that sent nothing and the one whose report was rejected', () => {
    expect(result?.content.addressees.map((a) => [a.org, a.reason])).toEqual([['HND', 'missing'], ['LDLD', 'rejected']]);
    expect(addressed.filter((t) => t !== '').map((t) => t.replace(/^Kính gửi:\s*/, '').replace(/^- /, '').replace(/[,.]$/, ''))).toEqual(names(['HND', 'LDLD']));
  });
  it('→ the body names both, with the deadline and the rejected file\'s reason; nobody who reported is named', () => {
    const body = texts.slice(texts.findIndex((t) => t.startsWith('Thực hiện'))).join('\n');
    expect(body).toContain('05/4/2024');
    for (const name of names(['HND', 'LDLD'])) expect(body).toContain(name);
    expect(body).toContain('12a');
    for (const name of names(['MTTQ', 'HLHPN', 'HCCB', 'TDTN'])) expect(all).not.toContain(name);
  });
  it('→ a công văn: "Số 16-CV/BDVTU", the summary under it, no "BÁO CÁO" title, ends "./."', () => {
    expect(texts).toContain('Số 16-CV/BDVTU');
    expect(texts.some((t) => t.startsWith('Đôn đốc gửi báo cáo kết quả thực hiện nhiệm vụ trọng tâm quý I năm 2024'))).toBe(true);
    expect(texts).not.toContain('BÁO CÁO');
    expect(texts.some((t) => t.endsWith('./.'))).toBe(true);
  });
  it('everyone reported → no letter', async () => {
    const plan = input.plan;
    const everyone = plan.organizations.map((o, i) => ({ ...input.submissions[0]!, id: 500 + i, org: o.code, sha256: `s${i}`, targets: [] }));
    const evaluation = evaluatePeriod(plan, '2024-Q1', { submissions: everyone, log: [] });
    expect(await writeReminder({ ...input, evaluation })).toBeNull();
  });
});

describe('baocao remind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-remind-'));
  const db = join(dir, 'baocao.db');
  const plan = samplePlan();
  const store = openStore(db);
  store.savePlan(plan, planHash(plan));
  for (const { id: _id, supersededBy: _s, ...sub } of sampleInput(plan).submissions) store.recordAccepted({ ...sub, planHash: planHash(plan) });
  store.close();

  async function run(period: string, args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, exitCode: 0 };
    const code = await main(['node', 'baocao', 'remind', '--plan', SAMPLE_PLAN, '--period', period, '--db', db, '--signer', 'Lê Văn Minh', ...args], ctx);
    return { code, out: out.join(''), err: err.join('\n') };
  }

  it('Q1 with HND and LDLD missing → letter written to those two, exit 0, --json names them', async () => {
    const file = join(dir, 'cv.docx');
    const r = await run('2024-Q1', ['-o', file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ path: file, organizations: [{ code: 'HND', reason: 'missing' }, { code: 'LDLD', reason: 'missing' }] });
    const texts = await textOf(readFileSync(file));
    expect(texts.find((t) => t.startsWith('Kính gửi:'))).toContain('Hội Nông dân tỉnh');
  });
  it('existing output without --force → exit 2, file kept', async () => {
    const file = join(dir, 'cv.docx');
    const before = readFileSync(file);
    expect((await run('2024-Q1', ['-o', file])).code).toBe(2);
    expect(readFileSync(file)).toEqual(before);
  });
  it('a period everyone reported → says so, exit 0, writes nothing', async () => {
    const s = openStore(db);
    for (const code of ['HND', 'LDLD']) {
      const { id: _id, supersededBy: _s, ...sub } = sampleInput(plan).submissions[0]!;
      s.recordAccepted({ ...sub, org: code, sha256: `all-${code}`, planHash: planHash(plan) });
    }
    s.close();
    const file = join(dir, 'none.docx');
    const r = await run('2024-Q1', ['-o', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('không cần công văn đôn đốc');
    expect(existsSync(file)).toBe(false);
  });
});
