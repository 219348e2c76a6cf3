import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { ReportSettings } from '../model/report.ts';
import { TABLE_STYLE, textWidth } from '../report/index.ts';

type Align = 'left' | 'center' | 'right';
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE } as const;
const CELL_MARGINS = { left: 80, right: 80, top: 40, bottom: 40 } as const;

function cell(text: string, style: string, bold: boolean, keepNext = false, span = 1): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    ...(span > 1 ? { columnSpan: span } : {}),
    children: [new Paragraph({ style, ...(keepNext ? { keepNext: true } : {}), children: [bold ? new TextRun({ text, bold }) : new TextRun(text)] })],
  });
}

/**
 * A bordered table across the portrait text width, in the report's table paragraph styles; the
 * header row (when given) repeats on every page; rows never split. `boldColumn` sets one column
 * in bold (the label column; `bold2` also the third, for two label/value pairs side by side); `keepTogether` keeps the table on one page
 * (each row's paragraphs keep with the next, as Word does for a table that must not split).
 */
export function gridTable(
  header: readonly string[] | null,
  rows: readonly string[][],
  shares: readonly number[],
  aligns: readonly Align[],
  settings: ReportSettings,
  boldColumn = -1,
  keepTogether = false,
  bold2 = false,
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
      ...(header ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, TABLE_STYLE.header, false, keepTogether)) })] : []),
      ...rows.map(
        (r, k) =>
          new TableRow({
            cantSplit: true,
            // A row shorter than the table: its last cell spans the columns left.
            children: r.map((v, i) => {
              const span = i === r.length - 1 ? shares.length - i : 1;
              const style = span > 1 ? TABLE_STYLE.left : TABLE_STYLE[aligns[i] ?? 'left'];
              return cell(v, style, i === boldColumn || (bold2 && i === 2), keepTogether && k < rows.length - 1, span);
            }),
          }),
      ),
    ],
  });
}
