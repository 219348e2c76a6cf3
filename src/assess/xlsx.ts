import type ExcelJS from 'exceljs';
import type { AssessmentRules, OrgAssessment, YearAssessment } from '../model/assessment.ts';
import { Workbook } from '../xlsx/exceljs.ts';
import { ASSESS_DOC, ASSESS_SHEET, timelinessLabel } from '../vi/assess-text.ts';
import { periodName } from '../vi/period.ts';
import { formatViPercent } from '../vi/number.ts';

// The look of baocao's workbooks (src/report/xlsx/style.ts): Times New Roman 12, thin borders, a pale header.
const FONT = { name: 'Times New Roman', size: 12 } as const;
const thin = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BOX: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } });
const HEADER_FILL = solid('FFD9E1F2');
/** The committee's columns: tinted, unlocked, the only cells a user can type in. */
const INPUT_FILL = solid('FFFFF2CC');
const CENTER: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

interface Column {
  key: string;
  header: string;
  group: keyof typeof ASSESS_SHEET.groups | null;
  width: number;
  value: (o: OrgAssessment, i: number) => string | number | null;
  format?: string;
  input?: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function columns(bandNames: ReadonlyMap<string, string>): Column[] {
  const c = ASSESS_SHEET.columns;
  const n = (f: (o: OrgAssessment) => number, key: string, header: string, group: Column['group']): Column => ({ key, header, group, width: 9, value: f, format: '#,##0' });
  return [
    { key: 'no', header: c.no, group: null, width: 5, value: (_, i) => i + 1 },
    { key: 'code', header: c.code, group: null, width: 9, value: (o) => o.org },
    { key: 'org', header: c.org, group: null, width: 28, value: (o) => o.name },
    n((o) => o.taskCounts.total, 'tasks', c.tasks, 'tasks'),
    n((o) => o.taskCounts.doneOnTime, 'onTime', c.onTime, 'tasks'),
    n((o) => o.taskCounts.doneLate, 'late', c.late, 'tasks'),
    n((o) => o.taskCounts.notDone + o.taskCounts.overdue, 'notDone', c.notDone, 'tasks'),
    n((o) => o.taskCounts.pending, 'pending', c.pending, 'tasks'),
    n((o) => o.taskCounts.noData, 'taskNoData', c.taskNoData, 'tasks'),
    n((o) => o.targetCounts.total, 'targets', c.targets, 'targets'),
    n((o) => o.targetCounts.met, 'met', c.met, 'targets'),
    n((o) => o.targetCounts.exceeded, 'exceeded', c.exceeded, 'targets'),
    { key: 'exceededShare', header: c.exceededShare, group: 'targets', width: 9, value: (o) => o.metrics.targetsExceededShare, format: '0.0%' },
    {
      key: 'exceededBy', header: c.exceededBy, group: 'targets', width: 18,
      value: (o) => o.targets.filter((t) => t.standing === 'exceeded').map((t) => ASSESS_SHEET.exceededBy(t.targetId, t.exceededBy === null ? '' : formatViPercent(t.exceededBy, 1))).join('; '),
    },
    n((o) => o.targetCounts.missed, 'missed', c.missed, 'targets'),
    n((o) => o.targetCounts.noData, 'targetNoData', c.targetNoData, 'targets'),
    {
      key: 'key', header: c.keyTargets, group: 'targets', width: 11,
      value: (o) => (o.keyTargetCounts.total > 0 ? ASSESS_DOC.count(o.keyTargetCounts.met + o.keyTargetCounts.exceeded, o.keyTargetCounts.total) : ASSESS_DOC.none),
    },
    ...[0, 1, 2, 3].map((k): Column => ({
      key: `q${k + 1}`, header: c.quarter(ROMAN[k] as string), group: 'reports', width: 11,
      value: (o) => {
        const q = o.quarters[k];
        return q ? timelinessLabel(q.completeness, q.overdue, q.daysLate) : '';
      },
    })),
    { key: 'asOf', header: c.asOf, group: 'proposal', width: 12, value: (o) => (o.asOf ? periodName(o.asOf) : '') },
    { key: 'proposal', header: c.proposal, group: 'proposal', width: 18, value: (o) => o.proposal.bandName ?? ASSESS_DOC.withheld },
    { key: 'provisional', header: c.provisional, group: 'proposal', width: 8, value: (o) => (o.proposal.provisional ? ASSESS_SHEET.yes : '') },
    { key: 'reason', header: c.reason, group: 'proposal', width: 48, value: (o) => o.proposal.reason },
    { key: 'points', header: c.points, group: 'committee', width: 10, value: () => null, input: true, format: '0.##' },
    { key: 'grade', header: c.committeeGrade, group: 'committee', width: 18, value: (o) => (o.decision ? (bandNames.get(o.decision.band) ?? o.decision.band) : null), input: true },
    { key: 'note', header: c.committeeNote, group: 'committee', width: 32, value: (o) => o.decision?.reason ?? null, input: true },
  ];
}

const FIRST_DATA_ROW = 6;

/** "Căn cứ": the rule set's name and version, then each band, its conditions and what the committee weighs. */
function addRulesSheet(wb: ExcelJS.Workbook, rules: AssessmentRules): string {
  const ws = wb.addWorksheet(ASSESS_SHEET.rulesName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 30 }, { width: 18 }, { width: 60 }, { width: 50 }];
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = ASSESS_SHEET.rulesLine(rules.title, rules.version);
  ws.getCell('A1').font = { ...FONT, bold: true };
  ws.getCell('A1').alignment = WRAP;
  ws.getRow(1).height = 34;
  if (rules.note) {
    ws.mergeCells('A2:D2');
    ws.getCell('A2').value = ASSESS_DOC.noteLine(rules.note);
    ws.getCell('A2').font = { ...FONT, italic: true };
    ws.getCell('A2').alignment = WRAP;
    ws.getRow(2).height = 34;
  }
  const header = ws.getRow(4);
  ASSESS_SHEET.rulesColumns.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = CENTER;
  });
  rules.bands.forEach((b, k) => {
    const row = ws.getRow(5 + k);
    [b.name, b.id, b.conditions.map((c) => c.text).join('; '), b.judgement.join('; ')].forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      cell.font = FONT;
      cell.border = BOX;
      cell.alignment = WRAP;
    });
  });
  ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  // The band names the committee picks from (data validation of "Xếp loại của Hội đồng").
  return `'${ASSESS_SHEET.rulesName}'!$A$5:$A$${4 + rules.bands.length}`;
}

