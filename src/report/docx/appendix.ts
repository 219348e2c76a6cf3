import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { AppendixOrgTargetsRow, ReportContent, ReportSettings } from '../../model/report.ts';
import { landscapeTextWidth } from './page.ts';
import { TABLE_STYLE } from './styles.ts';
import { line } from './text.ts';

type Align = 'left' | 'center' | 'right';
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** Every line of the grid, set once on the table instead of on each cell. */
const GRID = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE } as const;
/** Cell padding, twips, set once on the table. */
const CELL_MARGINS = { left: 80, right: 80, top: 40, bottom: 40 } as const;

/**
 * A cell holding one line of text in one of the table paragraph styles (size, spacing, alignment
 * and the header's bold come from the style). No width, borders or margins of its own: the
 * table's grid, borders and margins apply.
 */
function cell(text: string, style: string, bold = false): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ style, children: [bold ? new TextRun({ text, bold }) : new TextRun(text)] })],
  });
}

/** A bordered table whose header row repeats on every page and never splits; `boldLast` for a total row. */
function table(columns: readonly string[], rows: string[][], shares: number[], aligns: Align[], settings: ReportSettings, boldLast = false, boldRows?: ReadonlySet<number>): Table {
  const total = landscapeTextWidth(settings);
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((total * s) / sum));
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  const styles = aligns.map((a) => TABLE_STYLE[a]);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    margins: CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell(c, TABLE_STYLE.header)),
      }),
      ...rows.map(
        (r, k) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) => cell(v, styles[i] ?? TABLE_STYLE.left, (boldLast && k === rows.length - 1) || Boolean(boldRows?.has(k)))),
          }),
      ),
    ],
  });
}

type Appendix = NonNullable<ReportContent['appendix']>;

/** The targets part: one row per target, or for a large population a note and one row per organisation with a total. */
function targetsPart(a: Appendix, settings: ReportSettings): (Paragraph | Table)[] {
  if (!a.byOrg) {
    return [
      line(a.targetsTitle, { size: 14, bold: true, align: 'left', after: 6 }),
      table(
        a.targetColumns,
        a.targets.map((r) => [r.no, r.org, r.target, r.planned, r.value, r.ratio, r.status]),
        [5, 10, 37, 15, 12, 8, 13],
        ['center', 'left', 'left', 'left', 'right', 'right', 'left'],
        settings,
      ),
    ];
  }
  const cells = (r: AppendixOrgTargetsRow) => [r.no, r.org, r.targets, r.achieved, r.onTrack, r.behind, r.carried, r.noData];
  return [
    line(a.targetsTitle, { size: 14, bold: true, align: 'left', after: 3 }),
    line(a.byOrg.note, { size: 14, italics: true, align: 'left', after: 6 }),
    table(
      a.byOrg.columns,
      [...a.byOrg.rows.map(cells), cells(a.byOrg.total)],
      [5, 30, 9, 11, 11, 11, 12, 11],
      ['center', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
      settings,
      true,
    ),
  ];
}

/** "PHỤ LỤC", its title, "(Kèm theo Báo cáo số …)", "-----", the targets table and the completeness table. */
export function appendixChildren(appendix: Appendix, settings: ReportSettings): (Paragraph | Table)[] {
  const a = appendix;
  return [
    line(a.label, { size: 14, bold: true }),
    line(a.title, { size: 14, bold: true }),
    line(a.attached, { size: 14, italics: true }),
    line(settings.titleRule, { size: 14, after: 6 }),
    ...targetsPart(a, settings),
    ...(a.units ? unitsPart(a.units, settings) : [
      line(a.completenessTitle, { size: 14, bold: true, align: 'left', before: 12, after: 6 }),
      table(
        a.completenessColumns,
        a.completeness.map((r) => [r.no, r.org, r.status, r.receivedAt, r.deadline, r.note]),
        [5, 33, 14, 12, 12, 24],
        ['center', 'left', 'left', 'center', 'center', 'left'],
        settings,
      ),
    ]),
  ];
}

/** A unit's report: the units of its subtree with their reporting rates (level subtotals and the total in bold). */
function unitsPart(units: NonNullable<Appendix['units']>, settings: ReportSettings): (Paragraph | Table)[] {
  const bold = new Set(units.rows.flatMap((r, k) => (r.bold ? [k] : [])));
  return [
    line(units.title, { size: 14, bold: true, align: 'left', before: 12, after: 6 }),
    table(
      units.columns,
      units.rows.map((r) => r.cells),
      [5, 35, 10, 10, 10, 10, 10, 10],
      ['center', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
      settings,
      false,
      bold,
    ),
  ];
}
