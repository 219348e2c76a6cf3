import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/**
 * Dates the official way (format-spec.md): day zero-padded below 10, month zero-padded only
 * for January and February. date-fns' `vi` locale always pads the month, hence this small formatter.
 */
function parts(date: Date | string): { d: string; m: string; y: string } {
  const dt = typeof date === 'string' ? parseISO(date) : date;
  if (!isValid(dt)) throw new Error(`invalid date: ${String(date)}`);
  const month = dt.getMonth() + 1;
  return { d: format(dt, 'dd'), m: month <= 2 ? format(dt, 'MM') : String(month), y: format(dt, 'yyyy') };
}

/** "ngày 05 tháng 4 năm 2024". */
export function formatViDateLong(date: Date | string): string {
  const { d, m, y } = parts(date);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** "05/4/2024" as in citations; "15/01/2024" for January. */
export function formatViDateShort(date: Date | string): string {
  const { d, m, y } = parts(date);
  return `${d}/${m}/${y}`;
}

/** "dd/MM/yyyy" with both padded, for tables. */
export function formatViDateNumeric(date: Date | string): string {
  const dt = typeof date === 'string' ? parseISO(date) : date;
  return format(dt, 'dd/MM/yyyy');
}

/** Reads d/m/yyyy (Vietnamese order) into an ISO date; null when not a valid date. */
export function parseViDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(y, mo - 1, d);
  if (dt.getFullYear() !== y || dt.getMonth() !== mo - 1 || dt.getDate() !== d) return null;
  return format(dt, 'yyyy-MM-dd');
}
