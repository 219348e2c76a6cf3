import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { goodWorkbook } from '../fixtures/bad-inputs.ts';
import { PLAN_FILE, filledWorkbook, tempDir } from '../ingest/setup.ts';
import { captureContext as context } from '../helpers/cli.ts';


const run = async (...args: string[]) => {
  const ctx = context();
  const code = await main(['node', 'baocao', 'ingest', ...args], ctx);
  return { code, ctx };
};

describe('baocao ingest', () => {
  it('--json → one object with files and summary in the documented shape; exit 1 when a file is rejected', async () => {
    const dir = tempDir('cli-');
    writeFileSync(join(dir, 'a-good.xlsx'), await goodWorkbook());
    writeFileSync(join(dir, 'b-bad.xlsx'), await filledWorkbook('HND', '2024-Q1', (b) => ({ ...b, tasks: { ...b.tasks, 'HND-1': {} } })));
    // A file that is not a spreadsheet is skipped; the JSON keeps its documented shape.
    writeFileSync(join(dir, 'c-cong-van.pdf'), '%PDF-1.4');
    const { code, ctx } = await run(dir, '--plan', PLAN_FILE, '--db', join(dir, 'b.db'), '--received-at', '2024-04-05T08:00:00+07:00', '--json');
    expect(code).toBe(1);
    // Written a file at a time as the batch goes: the whole output is one JSON document.
    const json = JSON.parse(ctx.out.join(''));
    expect(ctx.out.join('')).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(Object.keys(json)).toEqual(['files', 'summary']);
    expect(json.summary).toEqual({ accepted: 1, superseded: 0, held: 0, archived: 0, duplicate: 0, rejected: 1, unreadable: 0 });
    expect(json.files.map((f: { outcome: string; org: string; period: string }) => [f.outcome, f.org, f.period])).toEqual([
      ['accepted', 'HCCB', '2024-Q1'],
      ['rejected', 'HND', '2024-Q1'],
    ]);
    expect(Object.keys(json.files[1])).toEqual(['file', 'sha256', 'outcome', 'org', 'period', 'findings']);
    expect(json.files[1].findings[0]).toMatchObject({ code: 'ingest/missing-progress', severity: 'error', sheet: 'Báo cáo', taskId: 'HND-1', targetId: null });
    expect(json.files[1].findings[0].cell).toMatch(/^[A-Z]+\d+$/);
  });

  it('human output → summary table and findings grouped by file; all accepted → exit 0', async () => {
    const dir = tempDir('cli-');
    const file = join(dir, 'hccb.xlsx');
    writeFileSync(file, await goodWorkbook());
    const { code, ctx } = await run(file, '--plan', PLAN_FILE, '--db', join(dir, 'b.db'));
    expect(code).toBe(0);
    expect(ctx.out.join('')).toContain('Đã nhận');
  });

  it('a folder with files that are not spreadsheets → they are named as skipped under the summary; lock files, system files and the store are not', async () => {
    const dir = tempDir('cli-');
    writeFileSync(join(dir, 'a-hccb.xlsx'), await goodWorkbook());
    for (const name of ['BC quy I - Hoi ND.pdf', 'BC quy I - Hoi LHPN.docx', '~$a-hccb.xlsx', '.DS_Store', 'Thumbs.db']) writeFileSync(join(dir, name), 'x');
    const { code, ctx } = await run(dir, '--plan', PLAN_FILE, '--db', join(dir, 'b.db'));
    expect(code).toBe(0);
    const lines = ctx.out.join('').split('\n');
    expect(lines.filter((l) => l.startsWith('Bỏ qua'))).toEqual([
      'Bỏ qua 2 tệp không phải bảng tính (không đọc): "BC quy I - Hoi LHPN.docx", "BC quy I - Hoi ND.pdf". Nếu đơn vị gửi báo cáo bằng PDF hoặc Word, đề nghị gửi lại đúng biểu mẫu Excel.',
    ]);
    expect(lines.filter((l) => l.includes('a-hccb.xlsx'))).toHaveLength(1);
  });

  it('workbook encrypted with Excel\'s default password → opened without --password', async () => {
    const dir = tempDir('cli-');
    writeFileSync(join(dir, 'ro.xlsx'), officeCrypto.encrypt(await goodWorkbook(), { password: 'VelvetSweatshop' }));
    const { code, ctx } = await run(dir, '--plan', PLAN_FILE, '--db', join(dir, 'b.db'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(ctx.out.join('')).files[0].findings.map((f: { code: string }) => f.code)).toEqual(['ingest/decrypted']);
  });

  it.each([
    [['--received-at', 'hôm qua']],
    [['--period', '2024-Q5']],
  ])('bad option %j → exit 2, nothing on stdout, the option named as it was typed', async (extra) => {
    const dir = tempDir('cli-');
    const { code, ctx } = await run(dir, '--plan', PLAN_FILE, '--db', join(dir, 'b.db'), ...extra);
    expect(code).toBe(2);
    expect(ctx.out).toEqual([]);
    expect(ctx.err.join('\n')).toContain(`Tùy chọn ${extra[0]} không hợp lệ`);
  });

  it('unreadable plan → exit 2', async () => {
    const dir = tempDir('cli-');
    const { code } = await run(dir, '--plan', join(dir, 'khong-co.yaml'), '--db', join(dir, 'b.db'));
    expect(code).toBe(2);
  });
});
