import type { SheetAccess as Worksheet, WorkbookAccess as Workbook } from '../xlsx/sheet-access.ts';
import type { Finding } from '../model/finding.ts';
import { CONSOLIDATED_IDENTITY_SHEET } from '../model/consolidate.ts';
import type { Plan } from '../model/plan.ts';
import { ID_COLUMN_HEADER, REPORT_SHEET_NAME, type ColumnKey, type WorkbookMeta } from '../model/workbook-meta.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { inPlan, parsePeriod, periodName, planYears } from '../vi/period.ts';
import { matchKey } from '../vi/text.ts';
import { cellText, holdsExactly, readCell } from './cells.ts';
import { columnLetter } from '../xlsx/columns.ts';
import { type Reference, planWithShares, readMeta, referenceTemplate } from '../form/index.ts';
import type { PlanParts } from '../model/plan-parts.ts';
import { orgOfIds } from '../plan/parts.ts';
import { planIndex } from '../plan/index.ts';

/** Who and what a workbook is, and where its cells are in the user's copy. */
export interface Identity {
  org: string;
  /** The unit the form is for and its name as the form shows it (identity sheet); absent: the office's own. */
  unit?: string;
  unitName?: string;
  period: string;
  /** Sheet, column letters and info cells as they are in the user's workbook. */
  layout: Pick<WorkbookMeta, 'sheet' | 'columns' | 'info'>;
  /** Where the ID column header sits (the header row), or null when unknown. */
  headerRow: number | null;
  /** Rows the metadata says each id is on (empty when identified by the ID column). */
  metaRows: Map<string, number>;
  via: 'meta' | 'id-column';
  reference: Reference;
  /** The plan to read the workbook against: holds at least this organisation's tasks and targets. */
  plan: Plan;
}

export interface IdentifyOptions {
  file: string;
  /** The period being received, when the caller says so. */
  period?: string;
  /** Where an organisation's tasks and targets come from when `plan` is only the skeleton (ingest workers). */
  parts?: PlanParts;
}

/** Identifies a workbook: the metadata sheet first, then the hidden ID column as fallback. */
export async function identify(
  wb: Workbook,
  plan: Plan,
  planHash: string,
  opts: IdentifyOptions,
): Promise<{ identity: Identity | null; findings: Finding[] }> {
  const file = opts.file;
  const findings: Finding[] = [];
  // A unit's consolidated workbook (src/consolidate), not an organisation's form: said so, not read as one.
  if (wb.getWorksheet(CONSOLIDATED_IDENTITY_SHEET)) return { identity: null, findings: [makeFinding('ingest/consolidated-workbook', { file })] };
  const read = readMeta(wb);
  if (read.state === 'ok') {
    const m = read.meta;
    if (m.planId !== plan.id) {
      return { identity: null, findings: [makeFinding('ingest/unknown-workbook', { file, org: m.org, period: m.period }, { planId: m.planId, expectedPlan: plan.id })] };
    }
    if (m.planHash !== planHash) {
      const name = parsePeriod(m.period) ? periodName(m.period) : m.period;
      return { identity: null, findings: [makeFinding('ingest/other-plan-version', { file, org: m.org, period: m.period }, { org: m.org, periodName: name, planId: m.planId })] };
    }
    const problem = checkOrgPeriod(plan, m.org, m.period, opts);
    if (problem) return { identity: null, findings: [problem] };
    const orgPlan = opts.parts ? await opts.parts.forOrg(m.org) : plan;
    const reference = referenceTemplate(orgPlan, planHash, m.org, m.period, m.shares);
    // A renamed report sheet is found by its ID column.
    const ws = wb.getWorksheet(m.sheet) ?? findIdColumn(wb)?.sheet;
    // Columns inserted or deleted by the user: find the headers where they are now.
    const idAt = ws ? findIdHeader(ws, m.columns.id) : null;
    const columns = ws && idAt ? remapColumns(reference, ws, idAt.headerRow, m.columns) : m.columns;
    const moved = (Object.keys(columns) as ColumnKey[]).filter((k) => columns[k] !== m.columns[k]);
    if (moved.length > 0) {
      findings.push(makeFinding('ingest/columns-changed', { file, org: m.org, period: m.period, sheet: m.sheet }, { columns: moved.map((k) => `"${reference.headers[k] ?? k}"`).join(', ') }));
    }
    return {
      identity: {
        org: m.org,
        ...(m.unit ? { unit: m.unit } : {}),
        ...(m.unit && m.unitName ? { unitName: m.unitName } : {}),
        period: m.period,
        layout: { sheet: ws?.name ?? m.sheet, columns, info: m.info },
        headerRow: idAt?.headerRow ?? null,
        metaRows: new Map(m.rows.map((r) => [r.id, r.row])),
        via: 'meta',
        reference,
        // A unit's form made with its shares is checked against them ("Hoàn thành" below the share…).
        plan: m.shares ? planWithShares(orgPlan, new Map(Object.entries(m.shares))) : orgPlan,
      },
      findings,
    };
  }

  // Fallback: the hidden ID column (a user copied the table into a new file, or the sheet broke).
  const found = findIdColumn(wb);
  if (!found) return { identity: null, findings: [makeFinding('ingest/unknown-workbook', { file })] };
  const org = opts.parts ? await opts.parts.orgOfIds(found.ids) : orgOfIds(plan, found.ids);
  const period = periodFromTitle(plan, found.sheet, found.headerRow) ?? opts.period ?? null;
  if (!org || !period) return { identity: null, findings: [makeFinding('ingest/unknown-workbook', { file })] };
  const problem = checkOrgPeriod(plan, org, period, opts);
  if (problem) return { identity: null, findings: [problem] };
  const orgPlan = opts.parts ? await opts.parts.forOrg(org) : plan;
  const reference = referenceTemplate(orgPlan, planHash, org, period);
  findings.push(
    makeFinding(read.state === 'missing' ? 'ingest/meta-missing' : 'ingest/meta-invalid', { file, org, period }, { org, periodName: periodName(period) }),
  );
  return {
    identity: {
      org,
      period,
      layout: { sheet: found.sheet.name, columns: remapColumns(reference, found.sheet, found.headerRow, reference.meta.columns), info: reference.meta.info },
      headerRow: found.headerRow,
      metaRows: new Map(),
      via: 'id-column',
      reference,
      plan: orgPlan,
    },
    findings,
  };
}

