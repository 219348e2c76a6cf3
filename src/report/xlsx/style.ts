import type { Alignment, Border, Borders, Fill, Font } from 'exceljs';
import type { TargetStatus } from '../../model/evaluation.ts';

/** The look of the templates: Times New Roman 12, thin black borders, pale header fill. */
export const FONT_NAME = 'Times New Roman';
export const BODY_SIZE = 12;

export const font = (extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, size: BODY_SIZE, ...extra });

const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } });
export const HEADER_FILL = solid('FFD9E1F2');
export const GROUP_FILL = solid('FFF2F2F2');

/** Status colours (conditional formatting of the summary, fills elsewhere). */
export const STATUS_FILL: Record<TargetStatus, Fill> = {
  achieved: solid('FFC6EFCE'),
  on_track: solid('FFDDEBF7'),
  behind: solid('FFFCE4D6'),
  carried: solid('FFFFF2CC'),
  no_data: solid('FFEDEDED'),
};

export const WRAP_TOP: Partial<Alignment> = { wrapText: true, vertical: 'top' };
export const CENTER: Partial<Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };
export const RIGHT_TOP: Partial<Alignment> = { vertical: 'top', horizontal: 'right' };

/** Number formats: grouped counts, percentages with one decimal. */
export const NUMBER_FORMAT = '#,##0.##';
export const PERCENT_FORMAT = '0.0%';

const lineHeight = (size: number) => Math.ceil(size * 1.3);

/**
 * Lines a text needs in a column `width` characters wide. Measured on LibreOffice's PDF of the
 * export: Times New Roman 12 fits about 1,3 letters per width unit; 1,15 leaves room for word breaks and bold.
 */
export function estimateLines(text: string, width: number, size = BODY_SIZE): number {
  const perLine = Math.max(1, Math.floor(((width - 1) * 1.15 * BODY_SIZE) / size));
  // UTF-16 length: Vietnamese in NFC is one unit per letter; the rare astral character only adds a little height.
  const lines = (para: string) => Math.max(1, Math.ceil(para.length / perLine));
  if (!text.includes('\n')) return lines(text);
  return text.split('\n').reduce((sum, para) => sum + lines(para), 0);
}

/** Row height (points) that fits the tallest of the given cells. */
export function fitHeight(cells: ReadonlyArray<{ text: string; width: number; size?: number }>, min = 18): number {
  const tallest = cells.reduce((max, c) => Math.max(max, estimateLines(c.text, c.width, c.size) * lineHeight(c.size ?? BODY_SIZE)), 0);
  return Math.max(min, tallest + 4);
}
