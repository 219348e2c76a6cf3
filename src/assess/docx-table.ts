import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { ReportSettings } from '../model/report.ts';
import { TABLE_STYLE, textWidth } from '../report/index.ts';

type Align = 'left' | 'center' | 'right';
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE } as const;
const CELL_MARGINS = { left: 80, right: 80, top: 40, bottom: 40 } as const;

function cell(text: string, style: string, bold: boolean): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ style, children: [bold ? new TextRun({ text, bold }) : new TextRun(text)] })],
  });
}

/**
 * A bordered table across the portrait text width, in the report's table paragraph styles; the
 * header row (when given) repeats on every page; rows never split. `boldColumn` sets one column
 * in bold (the label column of a two-column table).
 */
export function gridTable(
  header: readonly string[] | null,
  rows: readonly string[][],
  shares: readonly number[],
  aligns: readonly Align[],
  settings: ReportSettings,
  boldColumn = -1,
): Table {
  const total = textWidth(settings);
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((total * s) / sum));
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    margins: CELL_MARGINS,
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, TABLE_STYLE.header, false)) })] : []),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, TABLE_STYLE[aligns[i] ?? 'left'], i === boldColumn)) }),
      ),
    ],
  });
}
