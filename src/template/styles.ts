import type { Alignment, Border, Borders, Fill, Font, PageSetup } from 'exceljs';

export const FONT_NAME = 'Times New Roman';
export const BODY_SIZE = 12;

export const font = (extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, size: BODY_SIZE, ...extra });

const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** Input cells: pale yellow, the "fill me" colour of Vietnamese office forms. */
export const INPUT_FILL = solid('FFFFF2CC');
export const HEADER_FILL = solid('FFD9E1F2');
export const TASK_FILL = solid('FFF2F2F2');
export const READONLY_FILL = solid('FFEDEDED');
export const ACHIEVED_FILL = solid('FFC6EFCE');
export const BEHIND_FILL = solid('FFFCE4D6');

export const WRAP_TOP: Partial<Alignment> = { wrapText: true, vertical: 'top' };
export const CENTER: Partial<Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };

/** Points per text line of a font size (Times New Roman / Liberation Serif, single spacing). */
const lineHeight = (size: number) => size * 1.17;

export interface TextBox {
  text: string;
  /** Column width (Excel units: digits of the default font). */
  width: number;
  size?: number;
  bold?: boolean;
}

/**
 * Lines a text needs in a column, as Excel lays it out. A width unit is a digit of the
 * workbook's default font (Calibri 11, 7 px); 12 pt Times New Roman Vietnamese text averages
 * 6.9 px a character, so a column holds about one character per unit; bold is 8 % wider.
 * (LibreOffice without Calibri/Carlito measures units in DejaVu Sans, 9.3 px: rows look roomier there.)
 */
export function estimateLines({ text, width, size = BODY_SIZE, bold = false }: TextBox): number {
  const perLine = Math.max(1, Math.floor(((width * 7 + 2) / 6.9) * (BODY_SIZE / size) / (bold ? 1.08 : 1)));
  return text.split('\n').reduce((sum, para) => sum + Math.max(1, Math.ceil([...para].length / perLine)), 0);
}

/** Row height (points) that fits the tallest of the given cells; exported rows are not auto-fitted. */
export function fitHeight(cells: readonly TextBox[], min = 18): number {
  const tallest = cells.reduce((h, c) => Math.max(h, estimateLines(c) * lineHeight(c.size ?? BODY_SIZE)), 0);
  // Excel's largest row height is 409 pt.
  return Math.min(409, Math.max(min, Math.ceil(tallest + 5)));
}

/** A4 landscape, one page wide, centred, with the given header rows repeated on every page. */
export function landscapePrintSetup(titleRows: string, printArea: string): Partial<PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    printArea,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
