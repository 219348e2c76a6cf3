import type { Plan } from '../model/plan.ts';
import type { PeriodId } from '../model/period.ts';
import { ID_COLUMN_HEADER, type ColumnKey, type WorkbookMeta } from '../model/workbook-meta.ts';
import { cleanText } from '../vi/text.ts';
import { cellValue } from './cell-value.ts';
import { templateMeta } from './identity-sheet.ts';
import { infoCells } from './info-cells.ts';
import { SHEET_ROWS, applyShares, columnApplies, layoutRows, placeColumns } from './layout.ts';

/**
 * The template as it was issued, derived from the plan: where each row and column is, the
 * column headers, and what each locked cell holds. It is computed from the same functions
 * buildTemplate writes the sheet with (layoutRows, placeColumns, cellValue, infoCells), not by
 * building a workbook: ingest needs it for every file, and a batch has one organisation per
 * file (test/form/reference.test.ts checks it against a built template).
 */
export interface Reference {
  meta: WorkbookMeta;
  /** Row of the column headers (where the ID column header is). */
  headerRow: number;
  headers: Partial<Record<ColumnKey, string>>;
  /** Text of each label column (task, target, unit…) of each row, by row id, as a reader sees it. */
  labels: ReadonlyMap<string, Partial<Record<ColumnKey, string>>>;
}

const cache = new Map<string, Reference>();

export function referenceTemplate(plan: Plan, planHash: string, org: string, period: PeriodId, shares?: Readonly<Record<string, number>>): Reference {
  const key = `${planHash}|${org}|${period}${shares ? `|${JSON.stringify(shares)}` : ''}`;
  let ref = cache.get(key);
  if (!ref) {
    ref = buildReference(plan, planHash, org, period, shares);
    cache.set(key, ref);
    if (cache.size > 64) cache.delete(cache.keys().next().value as string);
  }
  return ref;
}

/**
 * The plan's texts as cleanText leaves them, kept: a batch builds the reference of every
 * organisation × unit it reads, and the forms of one organisation's units carry the same texts
 * (cleaning them again was ≈ 5 % of a form's read, bench/README.md). Bounded: cleared when full.
 */
const cleanedLabels = new Map<string, string>();
function cleanLabel(text: string): string {
  let clean = cleanedLabels.get(text);
  if (clean === undefined) {
    clean = cleanText(text);
    if (cleanedLabels.size >= 4096) cleanedLabels.clear();
    cleanedLabels.set(text, clean);
  }
  return clean;
}

function buildReference(plan: Plan, planHash: string, org: string, period: PeriodId, shares?: Readonly<Record<string, number>>): Reference {
  const columns = placeColumns(false);
  // A unit's form issued with its shares (src/allot): the target texts and phrases say them.
  const rows = applyShares(layoutRows(plan, org), shares ? new Map(Object.entries(shares)) : undefined);
  const labelColumns = columns.filter((c) => c.kind === 'label');
  const labels = new Map<string, Partial<Record<ColumnKey, string>>>();
  for (const lr of rows) {
    const texts: Partial<Record<ColumnKey, string>> = {};
    for (const c of labelColumns) {
      const value = columnApplies(c, lr.kind) ? cellValue(c.key, lr, undefined) : null;
      texts[c.key] = value === null ? '' : typeof value === 'number' ? String(value) : cleanLabel(value);
    }
    labels.set(lr.id, texts);
  }
  return {
    meta: templateMeta(plan, planHash, org, period, {
      columns: Object.fromEntries(columns.map((c) => [c.key, c.letter])),
      info: infoCells(),
      rows: rows.map((lr, i) => ({ row: SHEET_ROWS.firstData + i, kind: lr.kind, id: lr.id })),
    }),
    headerRow: SHEET_ROWS.header,
    headers: Object.fromEntries(columns.map((c) => [c.key, cleanText(c.kind === 'id' ? ID_COLUMN_HEADER : c.header)])),
    labels,
  };
}
