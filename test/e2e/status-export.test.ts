import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { FillData } from '../../src/model/template.ts';
import type { Plan } from '../../src/model/plan.ts';
import { requirePlan } from '../../src/plan/index.ts';
import { openStore } from '../../src/store/index.ts';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import { captureContext as capture } from '../helpers/cli.ts';
import { EXPORT_SHEET } from '../../src/vi/status-export-text.ts';

/*
 * Two quarters of 2024 for HCCB and LDLD on the sample plan (deadline 5 days after the quarter):
 * HCCB Q1 on time; HCCB Q2 sent twice, the second version late (06/7 > 05/7) and current;
 * LDLD Q1 on time, LDLD Q2 rejected; MTTQ and the others never report.
 * Filled workbooks are made from the real templates with fillWorkbook and go through ingestFiles.
 */
const PLAN_FILE = 'samples/plan-2024.yaml';
const dir = mkdtempSync(join(tmpdir(), 'baocao-status-'));
const db = join(dir, 'baocao.db');

interface Sent {
  org: string;
  period: string;
  receivedAt: string;
  fill: FillData;
}

const SENT: Sent[] = [
  {
    org: 'HCCB', period: '2024-Q1', receivedAt: '2024-04-03T09:00:00+07:00',
    fill: {
      targets: { 'HCCB-6-t1': { inPeriod: 120, cumulative: 120 }, 'HCCB-6-t2': { cumulative: 8 }, 'HCCB-6-t4': { inPeriod: 3, cumulative: 3 }, 'HCCB-8.3-t1': { cumulative: 65 } },
      tasks: { 'HCCB-6': { progress: 'Đang thực hiện', result: 'Kết nạp 120 hội viên' } },
    },
  },
  {
    org: 'HCCB', period: '2024-Q2', receivedAt: '2024-07-04T10:00:00+07:00',
    fill: { targets: { 'HCCB-6-t1': { inPeriod: 100, cumulative: 220 } }, tasks: { 'HCCB-6': { progress: 'Đang thực hiện' } } },
  },
  {
    org: 'HCCB', period: '2024-Q2', receivedAt: '2024-07-06T08:00:00+07:00',
    fill: {
      // 3 + 6 = 9 houses in-period, but 10 reported cumulative → a cumulative-mismatch warning.
      targets: { 'HCCB-6-t1': { inPeriod: 190, cumulative: 310 }, 'HCCB-6-t2': { cumulative: 15 }, 'HCCB-6-t4': { inPeriod: 6, cumulative: 10 }, 'HCCB-8.3-t1': { cumulative: 70 } },
      tasks: {
        'HCCB-1': { progress: 'Hoàn thành', result: 'Đã quán triệt Nghị quyết đến 100% chi hội' },
        'HCCB-6': { progress: 'Đang thực hiện', result: 'Kết nạp thêm 190 hội viên', difficulties: 'Thiếu kinh phí', proposals: 'Đề nghị hỗ trợ kinh phí' },
      },
    },
  },
  {
    org: 'LDLD', period: '2024-Q1', receivedAt: '2024-04-05T16:00:00+07:00',
    fill: { targets: { 'LDLD-6.1-t1': { inPeriod: 700, cumulative: 700 }, 'LDLD-6.1-t2': { inPeriod: 2, cumulative: 2 } }, tasks: { 'LDLD-6.1': { progress: 'Đang thực hiện' } } },
  },
];


async function run(args: string[]) {
  const ctx = capture();
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('\n') };
}

let plan: Plan;

