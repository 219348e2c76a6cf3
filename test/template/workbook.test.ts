import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SHEET_NAME, META_SHEET_NAME, ID_COLUMN_HEADER, GUIDE_SHEET_NAME, INFO_SHEET_NAME, type WorkbookMeta } from '../../src/model/workbook-meta.ts';
import type { TemplateFile } from '../../src/model/template.ts';
import type { Plan } from '../../src/model/plan.ts';
import { readTemplateMeta, writeTemplates } from '../../src/template/index.ts';
import { type DumpedSheet, dumpWithOpenpyxl, expandSqref, samplePlan, tempDir } from './fixtures.ts';

let plan: Plan;
let hash: string;
let files: TemplateFile[];
let dumps: Array<{ sheets: DumpedSheet[] }>;
const metas = new Map<string, WorkbookMeta>();
const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  ({ plan, hash } = await samplePlan());
  const result = await writeTemplates(plan, hash, { period: '2024-Q1', outDir: tempDir('six') });
  expect(result.findings).toEqual([]);
  files = result.files;
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f.path);
    books.set(f.org, wb);
    const meta = readTemplateMeta(wb);
    if (meta) metas.set(f.org, meta);
  }
  dumps = dumpWithOpenpyxl(files.map((f) => f.path));
});

const sheetOf = (i: number, title: string): DumpedSheet => {
  const s = dumps[i]?.sheets.find((x) => x.title === title);
  if (!s) throw new Error(`no sheet ${title}`);
  return s;
};

