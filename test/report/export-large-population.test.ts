import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LARGE_POPULATION_ORGS } from '../../src/model/index.ts';
import { buildExportWorkbook } from '../../src/report/index.ts';
import { EXPORT_SHEET, ORG_HEADERS } from '../../src/vi/status-export-text.ts';
import { TARGET_STATUS_LABEL } from '../../src/vi/labels.ts';
import { populationInput } from './fixture.ts';

/*
 * One organisation more than the export's default orgSheetsMax (LARGE_POPULATION_ORGS, as the
 * Word appendix): every organisation on one filterable sheet instead of a sheet each. The detail
 * sheet is checked against the per-organisation sheets the same data gives with a higher limit.
 */
const N = LARGE_POPULATION_ORGS + 1;
const { plan, evaluation, submissions } = await populationInput(N);

describe('Excel export, large population', async () => {
  const exportInput = { submissions, findings: [] };
  // Through the bytes, as a user opens it: the shared cell styles must survive writing.
  const written = await buildExportWorkbook(plan, evaluation, exportInput);
  const large = new ExcelJS.Workbook();
  await large.xlsx.load(Buffer.from(await written.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  const perOrg = await buildExportWorkbook(plan, evaluation, exportInput, { orgSheetsMax: N });
  const detail = large.getWorksheet(EXPORT_SHEET.detail)!;
  const headerRow = detail.views[0]?.state === 'frozen' ? (detail.views[0].ySplit ?? 0) : 0;
  const values = (row: ExcelJS.Row, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => {
      const v = row.getCell(from + k).value;
      return v === null || v === undefined ? '' : v;
    });

  it(`${N} organisations → one detail sheet instead of a sheet each; orgSheetsMax ≥ ${N} → a sheet each`, () => {
    expect(large.worksheets.map((w) => w.name)).toEqual([EXPORT_SHEET.summary, EXPORT_SHEET.detail, EXPORT_SHEET.completeness, EXPORT_SHEET.findings]);
    expect(perOrg.worksheets).toHaveLength(N + 3);
  });
  it('detail sheet → organisation column first, then the columns of an organisation sheet; header frozen; filter over every row', () => {
    expect(headerRow).toBeGreaterThan(0);
    const orgSheet = perOrg.getWorksheet(plan.organizations[0]!.code)!;
    const orgHeader = (orgSheet.views[0] as { ySplit?: number }).ySplit ?? 0;
    expect(values(detail.getRow(headerRow), 1, 7)).toEqual([ORG_HEADERS.org, ...values(orgSheet.getRow(orgHeader), 1, 6)]);
    expect(detail.autoFilter).toBe(`A${headerRow}:G${detail.rowCount}`);
  });
  it("an organisation's detail rows → exactly the rows of its own sheet, its name on each (reported, missing, last)", () => {
    for (const org of [plan.organizations[0]!, plan.organizations[3]!, plan.organizations.at(-1)!]) {
      const mine: unknown[][] = [];
      detail.eachRow((row, n) => {
        if (n > headerRow && row.getCell(1).value === org.name) mine.push(values(row, 2, 7));
      });
      const own = perOrg.getWorksheet(org.code)!;
      const ownHeader = (own.views[0] as { ySplit?: number }).ySplit ?? 0;
      const expected: unknown[][] = [];
      own.eachRow((row, n) => {
        if (n > ownHeader) expected.push(values(row, 1, 6));
      });
      expect(expected.length).toBeGreaterThan(0);
      expect(mine).toEqual(expected);
    }
  });
  it('target rows → coloured by status; task rows not; completeness → only the status cell coloured', () => {
    const argb = (cell: ExcelJS.Cell) => (cell.fill && 'fgColor' in cell.fill ? cell.fill.fgColor?.argb : undefined);
    const achieved = TARGET_STATUS_LABEL.achieved;
    let target: ExcelJS.Row | undefined;
    let task: ExcelJS.Row | undefined;
    detail.eachRow((row, n) => {
      if (n <= headerRow) return;
      if (!target && row.getCell(4).value === achieved) target = row;
      if (!task && row.getCell(2).value) task = row;
    });
    expect(argb(target!.getCell(3))).toBe('FFC6EFCE');
    expect(argb(task!.getCell(3))).toBeUndefined();
    const completeness = large.getWorksheet(EXPORT_SHEET.completeness)!;
    const first = completeness.getRow(((completeness.views[0] as { ySplit?: number }).ySplit ?? 0) + 1);
    expect(argb(first.getCell(3))).toMatch(/^FF[0-9A-F]{6}$/);
    expect(argb(first.getCell(2))).toBeUndefined();
  });
});