function checkOrgPeriod(plan: Plan, org: string, period: string, opts: IdentifyOptions): Finding | null {
  const file = opts.file;
  if (!planIndex(plan).orgByCode.has(org)) return makeFinding('ingest/wrong-org', { file, org, period }, { org });
  const p = parsePeriod(period);
  const outside = !p || !inPlan(plan, period) || !plan.reporting.periods.includes(p.kind);
  if (outside || (opts.period !== undefined && opts.period !== period)) {
    const expected = opts.period && parsePeriod(opts.period) ? periodName(opts.period) : undefined;
    return makeFinding('ingest/wrong-period', { file, org, period }, { periodName: p ? periodName(period) : period, expectedPeriodName: expected });
  }
  return null;
}

interface IdColumn {
  sheet: Worksheet;
  letter: string;
  headerRow: number;
  ids: string[];
}

function findIdColumn(wb: Workbook): IdColumn | null {
  const sheets = [...wb.worksheets].sort((a, b) => Number(b.name === REPORT_SHEET_NAME) - Number(a.name === REPORT_SHEET_NAME));
  for (const ws of sheets) {
    const found = findIdColumnIn(ws);
    if (found) return found;
  }
  return null;
}

/** Where the ID column's header is in a sheet: in the column the metadata names first, else in any column. */
function findIdHeader(ws: Worksheet, hint?: string): { letter: string; headerRow: number } | null {
  if (hint) {
    const headerRow = findHeaderRow(ws, hint);
    if (headerRow !== null) return { letter: hint, headerRow };
  }
  const cols = Math.min(ws.columnCount, 60);
  for (let c = 1; c <= cols; c++) {
    const letter = columnLetter(c);
    const headerRow = findHeaderRow(ws, letter);
    if (headerRow !== null) return { letter, headerRow };
  }
  return null;
}

/** The ID column of one sheet: its header cell and the ids below it. */
function findIdColumnIn(ws: Worksheet): IdColumn | null {
  const at = findIdHeader(ws);
  if (!at) return null;
  const { letter, headerRow } = at;
  const ids: string[] = [];
  const last = Math.min(ws.rowCount, headerRow + 3000);
  for (let r = headerRow + 1; r <= last; r++) {
    const t = cellText(readCell(ws, `${letter}${r}`, []));
    if (t) ids.push(t);
  }
  return { sheet: ws, letter, headerRow, ids };
}

/** The period named in the title block above the table ("QUÝ I NĂM 2024"). */
function periodFromTitle(plan: Plan, ws: Worksheet, headerRow: number): string | null {
  const texts: string[] = [];
  const cols = Math.min(ws.columnCount, 30);
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= cols; c++) {
      const t = cellText(readCell(ws, `${columnLetter(c)}${r}`, []));
      if (t) texts.push(matchKey(t));
    }
  }
  const all = texts.join(' | ');
  const years = planYears(plan);
  // Longer names first: "9 tháng đầu năm 2024" must win over "năm 2024".
  const candidates = years
    .flatMap((y) => plan.reporting.periods.map((k) => `${y}-${k}`))
    .map((id) => ({ id, key: matchKey(periodName(id)) }))
    .sort((a, b) => b.key.length - a.key.length);
  return candidates.find((c) => all.includes(c.key))?.id ?? null;
}

/** Column letters (from the metadata or the regenerated template), moved where the user's header row has the same header. */
function remapColumns(ref: Reference, ws: Worksheet, headerRow: number, start: Partial<Record<ColumnKey, string>>): Partial<Record<ColumnKey, string>> {
  const headerOf = (key: ColumnKey): string | undefined => (key === 'id' ? ID_COLUMN_HEADER : ref.headers[key]);
  // Nothing moved (most workbooks): every header is where it was issued, exactly as issued.
  const entries = Object.entries(start) as [ColumnKey, string][];
  const asIssued = ([key, letter]: [ColumnKey, string]): boolean => {
    const header = headerOf(key);
    return header !== undefined && holdsExactly(ws, headerRow, letter, header);
  };
  if (entries.every(asIssued)) return { ...start };
  const userHeaders = new Map<string, string>();
  for (let c = 1; c <= Math.min(ws.columnCount, 60); c++) {
    const letter = columnLetter(c);
    const t = cellText(readCell(ws, `${letter}${headerRow}`, []));
    if (t && !userHeaders.has(matchKey(t))) userHeaders.set(matchKey(t), letter);
  }
  const out: Partial<Record<ColumnKey, string>> = {};
  for (const [key, letter] of entries) {
    const header = headerOf(key);
    out[key] = (header ? userHeaders.get(matchKey(header)) : undefined) ?? letter;
  }
  return out;
}

/** Row of the ID column header in the first rows of a column, or null. */
export function findHeaderRow(ws: Worksheet, letter: string, maxRow = 40): number | null {
  for (let row = 1; row <= maxRow; row++) {
    if (cellText(readCell(ws, `${letter}${row}`, [])) === ID_COLUMN_HEADER) return row;
  }
  return null;
}
