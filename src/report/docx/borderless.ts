import { BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

/**
 * A borderless two-column table (header block, signature block), fixed widths in twips; rows
 * never split across pages. One row by default; the header block passes a second row so the
 * number and the place/date share a baseline whatever the lines above them.
 */
export function borderlessTwoColumns(
  widths: [number, number],
  left: Paragraph[],
  right: Paragraph[],
  more: ReadonlyArray<[Paragraph[], Paragraph[]]> = [],
): Table {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: NO_CELL_BORDERS,
      verticalAlign: VerticalAlign.TOP,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children,
    });
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [[left, right] as const, ...more].map(
      ([l, r]) => new TableRow({ cantSplit: true, children: [cell(widths[0], l), cell(widths[1], r)] }),
    ),
  });
}
