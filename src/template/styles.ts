import type { Alignment, Border, Borders, Fill, Font } from 'exceljs';

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

/** Points per text line of a font size (Times New Roman, as LibreOffice lays it out). */
const lineHeight = (size: number) => Math.ceil(size * 1.3);

/**
 * Lines a text needs in a column of `width` characters. Excel widths count digits of the
 * default font; a Times New Roman letter at 12 pt is about as wide, 10 % slack for word breaks.
 */
export function estimateLines(text: string, width: number, size = BODY_SIZE): number {
  const perLine = Math.max(1, Math.floor(((width - 1) * 11) / size / 1.1));
  return text.split('\n').reduce((sum, para) => sum + Math.max(1, Math.ceil([...para].length / perLine)), 0);
}

/** Row height (points) that fits the tallest of the given cells. */
export function fitHeight(cells: ReadonlyArray<{ text: string; width: number; size?: number }>, min = 18): number {
  let lines = 1;
  let size = BODY_SIZE;
  for (const c of cells) {
    const n = estimateLines(c.text, c.width, c.size ?? BODY_SIZE);
    if (n * lineHeight(c.size ?? BODY_SIZE) > lines * lineHeight(size)) {
      lines = n;
      size = c.size ?? BODY_SIZE;
    }
  }
  return Math.max(min, lines * lineHeight(size) + 4);
}
