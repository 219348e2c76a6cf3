import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ReportContent, ReportSettings } from '../../model/report.ts';
import { landscapeTextWidth } from './page.ts';
import { line, pt } from './text.ts';

type Align = 'left' | 'center' | 'right';
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cell(text: string, width: number, size: number, align: Align, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    borders: { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE },
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text, size: pt(size), bold })],
      }),
    ],
  });
}

/** A bordered table whose header row repeats on every page and never splits. */
function table(columns: readonly string[], rows: string[][], shares: number[], aligns: Align[], settings: ReportSettings): Table {
  const total = landscapeTextWidth(settings);
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((total * s) / sum));
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  const size = settings.tableFontSize;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c, widths[i] ?? 0, size, 'center', true)),
      }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, widths[i] ?? 0, size, aligns[i] ?? 'left')) }),
      ),
    ],
  });
}

/** "PHỤ LỤC", its title, "(Kèm theo Báo cáo số …)", "-----", the targets table and the completeness table. */
export function appendixChildren(appendix: NonNullable<ReportContent['appendix']>, settings: ReportSettings): (Paragraph | Table)[] {
  const a = appendix;
  return [
    line(a.label, { size: 14, bold: true }),
    line(a.title, { size: 14, bold: true }),
    line(a.attached, { size: 14, italics: true }),
    line(settings.titleRule, { size: 14, after: 6 }),
    line(a.targetsTitle, { size: 14, bold: true, align: 'left', after: 6 }),
    table(
      a.targetColumns,
      a.targets.map((r) => [r.no, r.org, r.target, r.planned, r.value, r.ratio, r.status]),
      [5, 10, 37, 15, 12, 8, 13],
      ['center', 'left', 'left', 'left', 'right', 'right', 'left'],
      settings,
    ),
    line(a.completenessTitle, { size: 14, bold: true, align: 'left', before: 12, after: 6 }),
    table(
      a.completenessColumns,
      a.completeness.map((r) => [r.no, r.org, r.status, r.receivedAt, r.deadline, r.note]),
      [5, 33, 14, 12, 12, 24],
      ['center', 'left', 'left', 'center', 'center', 'left'],
      settings,
    ),
  ];
}
