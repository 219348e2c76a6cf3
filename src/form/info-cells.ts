import { type InfoKey, InfoKeySchema } from '../model/workbook-meta.ts';

/** First row of the fields on the "Thông tin" sheet. */
export const INFO_FIRST_ROW = 4;

/** The A1 cell of each field's input on the "Thông tin" sheet (column B, one row per field). */
export function infoCells(): Partial<Record<InfoKey, string>> {
  return Object.fromEntries(InfoKeySchema.options.map((key, i) => [key, `B${INFO_FIRST_ROW + i}`]));
}