beforeAll(async () => {
  const loaded = await requirePlan(PLAN_FILE);
  plan = loaded.plan;
  const store = openStore(db);
  const sends: Array<Sent & { name: string }> = [
    ...SENT.map((s, i) => ({ ...s, name: `${s.org}-${s.period}-v${i}.xlsx` })),
    // LDLD's Q2 file has text in a number cell → rejected.
    { org: 'LDLD', period: '2024-Q2', receivedAt: '2024-07-03T08:00:00+07:00', name: 'LDLD-Q2.xlsx', fill: { targets: { 'LDLD-6.1-t1': { inPeriod: '12a', cumulative: 712 } } } },
  ];
  for (const s of sends) {
    const file = join(dir, s.name);
    // Ingest requires a Tiến độ on every task: "Đang thực hiện" unless the case says otherwise.
    const tasks = Object.fromEntries(plan.tasks.filter((t) => t.org === s.org).map((t) => [t.id, { progress: 'Đang thực hiện', ...s.fill.tasks?.[t.id] }]));
    const info = { reporterName: 'Nguyễn Văn An', signerName: 'Trần Văn Bình', signerTitle: 'Chủ tịch' };
    writeFileSync(file, await fillWorkbook(await templateBuffer(plan, loaded.hash, s.org, s.period), { ...s.fill, tasks, info }));
    const result = await ingestFiles([file], { plan, planHash: loaded.hash, store, receivedAt: s.receivedAt });
    expect(result.files[0]?.outcome, s.name).toBe(s.name === 'LDLD-Q2.xlsx' ? 'rejected' : s.name.includes('Q2-v2') ? 'superseded' : 'accepted');
  }
  store.close();
}, 60_000);

