import { BorderStyle, Paragraph, type Table } from 'docx';
import type { ReportSettings, ReportWording } from '../../model/report.ts';
import { upper } from '../content/fill.ts';
import { borderlessTwoColumns } from './borderless.ts';
import { textWidth } from './page.ts';
import { line } from './text.ts';

/** What the left column names: the upper body, the issuing body, and the number line (null: none). */
export interface HeaderIdentity {
  upperBody: string[];
  issuer: string[];
  numberLine: string | null;
  placeDate: string;
  /**
   * An organisation's own document (OrgHeader): the right column's motto lines instead of the
   * profile's, and the mark under the issuer ("*", "***"; empty: a short rule).
   */
  own?: { motto: string[]; mark: string };
  /** A công văn's summary, under the number in the left column, 12 pt italic. */
  about?: string;
}

/** A short solid rule under the issuer or the motto (state profile). */
function shortRule(columnWidth: number, share: number): Paragraph {
  const indent = Math.round((columnWidth * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/**
 * The first-page header: a borderless two-column table (format-spec.md). Party: upper body 14,
 * issuer 14 bold, "*", "Số 15-BC/BDVTU" | "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold underlined, italic
 * place and date on the line of the number (a second row of the same table). State: 13 pt, a short rule instead of "*".
 */
export function headerBlock(id: HeaderIdentity, settings: ReportSettings, wording: ReportWording): Table {
  const total = textWidth(settings);
  const leftWidth = Math.round(total * settings.headerLeftShare);
  const widths: [number, number] = [leftWidth, total - leftWidth];
  const motto = id.own?.motto ?? (settings.profile === 'party' ? [wording.partyHeader] : wording.stateHeader);
  // One motto line (ĐẢNG CỘNG SẢN VIỆT NAM, ĐOÀN TNCS HỒ CHÍ MINH): the Party's layout, 14 pt and a
  // mark; the national motto's two lines: the state's, 13 pt and a short rule.
  const party = motto.length === 1;
  const size = party ? 14 : 13;
  const mark = id.own ? id.own.mark : party ? '*' : '';
  const left: Paragraph[] = [
    ...id.upperBody.filter((l) => l).map((l) => line(upper(l), { size })),
    ...id.issuer.map((l) => line(upper(l), { size, bold: true })),
    mark ? line(mark, { size }) : shortRule(leftWidth, 0.35),
  ];
  const right: Paragraph[] = party
    ? [line(motto[0] ?? '', { size: 15, bold: true, underline: true })]
    : [
        line(motto[0] ?? '', { size: 13, bold: true }),
        line(motto[1] ?? '', { size: 14, bold: true, underline: true }),
      ];
  // Second row: the number and the place/date on one baseline.
  const numberCell = [line(id.numberLine ?? '', { size, before: party ? 0 : 3 })];
  if (id.about) numberCell.push(line(id.about, { size: 12, italics: true, before: 3 }));
  const dateCell = [line(id.placeDate, { size: 14, italics: true, before: party ? 0 : 3 })];
  return borderlessTwoColumns(widths, left, right, [[numberCell, dateCell]]);
}

/** "BÁO CÁO", its summary line and the "-----" under it (a short rule for the state profile). */
export function titleBlock(title: string, summary: string, settings: ReportSettings): Paragraph[] {
  const party = settings.profile === 'party';
  const out = [
    line(upper(title), { size: party ? 16 : 14, bold: true, before: 18 }),
    line(summary, { size: 14, bold: true }),
  ];
  out.push(party ? line(settings.titleRule, { size: 14, after: 12 }) : shortRule(textWidth(settings), 0.15));
  if (!party) out.push(line('', { size: 8, after: 6 }));
  return out;
}