describe('six workbooks for the sample plan, 2024-Q1', () => {
  it('sample plan → one file per organisation, named period_org.xlsx, with its task and target counts', () => {
    expect(files.map((f) => f.org)).toEqual(plan.organizations.map((o) => o.code));
    for (const f of files) {
      expect(f.path.endsWith(`2024-Q1_${f.org}.xlsx`)).toBe(true);
      expect(f.tasks).toBe(plan.tasks.filter((t) => t.org === f.org).length);
      const taskIds = new Set(plan.tasks.filter((t) => t.org === f.org).map((t) => t.id));
      expect(f.targets).toBe(plan.targets.filter((t) => taskIds.has(t.task)).length);
    }
  });

  it('metadata sheet → very hidden (openpyxl), parses with zod, names plan, hash, org, period', () => {
    files.forEach((f, i) => {
      expect(sheetOf(i, META_SHEET_NAME).state).toBe('veryHidden');
      const meta = metas.get(f.org);
      expect(meta).toMatchObject({ planId: plan.id, planHash: hash, org: f.org, period: '2024-Q1', sheet: REPORT_SHEET_NAME });
    });
  });

  it('row map → matches the hidden ID column and covers every task and target once, in order', () => {
    files.forEach((f, i) => {
      const meta = metas.get(f.org)!;
      const report = sheetOf(i, REPORT_SHEET_NAME);
      const idCol = meta.columns.id!;
      expect(report.hiddenColumns).toContain(idCol);
      const headerRow = meta.rows[0]!.row - 2;
      expect(report.cells[`${idCol}${headerRow}`]?.value).toBe(ID_COLUMN_HEADER);
      for (const entry of meta.rows) expect(report.cells[`${idCol}${entry.row}`]?.value).toBe(entry.id);
      const rows = meta.rows.map((r) => r.row);
      expect(rows).toEqual(rows.map((_, k) => rows[0]! + k));
      const tasks = plan.tasks.filter((t) => t.org === f.org).map((t) => t.id);
      expect(meta.rows.filter((r) => r.kind === 'task').map((r) => r.id)).toEqual(tasks);
      const targets = new Set(plan.targets.filter((t) => tasks.includes(t.task)).map((t) => t.id));
      expect(new Set(meta.rows.filter((r) => r.kind === 'target').map((r) => r.id))).toEqual(targets);
    });
  });

  it('every sheet → protected without password; report sheet: only input cells unlocked', () => {
    files.forEach((f, i) => {
      for (const title of [REPORT_SHEET_NAME, GUIDE_SHEET_NAME, INFO_SHEET_NAME, META_SHEET_NAME]) {
        expect(sheetOf(i, title).protected).toBe(true);
        expect(sheetOf(i, title).hasPassword).toBe(false);
      }
      const meta = metas.get(f.org)!;
      const report = sheetOf(i, REPORT_SHEET_NAME);
      const expected = new Set<string>();
      for (const r of meta.rows) {
        const keys = r.kind === 'target' ? (['inPeriod', 'cumulative'] as const) : (['progress', 'result', 'difficulties', 'proposals'] as const);
        for (const k of keys) expected.add(`${meta.columns[k]}${r.row}`);
      }
      const unlocked = Object.entries(report.cells).filter(([, c]) => !c.locked).map(([a]) => a);
      expect(new Set(unlocked)).toEqual(expected);
      // Task, target and unit texts are locked.
      const firstTarget = meta.rows.find((r) => r.kind === 'target');
      if (firstTarget) expect(report.cells[`${meta.columns.target}${firstTarget.row}`]?.locked).toBe(true);
    });
  });

  it('validations → every input cell covered exactly once, none on locked cells; percent targets 0–100', () => {
    files.forEach((f, i) => {
      const meta = metas.get(f.org)!;
      const report = sheetOf(i, REPORT_SHEET_NAME);
      const covered = new Map<string, number>();
      for (const v of report.validations) for (const a of expandSqref(v.sqref)) covered.set(a, (covered.get(a) ?? 0) + 1);
      const unlocked = Object.entries(report.cells).filter(([, c]) => !c.locked).map(([a]) => a);
      for (const a of unlocked) expect(covered.get(a), `${f.org} ${a}`).toBe(1);
      for (const a of covered.keys()) expect(report.cells[a]?.locked ?? true, `${f.org} ${a} locked but validated`).toBe(false);
      const pctTargets = plan.targets.filter((t) => t.kind === 'percent').map((t) => t.id);
      for (const r of meta.rows.filter((x) => pctTargets.includes(x.id))) {
        const v = report.validations.find((x) => expandSqref(x.sqref).includes(`${meta.columns.cumulative}${r.row}`));
        expect([v?.type, v?.formula1, v?.formula2]).toEqual(['decimal', '0', '100']);
      }
      const progress = report.validations.find((x) => x.type === 'list');
      expect(progress?.formula1).toBe('"Hoàn thành,Đang thực hiện,Chưa thực hiện"');
      expect(report.validations.every((x) => Boolean(x.prompt) && Boolean(x.error))).toBe(true);
      expect(sheetOf(i, INFO_SHEET_NAME).validations).toHaveLength(6);
    });
  });

  it('ratio column → a formula over the cumulative cell on every target row, blank text when empty; colours set', () => {
    files.forEach((f, i) => {
      const meta = metas.get(f.org)!;
      const report = sheetOf(i, REPORT_SHEET_NAME);
      for (const r of meta.rows.filter((x) => x.kind === 'target')) {
        const target = plan.targets.find((t) => t.id === r.id)!;
        const formula = String(report.cells[`${meta.columns.ratio}${r.row}`]?.value ?? '');
        if (target.value === 0 && target.comparator !== 'lte' && target.comparator !== 'lt') continue;
        expect(formula).toMatch(/^=IF\(ISNUMBER\(/);
        expect(formula).toContain(`${meta.columns.cumulative}${r.row}`);
        expect(formula).toContain(String(target.value));
      }
      if (meta.rows.some((r) => r.kind === 'target')) expect(report.conditional.join(' ')).toContain(`${meta.columns.ratio}`);
    });
  });

  it('print setup → A4 landscape, 1 page wide, header rows repeated, page numbers, frozen header, Times New Roman', () => {
    files.forEach((f, i) => {
      const report = sheetOf(i, REPORT_SHEET_NAME);
      expect(report).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitleRows: '$6:$7' });
      expect(report.footer).toContain('&P');
      expect(report.footer).toContain('&N');
      expect(report.freeze).toBe('A8');
      const fonts = new Set(Object.values(report.cells).map((c) => c.font));
      expect([...fonts]).toEqual(['Times New Roman']);
      expect(sheetOf(i, GUIDE_SHEET_NAME)).toMatchObject({ orientation: 'portrait', fitToWidth: 1 });
    });
  });

  it('target rows → short target phrase and unit; qualitative tasks → no number cells', () => {
    const hccb = files.findIndex((f) => f.org === 'HCCB');
    const meta = metas.get('HCCB')!;
    const report = sheetOf(hccb, REPORT_SHEET_NAME);
    for (const r of meta.rows.filter((x) => x.kind === 'target')) {
      const phrase = String(report.cells[`${meta.columns.target}${r.row}`]?.value);
      expect(phrase).toMatch(/^(≥|>|≤|<)? ?[\d.,]+( – [\d.,]+)?%?$/);
      expect(report.cells[`${meta.columns.unit}${r.row}`]?.value).toBeTruthy();
    }
    for (const r of meta.rows.filter((x) => x.kind === 'task')) {
      expect(report.cells[`${meta.columns.inPeriod}${r.row}`]?.locked ?? true).toBe(true);
      expect(report.cells[`${meta.columns.target}${r.row}`]?.value ?? null).toBeNull();
    }
  });

  it('guide sheet → deadline from the plan rule, in long Vietnamese form, and where to send', () => {
    const guide = sheetOf(0, GUIDE_SHEET_NAME);
    const text = Object.values(guide.cells).map((c) => String(c.value)).join('\n');
    expect(text).toContain('ngày 05 tháng 4 năm 2024');
    expect(text).toContain(plan.reporting.submitTo ?? plan.reporting.body);
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