describe('baocao status --json (Q2 2024)', () => {
  it('hand-computed completeness and target values', async () => {
    const { code, out } = await run(['status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.period).toBe('2024-Q2');
    expect(json.organizations.map((o: { code: string }) => o.code)).toEqual(plan.organizations.map((o) => o.code));
    const org = (c: string) => json.organizations.find((o: { code: string }) => o.code === c);
    expect(Object.keys(json)).toEqual(['period', 'organizations']);
    const hccb = org('HCCB');
    expect(Object.keys(hccb)).toEqual(['code', 'reported', 'late', 'rejected', 'receivedAt', 'dataPeriod', 'targets', 'tasks']);
    expect(hccb.dataPeriod).toBe('2024-Q2');
    expect([hccb.reported, hccb.late, hccb.rejected, hccb.receivedAt]).toEqual([true, true, false, '2024-07-06T08:00:00+07:00']);
    const t = (id: string) => hccb.targets.find((x: { id: string }) => x.id === id);
    // 600 hội viên: 310 against 600 × 2/4 = 300 → on track, 310/600.
    expect(t('HCCB-6-t1')).toMatchObject({ value: 310, expected: 300, status: 'on_track' });
    expect(t('HCCB-6-t1').ratio).toBeCloseTo(310 / 600, 6);
    // xóa nghèo 15–20%: a level, 15 → achieved, ratio 1.
    expect(t('HCCB-6-t2')).toEqual({ id: 'HCCB-6-t2', value: 15, expected: 15, ratio: 1, status: 'achieved', dataPeriod: '2024-Q2', carriedStatus: null });
    // quỹ hội 900.000 đồng/hội viên: never reported.
    expect(t('HCCB-6-t3')).toEqual({ id: 'HCCB-6-t3', value: null, expected: 900000, ratio: null, status: 'no_data', dataPeriod: null, carriedStatus: null });
    // 20 nhà: 10 against 20 × 2/4 = 10 → on track.
    expect(t('HCCB-6-t4')).toMatchObject({ id: 'HCCB-6-t4', value: 10, expected: 10, ratio: 0.5, status: 'on_track' });
    // "trên 70%" at exactly 70 → not achieved; at the level before Q4 → on track.
    expect(t('HCCB-8.3-t1')).toMatchObject({ id: 'HCCB-8.3-t1', value: 70, expected: 70, ratio: 1, status: 'on_track' });
    expect(hccb.tasks.find((x: { id: string }) => x.id === 'HCCB-1').status).toBe('done');
    expect(hccb.tasks.find((x: { id: string }) => x.id === 'HCCB-2').status).toBe('in_progress');

    const ldld = org('LDLD');
    expect([ldld.reported, ldld.late, ldld.rejected, ldld.receivedAt]).toEqual([false, false, true, '2024-07-03T08:00:00+07:00']);
    // No Q2 accepted: the Q1 figures are shown as Q1's (700 against 375 by Q1: on track then; 2 against 3: behind),
    // not judged as Q2's progress.
    expect(ldld.dataPeriod).toBe('2024-Q1');
    expect(ldld.targets.find((x: { id: string }) => x.id === 'LDLD-6.1-t1')).toEqual({
      id: 'LDLD-6.1-t1', value: 700, expected: 1250, ratio: 0.28, status: 'carried', dataPeriod: '2024-Q1', carriedStatus: 'on_track',
    });
    expect(ldld.targets.find((x: { id: string }) => x.id === 'LDLD-6.1-t2')).toEqual({
      id: 'LDLD-6.1-t2', value: 2, expected: 5, ratio: 0.2, status: 'carried', dataPeriod: '2024-Q1', carriedStatus: 'behind',
    });

    const mttq = org('MTTQ');
    expect([mttq.reported, mttq.rejected, mttq.receivedAt]).toEqual([false, false, null]);
    expect(mttq.targets.every((x: { status: string }) => x.status === 'no_data')).toBe(true);
    expect(mttq.dataPeriod).toBeNull();
  });

  it('Q1: 120 hội viên against 150 expected → behind; 65% against "trên 70%" → behind', async () => {
    const json = JSON.parse((await run(['status', '--plan', PLAN_FILE, '--period', '2024-Q1', '--db', db, '--json'])).out);
    const hccb = json.organizations.find((o: { code: string }) => o.code === 'HCCB');
    expect([hccb.reported, hccb.late]).toEqual([true, false]);
    expect(hccb.targets.find((x: { id: string }) => x.id === 'HCCB-6-t1')).toMatchObject({ value: 120, expected: 150, status: 'behind' });
    expect(hccb.targets.find((x: { id: string }) => x.id === 'HCCB-8.3-t1')).toMatchObject({ value: 65, status: 'behind' });
  });

  it('H1 derived from Q1+Q2 → Q2 completeness, in-period sum, cumulative of Q2', async () => {
    const json = JSON.parse((await run(['status', '--plan', PLAN_FILE, '--period', '2024-H1', '--db', db, '--json'])).out);
    const hccb = json.organizations.find((o: { code: string }) => o.code === 'HCCB');
    expect([hccb.reported, hccb.late]).toEqual([true, true]);
    expect(hccb.targets.find((x: { id: string }) => x.id === 'HCCB-6-t1')).toMatchObject({ value: 310, expected: 300, status: 'on_track' });
  });

  it('9M without Q3 reports → missing; the Q2 cumulative 310 carried from Q2, not judged against 450', async () => {
    const json = JSON.parse((await run(['status', '--plan', PLAN_FILE, '--period', '2024-9M', '--db', db, '--json'])).out);
    const hccb = json.organizations.find((o: { code: string }) => o.code === 'HCCB');
    expect([hccb.reported, hccb.rejected, hccb.receivedAt]).toEqual([false, false, null]);
    expect(hccb.targets.find((x: { id: string }) => x.id === 'HCCB-6-t1')).toMatchObject({ value: 310, expected: 450, status: 'carried', dataPeriod: '2024-Q2', carriedStatus: 'on_track' });
    expect(hccb.tasks.every((t: { status: string | null }) => t.status === null)).toBe(true);
  });

  it('Q3 nobody reported → no target "Đạt/Vượt" or "Đúng tiến độ"; HCCB\'s rows say "Đến hết Quý II" and the note names the quarter', async () => {
    const { code, out } = await run(['status', '--plan', PLAN_FILE, '--period', '2024-Q3', '--db', db]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.filter((l) => /Đạt\/Vượt chỉ tiêu|Đúng tiến độ|Chậm tiến độ/.test(l))).toEqual([]);
    const hccb = lines.slice(lines.findIndex((l) => l.startsWith('HCCB ')));
    expect(hccb.join(' ')).toContain('số liệu đến hết Quý II năm 2024');
    const row = hccb.find((l) => l.includes(' 310 '));
    expect(row?.trimEnd().endsWith('Đến hết Quý II')).toBe(true);
    const tables = lines.slice(0, lines.findIndex((l) => l.startsWith('Vấn đề')) >>> 0);
    expect(tables.filter((l) => [...l].length > 80)).toEqual([]);
  });

  it('terminal view → every line within 80 columns, one line per organisation in the completeness table', async () => {
    const { code, out } = await run(['status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    const tableLines = lines.slice(0, lines.findIndex((l) => l.startsWith('Vấn đề')) >>> 0);
    expect(tableLines.filter((l) => [...l].length > 80)).toEqual([]);
    for (const o of plan.organizations) expect(lines.some((l) => l.startsWith(`  ${o.code} `))).toBe(true);
  });

  it('missing database file → exit 2, nothing on stdout', async () => {
    const r = await run(['status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', join(dir, 'none.db'), '--json']);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
  });

  it('a --db file that is not a database → exit 2 with a Vietnamese message', async () => {
    const bogus = join(dir, 'not-a-db.db');
    writeFileSync(bogus, 'hello, this is not sqlite at all; '.repeat(200));
    const r = await run(['status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', bogus]);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain('Không mở được tệp cơ sở dữ liệu');
    expect(r.err).toContain('tệp không phải cơ sở dữ liệu của baocao');
    expect(r.err).not.toContain('file is not a database');
    // ingest and template say the same, and leave the file as it was.
    const before = readFileSync(bogus);
    const ingest = await run(['ingest', join(dir, 'none.xlsx'), '--plan', PLAN_FILE, '--db', bogus]);
    const template = await run(['template', PLAN_FILE, '--period', '2024-Q3', '-o', join(dir, 'tpl'), '--db', bogus]);
    for (const other of [ingest, template]) expect([other.code, other.err]).toEqual([2, r.err]);
    expect(readFileSync(bogus)).toEqual(before);
  });

  it('an output the system will not let us write (a folder in its place) → exit 2, which file and why in Vietnamese', async () => {
    const folder = join(dir, 'la-thu-muc.docx');
    mkdirSync(folder, { recursive: true });
    const r = await run(['report', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '-o', folder, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không đọc hoặc ghi được "${folder}": đây là thư mục, không phải tệp (mã lỗi EISDIR). Kiểm tra đường dẫn, quyền ghi của thư mục và chỗ trống trên ổ đĩa rồi chạy lại.`);
  });

  it('period outside the plan year or malformed → exit 2', async () => {
    expect((await run(['status', '--plan', PLAN_FILE, '--period', '2025-Q1', '--db', db])).code).toBe(2);
    expect((await run(['status', '--plan', PLAN_FILE, '--period', '2024-Q5', '--db', db])).code).toBe(2);
  });
});

describe('baocao export', () => {
  const file = join(dir, 'tong-hop-q2.xlsx');
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const r = await run(['export', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '-o', file]);
    expect(r.code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  }, 60_000);

  it('--config with appendixDetailMaxOrgs below the number of organisations → one detail sheet, as the Word appendix counts instead of listing', async () => {
    const config = join(dir, 'report-small.yaml');
    writeFileSync(config, readFileSync('templates/report.yaml', 'utf8').replace(/^appendixDetailMaxOrgs: \d+/m, 'appendixDetailMaxOrgs: 2'));
    const out = join(dir, 'tong-hop-chi-tiet.xlsx');
    expect((await run(['export', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '-o', out, '--config', config])).code).toBe(0);
    const detailed = new ExcelJS.Workbook();
    await detailed.xlsx.readFile(out);
    const names = detailed.worksheets.map((w) => w.name);
    expect(names).toContain(EXPORT_SHEET.detail);
    expect(names).not.toContain('HCCB');
    expect(wb.worksheets.map((w) => w.name)).toContain('HCCB');
    expect(wb.worksheets.map((w) => w.name)).not.toContain(EXPORT_SHEET.detail);
  });

  const rowOf = (ws: ExcelJS.Worksheet, col: number, text: string) => {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (!found && String(row.getCell(col).value ?? '') === text) found = row;
    });
    if (!found) throw new Error(`no row with "${text}"`);
    return found;
  };

  it('sheets: summary, one per organisation, completeness, findings', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', ...plan.organizations.map((o) => o.code), 'Tình hình nộp', 'Phát hiện']);
  });

  it('summary row of "600 hội viên" → in period 190, cumulative 310, expected 300, ratio 310/600, "Đúng tiến độ"', () => {
    const ws = wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const target = plan.targets.find((t) => t.id === 'HCCB-6-t1');
    const row = rowOf(ws, 2, target?.text ?? '');
    expect([5, 6, 7, 9].map((c) => row.getCell(c).value)).toEqual([190, 310, 300, 'Đúng tiến độ']);
    expect(row.getCell(8).value as number).toBeCloseTo(310 / 600, 6);
    const range = rowOf(ws, 2, plan.targets.find((t) => t.id === 'HCCB-6-t2')?.text ?? '');
    expect([range.getCell(4).value, range.getCell(6).value, range.getCell(9).value]).toEqual(['15 – 20%', 15, 'Đạt/Vượt chỉ tiêu']);
  });

  it('Q3 nobody reported → the summary and HCCB\'s sheet mark the carried figures with their quarter', async () => {
    const out = join(dir, 'tong-hop-q3.xlsx');
    expect((await run(['export', '--plan', PLAN_FILE, '--period', '2024-Q3', '--db', db, '-o', out])).code).toBe(0);
    const q3 = new ExcelJS.Workbook();
    await q3.xlsx.readFile(out);
    const target = plan.targets.find((t) => t.id === 'HCCB-6-t1');
    const row = rowOf(q3.getWorksheet('Tổng hợp') as ExcelJS.Worksheet, 2, target?.text ?? '');
    expect([row.getCell(6).value, row.getCell(9).value]).toEqual([310, 'Chưa có số liệu kỳ này (số liệu đến hết Quý II)']);
    const org = rowOf(q3.getWorksheet('HCCB') as ExcelJS.Worksheet, 2, `- ${target?.text ?? ''}`);
    expect(org.getCell(3).value).toBe('Chưa có số liệu kỳ này (số liệu đến hết Quý II)');
  });

  it('summary layout: frozen header, A4 landscape fit to width, repeated header row, Times New Roman', () => {
    const ws = wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const header = rowOf(ws, 1, 'STT').number;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
    expect(ws.getRow(header + 2).getCell(2).font?.name).toBe('Times New Roman');
    expect(ws.getRow(header + 2).getCell(2).alignment?.wrapText).toBe(true);
  });

  it('organisation sheet → the reported texts of the current Q2 version', () => {
    const ws = wb.getWorksheet('HCCB') as ExcelJS.Worksheet;
    const task = plan.tasks.find((t) => t.id === 'HCCB-6');
    const row = rowOf(ws, 2, task?.text ?? '');
    expect([3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual(['Đang thực hiện', 'Kết nạp thêm 190 hội viên', 'Thiếu kinh phí', 'Đề nghị hỗ trợ kinh phí']);
  });

  it('completeness sheet → Trễ hạn with 1 superseded version, Bị từ chối with the reason, Chưa nộp', () => {
    const ws = wb.getWorksheet('Tình hình nộp') as ExcelJS.Worksheet;
    const name = (c: string) => plan.organizations.find((o) => o.code === c)?.name ?? '';
    const hccb = rowOf(ws, 2, name('HCCB'));
    expect([hccb.getCell(3).value, hccb.getCell(5).value, hccb.getCell(6).value, hccb.getCell(7).value, hccb.getCell(8).value]).toEqual(['Trễ hạn', '05/07/2024', '06/07/2024 08:00', 'HCCB-2024-Q2-v2.xlsx', 1]);
    expect(hccb.getCell(9).value).toBe('trễ 1 ngày');
    const ldld = rowOf(ws, 2, name('LDLD'));
    expect([ldld.getCell(3).value, ldld.getCell(7).value]).toEqual(['Bị từ chối', 'LDLD-Q2.xlsx']);
    expect(String(ldld.getCell(9).value)).toMatch(/ô [A-Z]+\d+: "12a"/);
    expect(rowOf(ws, 2, name('MTTQ')).getCell(3).value).toBe('Chưa nộp');
  });

  it('findings sheet → the cumulative mismatch of HCCB-6-t4 and the rejected file\'s error', () => {
    const ws = wb.getWorksheet('Phát hiện') as ExcelJS.Worksheet;
    const codes: string[] = [];
    ws.eachRow((row) => codes.push(String(row.getCell(9).value ?? '')));
    expect(codes).toContain('evaluate/cumulative-mismatch');
    expect(codes).toContain('ingest/not-a-number');
  });

  it('existing output without --force → exit 2; with --force → rewritten', async () => {
    expect((await run(['export', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '-o', file])).code).toBe(2);
    const forced = await run(['export', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '-o', file, '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.out)).toMatchObject({ file, period: '2024-Q2', organizations: plan.organizations.length, targets: plan.targets.length });
    expect((await run(['export', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', db, '-o', join(dir, 'x.pdf')])).code).toBe(2);
  });
});
