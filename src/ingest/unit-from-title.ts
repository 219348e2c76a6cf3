import type { Finding, FindingLocation } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import type { PeriodId } from '../model/period.ts';
import { SHEET_ROWS, fillPlaceholders, loadInstructions, templateVars } from '../form/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { matchKey } from '../vi/text.ts';
import type { SheetAccess } from '../xlsx/sheet-access.ts';
import { cellText, readCell } from './cells.ts';

/**
 * A form identified by its ID column only (the identity sheet is gone) says nothing of its unit,
 * and would be stored as the office's own. Its title block still names the unit ("Đơn vị báo cáo:
 * Phường Phước Hội — Ủy ban Mặt trận…"): such a form is refused, never mixed into the office's
 * own figures. Null when the line is the office's own, or not recognisable as a unit's.
 */
export function unitFormWithoutIdentity(ws: SheetAccess, plan: Plan, org: string, period: PeriodId, headerRow: number | null, base: FindingLocation): Finding | null {
  const organization = plan.organizations.find((o) => o.code === org);
  const shift = (headerRow ?? SHEET_ROWS.header) - SHEET_ROWS.header;
  if (!organization || shift < 0) return null;
  const row = SHEET_ROWS.org + shift;
  const actual = cellText(readCell(ws, `A${row}`, []));
  const words = loadInstructions().report;
  // The line a unit's form has, split around the unit's name.
  const MARK = '\u0000';
  const line = fillPlaceholders(words.orgLine, templateVars(plan, organization.shortName, period, MARK));
  const [before = '', after = ''] = line.split(MARK);
  const a = matchKey(actual);
  if (!actual || a === matchKey(fillPlaceholders(words.orgLine, templateVars(plan, organization.name, period)))) return null;
  if (!a.startsWith(matchKey(before)) || !a.endsWith(matchKey(after))) return null;
  const unitName = actual.slice(before.length, actual.length - after.length).trim();
  if (!unitName) return null;
  return makeFinding('ingest/unit-identity-lost', { ...base, cell: `A${row}`, row, col: 1, actual }, { unitName });
}