/**
 * The committee's working sheet: one row per organisation with its figures, the proposed grade
 * and reason (locked), and empty, unlocked columns for the points, the committee's grade (a list
 * of the rules' bands) and its notes — prefilled with decisions already recorded.
 */
export async function buildAssessmentWorkbook(assessment: YearAssessment, rules: AssessmentRules): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  wb.creator = 'baocao';
  wb.created = new Date(0);
  const bandNames = new Map(rules.bands.map((b) => [b.id, b.name]));
  const cols = columns(bandNames);
  const ws = wb.addWorksheet(ASSESS_SHEET.name, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: FIRST_DATA_ROW - 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `4:${FIRST_DATA_ROW - 1}` },
  });
  ws.columns = cols.map((c) => ({ key: c.key, width: c.width }));
  const last = cols.length;
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = ASSESS_SHEET.title(assessment.year);
  ws.getCell(1, 1).font = { ...FONT, size: 14, bold: true };
  ws.getCell(1, 1).alignment = CENTER;
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = ASSESS_SHEET.rulesLine(assessment.rules.title, assessment.rules.version) + (assessment.rules.note ? ` — ${assessment.rules.note}` : '');
  ws.getCell(2, 1).font = { ...FONT, italic: true };
  ws.getCell(2, 1).alignment = { ...CENTER, wrapText: true };
  ws.getRow(2).height = 32;
  ws.mergeCells(3, 1, 3, last);
  ws.getCell(3, 1).value = ASSESS_SHEET.instructions;
  ws.getCell(3, 1).font = FONT;

  // Row 4: group headers over their columns; row 5: the columns.
  const groupRow = ws.getRow(4);
  const headRow = ws.getRow(5);
  let k = 0;
  while (k < cols.length) {
    const g = cols[k]?.group ?? null;
    let end = k;
    while (end + 1 < cols.length && g !== null && cols[end + 1]?.group === g) end++;
    if (g === null) ws.mergeCells(4, k + 1, 5, k + 1);
    else {
      if (end > k) ws.mergeCells(4, k + 1, 4, end + 1);
      groupRow.getCell(k + 1).value = ASSESS_SHEET.groups[g];
    }
    k = end + 1;
  }
  cols.forEach((c, i) => {
    if (c.group === null) groupRow.getCell(i + 1).value = c.header;
    else headRow.getCell(i + 1).value = c.header;
    for (const row of [groupRow, headRow]) {
      const cell = row.getCell(i + 1);
      cell.font = { ...FONT, bold: true };
      cell.fill = c.input ? INPUT_FILL : HEADER_FILL;
      cell.border = BOX;
      cell.alignment = CENTER;
    }
  });
  headRow.height = 48;

  const gradeList = addRulesSheet(wb, rules);
  assessment.organizations.forEach((o, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    cols.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = c.value(o, i);
      cell.font = FONT;
      cell.border = BOX;
      cell.alignment = c.key === 'reason' || c.key === 'org' || c.key === 'note' || c.key === 'exceededBy' ? WRAP : { ...CENTER, vertical: 'top' };
      if (c.format) cell.numFmt = c.format;
      if (c.input) {
        cell.protection = { locked: false };
        cell.fill = INPUT_FILL;
        if (c.key === 'grade') {
          cell.dataValidation = { type: 'list', allowBlank: true, formulae: [gradeList], showErrorMessage: true, error: ASSESS_SHEET.gradeList };
        }
        if (c.key === 'points') {
          cell.dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], showErrorMessage: true };
        }
      }
    });
    row.height = Math.max(48, Math.ceil(o.proposal.reason.length / 55) * 16 + 8);
  });
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return wb;
}

/** The working sheet as .xlsx bytes. */
export async function writeAssessmentXlsx(assessment: YearAssessment, rules: AssessmentRules): Promise<Buffer> {
  const wb = await buildAssessmentWorkbook(assessment, rules);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
