import type { DataValidation, Worksheet } from 'exceljs';

/** Consecutive row numbers grouped into [first, last] runs: 8,9,11 → [8,9],[11,11]. */
export function rowRuns(rows: readonly number[]): Array<[number, number]> {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = runs.at(-1);
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/** exceljs has `worksheet.dataValidations` at runtime but not in its type declarations. */
interface SheetValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

/** Adds one validation over an A1 range ("E8", "E8:E20"). */
export function addRangeValidation(ws: Worksheet, range: string, validation: DataValidation): void {
  (ws as unknown as SheetValidations).dataValidations.add(range, validation);
}

/**
 * One validation per run of cells in a column. Per-range, not per-cell: exceljs writes
 * per-cell validations that cross a digit boundary (row 9 → 10) as overlapping ranges (issue 2820).
 */
export function addColumnValidation(ws: Worksheet, letter: string, rows: readonly number[], validation: DataValidation): void {
  for (const [first, last] of rowRuns(rows)) {
    const range = first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`;
    addRangeValidation(ws, range, validation);
  }
}

/** Texts shown by Excel/LibreOffice around a validation (titles ≤ 32 characters, texts ≤ 255). */
export interface ValidationTexts {
  promptTitle: string;
  prompt?: string;
  errorTitle: string;
  error?: string;
}

function withTexts(v: DataValidation, t: ValidationTexts, errorStyle: 'stop' | 'warning' = 'stop'): DataValidation {
  return {
    ...v,
    allowBlank: true,
    showInputMessage: Boolean(t.prompt),
    showErrorMessage: true,
    errorStyle,
    promptTitle: t.promptTitle.slice(0, 32),
    errorTitle: t.errorTitle.slice(0, 32),
    ...(t.prompt ? { prompt: t.prompt.slice(0, 255) } : {}),
    ...(t.error ? { error: t.error.slice(0, 255) } : {}),
  };
}

/** A number ≥ 0 (decimals allowed). */
export const nonNegative = (t: ValidationTexts): DataValidation =>
  withTexts({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] }, t);

/** A number from 0 to 100 (a percentage typed without "%"). */
export const percentRange = (t: ValidationTexts): DataValidation =>
  withTexts({ type: 'decimal', operator: 'between', formulae: [0, 100] }, t);

/** A pick from a short list of labels (labels must not contain commas). */
export const pickList = (labels: readonly string[], t: ValidationTexts): DataValidation =>
  withTexts({ type: 'list', formulae: [`"${labels.join(',')}"`] }, t);

/** Text of at most `max` characters. */
export const textUpTo = (max: number, t: ValidationTexts): DataValidation =>
  withTexts({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [max] }, t);

/** A date between 2000 and 2100; a warning only, since a date typed as text on an English-locale Windows is still readable. */
export const plausibleDate = (t: ValidationTexts): DataValidation =>
  withTexts({ type: 'date', operator: 'between', formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))] }, t, 'warning');

/** Sheet protection: locked cells cannot change; rows may be resized (long answers). */
export async function protectSheet(ws: Worksheet, password: string | undefined): Promise<void> {
  await ws.protect(password ?? '', {
    spinCount: 1000,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatRows: true,
    formatColumns: false,
    formatCells: false,
    insertRows: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
  });
}
