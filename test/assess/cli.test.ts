import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.ts';
import type { YearAssessment } from '../../src/model/assessment.ts';
import { openStore } from '../../src/store/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { captureContext } from '../helpers/cli.ts';
import { paragraphs, unzipText } from '../report/docx-xml.ts';
import { quarterReport, yearEnd, yearPlan } from './fixtures.ts';

let dir: string;
let planFile: string;
let db: string;

/** A 2025 plan of 3 tasks and 4 targets; the store holds Q1–Q3 (Q4 missing) or all four. */
async function setup(withQ4: boolean): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
  const plan = yearPlan({ tasks: 3, targets: 4 });
  planFile = join(dir, 'plan.yaml');
  await writeFile(planFile, stringify(plan));
  db = join(dir, 'baocao.db');
  const store = openStore(db);
  for (const q of withQ4 ? [1, 2, 3, 4] : [1, 2, 3]) {
    store.recordAccepted({ ...quarterReport(plan, q, q === 4 ? { cumulative: yearEnd({ 0: 150, 1: 140 }, 4) } : {}), findings: [] });
  }
  store.close();
}

async function run(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', 'assess', ...args], ctx);
  return { code, out: ctx.out.join('\n'), err: ctx.err.join('\n') };
}

const base = () => ['--plan', planFile, '--year', '2025', '--db', db];

describe('baocao assess', () => {
  beforeAll(() => setup(true));

  it('--json → one object: the rules named, each organisation with counts and a proposal', async () => {
    const r = await run(...base(), '--json', '--unit', 'TINH');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { assessment: YearAssessment; unit: string };
    expect(json.unit).toBe('TINH');
    expect(json.assessment.rules).toMatchObject({ id: 'qd-366-2025', version: '2025.1' });
    const o = json.assessment.organizations[0];
    expect(o?.targetCounts).toMatchObject({ total: 4, exceeded: 2, met: 2 });
    expect(o?.proposal).toMatchObject({ band: 'xuat-sac', provisional: false });
  });

  it('-o .xlsx → the working sheet: one row per organisation, the committee columns alone unlocked, a list of the bands', async () => {
    const file = join(dir, 'xep-loai.xlsx');
    expect((await run(...base(), '-o', file)).code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Xếp loại');
    expect(ws).toBeDefined();
    const header = ws?.getRow(5);
    const colOf = (text: string) => {
      let found = 0;
      header?.eachCell((c, n) => {
        if (c.value === text) found = n;
      });
      return found;
    };
    const row = ws?.getRow(6);
    expect(row?.getCell(2).value).toBe('HCCB');
    expect(row?.getCell(colOf('Đề xuất xếp loại')).value).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(row?.getCell(colOf('Chỉ tiêu vượt (mức vượt)')).value).toBe('C1: vượt 50%; C2: vượt 40%');
    const grade = row?.getCell(colOf('Xếp loại của Hội đồng'));
    expect(grade?.protection?.locked).toBe(false);
    expect(grade?.dataValidation?.type).toBe('list');
    expect(row?.getCell(colOf('Lý do đề xuất')).protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } } | undefined)?.sheetProtection?.sheet).toBe(true);
  });

  it('-o .docx → the report: the title line, an organisation heading, its proposal sentence, the rules named', async () => {
    const file = join(dir, 'bao-cao.docx');
    expect((await run(...base(), '-o', file, '--date', '2026-01-10')).code).toBe(0);
    const texts = paragraphs((await unzipText(readFileSync(file))).get('word/document.xml') ?? '').map((p) => p.text);
    expect(texts).toContain('kết quả thực hiện nhiệm vụ năm 2025 và đề xuất xếp loại');
    expect(texts).toContain('1. Hội Cựu chiến binh tỉnh');
    expect(texts.some((t) => t.startsWith('Đề xuất: Hoàn thành xuất sắc nhiệm vụ'))).toBe(true);
    expect(texts.some((t) => t.includes('366-QĐ/TW') && t.includes('2025.1'))).toBe(true);
  });

  it('an existing output without --force → exit 2, file untouched', async () => {
    const file = join(dir, 'xep-loai.xlsx');
    const before = readFileSync(file);
    const r = await run(...base(), '-o', file, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).findings.map((f: { code: string }) => f.code)).toEqual(['assess/output-exists']);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('bad year, bad output extension, a year with no rules file → exit 2', async () => {
    expect((await run('--plan', planFile, '--year', '25', '--db', db)).code).toBe(2);
    expect((await run(...base(), '-o', join(dir, 'x.pdf'))).code).toBe(2);
    expect((await run('--plan', planFile, '--year', '2026', '--db', db)).code).toBe(2);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('decide records the committee grade; the next assessment shows it beside the proposal', async () => {
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'assess', 'decide', ...base(), '--org', 'hccb', '--grade', 'tot', '--reason', 'Còn hạn chế về chất lượng'], ctx);
    expect(code).toBe(0);
    const r = await run(...base(), '--json');
    const o = (JSON.parse(r.out) as { assessment: YearAssessment }).assessment.organizations[0];
    expect(o?.proposal.band).toBe('xuat-sac');
    expect(o?.decision).toMatchObject({ band: 'tot', proposedBand: 'xuat-sac', reason: 'Còn hạn chế về chất lượng' });
  });

  it('decide with a grade the rules do not have → exit 2, assess/unknown-grade', async () => {
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'assess', 'decide', ...base(), '--org', 'HCCB', '--grade', 'gioi', '--reason', 'x', '--json'], ctx);
    expect(code).toBe(2);
    expect(JSON.parse(ctx.out.join('')).findings[0].code).toBe('assess/unknown-grade');
  });
});

describe('baocao assess on a year without its Q4 report', () => {
  beforeAll(() => setup(false));

  it('→ exit 0, provisional, Q4 named missing, an assess/quarters-missing warning', async () => {
    const r = await run(...base(), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { assessment: YearAssessment; findings: { code: string }[] };
    const o = json.assessment.organizations[0];
    expect(o?.missingQuarters).toEqual(['2025-Q4']);
    expect(o?.proposal.provisional).toBe(true);
    expect(o?.asOf).toBe('2025-Q3');
    expect(json.findings.map((f) => f.code)).toEqual(['assess/quarters-missing']);
  });
});
