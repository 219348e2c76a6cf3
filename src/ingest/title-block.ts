import type { SheetAccess as Worksheet } from '../xlsx/sheet-access.ts';
import type { Finding, FindingLocation } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import type { PeriodId } from '../model/period.ts';
import { SHEET_ROWS, fillPlaceholders, loadInstructions, templateVars } from '../form/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { matchKey } from '../vi/text.ts';
import { type LegacyConversion, cellText, holdsExactly, readCell } from './cells.ts';

/** The locked lines of the title block that say what the form is and whose: title, period, organisation. */
const LINES = ['title', 'period', 'org'] as const;

/**
 * The title block above the table (locked cells: the form's title, its period, the reporting
 * organisation) compared with the template as issued. A changed line is a warning on any version,
 * and holds a version that would replace another one (serial.ts).
 */
export function titleBlockChanges(
  ws: Worksheet,
  plan: Plan,
  org: string,
  period: PeriodId,
  /** Row of the column headers in the user's workbook (rows inserted above the table move the block). */
  headerRow: number | null,
  base: FindingLocation,
  legacy: LegacyConversion[],
  /** The name of the unit the form was made for, as its identity gives it (its {org} line names it). */
  unitName?: string,
): Finding[] {
  const organization = plan.organizations.find((o) => o.code === org);
  if (!organization) return [];
  const words = loadInstructions().report;
  // A unit's form names the organisation by its short name: "Phường Phước Hội — Mặt trận Tổ quốc", not "… tỉnh".
  const vars = templateVars(plan, unitName ? organization.shortName : organization.name, period, unitName);
  const expected: Record<(typeof LINES)[number], string> = {
    title: fillPlaceholders(words.title, vars),
    period: fillPlaceholders(words.periodLine, vars).toLocaleUpperCase('vi'),
    org: fillPlaceholders(words.orgLine, vars),
  };
  const shift = (headerRow ?? SHEET_ROWS.header) - SHEET_ROWS.header;
  if (shift < 0) return [];
  const findings: Finding[] = [];
  for (const line of LINES) {
    const row = SHEET_ROWS[line] + shift;
    if (holdsExactly(ws, row, 'A', expected[line])) continue;
    const actual = cellText(readCell(ws, `A${row}`, legacy));
    if (matchKey(actual) === matchKey(expected[line])) continue;
    findings.push(
      makeFinding('ingest/title-changed', { ...base, cell: `A${row}`, row, col: 1, actual, expected: expected[line] }, {
        actual: actual.slice(0, 120),
        expected: expected[line].slice(0, 120),
      }),
    );
  }
  return findings;
}
