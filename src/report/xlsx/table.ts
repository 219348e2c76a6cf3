import type { Alignment, Fill, Font, Style, Worksheet } from 'exceljs';
import { columnLetter, landscapePrintSetup } from '../../template/index.ts';
import { EXPORT_TEXT } from '../../vi/status-export-text.ts';
import { BOX, CENTER, GROUP_FILL, HEADER_FILL, RIGHT_TOP, WRAP_TOP, fitHeight, font } from './style.ts';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
  numFmt?: string;
}

export type CellValue = string | number | null;

/**
 * A data row (a fill for the whole row, or per cell in `fills`; fonts per cell), or a group
 * heading spanning the whole table ("I. Hội Cựu chiến binh tỉnh").
 */
export type TableRow =
  | { cells: CellValue[]; fill?: Fill; fills?: Array<Fill | undefined>; fonts?: Array<Partial<Font> | undefined> }
  | { group: string };

export interface TableSheetInput {
  titles: ReadonlyArray<{ text: string; size: number; bold?: boolean; italic?: boolean }>;
  columns: readonly Column[];
  rows: readonly TableRow[];
  notes?: readonly string[];
}

const ALIGN: Record<NonNullable<Column['align']>, Partial<Alignment>> = {
  left: WRAP_TOP,
  center: { ...CENTER, vertical: 'top' },
  right: { ...RIGHT_TOP, wrapText: true },
};

/**
 * The styles of a table's data cells, one frozen object per distinct look. exceljs keys its style
 * table by the style object, so cells sharing one are written without re-serialising it each
 * time, and a sheet of a hundred thousand cells holds a few dozen style objects instead of one
 * each. Frozen: a later `cell.fill = …` on a shared style throws instead of recolouring every
 * cell that shares it — give per-cell looks through TableRow (fills, fonts) instead.
 */
function dataStyles(columns: readonly Column[]) {
  const cache = new Map<string, Partial<Style>>();
  const fillIds = new Map<Fill, number>();
  const fillId = (f: Fill | undefined) => {
    if (!f) return 0;
    let id = fillIds.get(f);
    if (id === undefined) fillIds.set(f, (id = fillIds.size + 1));
    return id;
  };
  return (i: number, value: CellValue, extraFont: Partial<Font> | undefined, fill: Fill | undefined): Partial<Style> => {
    const c = columns[i]!;
    const align = c.align ?? (typeof value === 'number' ? 'right' : 'left');
    const key = `${i}|${align}|${fillId(fill)}|${extraFont ? JSON.stringify(extraFont) : ''}`;
    let style = cache.get(key);
    if (!style) {
      style = Object.freeze({
        font: font(extraFont ?? {}),
        alignment: ALIGN[align],
        border: BOX,
        ...(c.numFmt ? { numFmt: c.numFmt } : {}),
        ...(fill ? { fill } : {}),
      });
      cache.set(key, style);
    }
    return style;
  };
}


/**
 * Writes a titled table on a sheet the way the templates look: centred bold titles, a shaded
 * header row with borders, wrapped Times New Roman cells, row heights fitted to the text,
 * the header frozen, A4 landscape fitted to the page width with the header repeated on every page.
 * Returns the row numbers of the header and of the data rows.
 */
export function writeTable(ws: Worksheet, input: TableSheetInput): { headerRow: number; dataRows: number[]; lastLetter: string } {
  const { columns } = input;
  const lastLetter = columnLetter(columns.length);
  ws.columns = columns.map((c) => ({ width: c.width }));
  let rowNo = 1;
  for (const t of input.titles) {
    ws.mergeCells(`A${rowNo}:${lastLetter}${rowNo}`);
    const cell = ws.getCell(`A${rowNo}`);
    cell.value = t.text;
    cell.font = font({ size: t.size, bold: t.bold ?? false, italic: t.italic ?? false });
    cell.alignment = CENTER;
    const totalWidth = columns.reduce((s, c) => s + c.width, 0);
    ws.getRow(rowNo).height = fitHeight([{ text: t.text, width: totalWidth, size: t.size }], 20);
    rowNo++;
  }
  rowNo++; // one blank line under the titles
  const headerRow = rowNo;
  const header = ws.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = font({ bold: true, size: 11 });
    cell.alignment = CENTER;
    cell.fill = HEADER_FILL;
    cell.border = BOX;
  });
  header.height = fitHeight(columns.map((c) => ({ text: c.header, width: c.width, size: 11 })), 30);

  const styleOf = dataStyles(columns);
  const dataRows: number[] = [];
  for (const r of input.rows) {
    rowNo++;
    const row = ws.getRow(rowNo);
    if ('group' in r) {
      ws.mergeCells(`A${rowNo}:${lastLetter}${rowNo}`);
      const cell = row.getCell(1);
      cell.value = r.group;
      cell.font = font({ bold: true });
      cell.alignment = WRAP_TOP;
      cell.fill = GROUP_FILL;
      cell.border = BOX;
      row.height = fitHeight([{ text: r.group, width: columns.reduce((s, c) => s + c.width, 0) }]);
      continue;
    }
    dataRows.push(rowNo);
    const texts: Array<{ text: string; width: number }> = [];
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = r.cells[i] ?? null;
      if (value !== null) cell.value = value;
      cell.style = styleOf(i, value, r.fonts?.[i], r.fills?.[i] ?? r.fill);
      if (typeof value === 'string') texts.push({ text: value, width: c.width });
    });
    row.height = fitHeight(texts);
  }
  for (const note of input.notes ?? []) {
    rowNo += 1;
    ws.mergeCells(`A${rowNo}:${lastLetter}${rowNo}`);
    const cell = ws.getCell(`A${rowNo}`);
    cell.value = note;
    cell.font = font({ italic: true, size: 11 });
    cell.alignment = WRAP_TOP;
  }

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, activeCell: `A${headerRow + 1}` }];
  ws.pageSetup = landscapePrintSetup(`${headerRow}:${headerRow}`, `A1:${lastLetter}${Math.max(rowNo, headerRow)}`);
  ws.headerFooter = { oddFooter: `&C&"Times New Roman,Regular"&11${EXPORT_TEXT.footer}` };
  return { headerRow, dataRows, lastLetter };
}

export { columnLetter };
