import type { Finding } from '../../model/finding.ts';
import type { ReportSettings, ReportWording } from '../../model/report.ts';
import { formatViDateLong, formatViDateShort } from '../../vi/date.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { formatCount2 } from '../../vi/number.ts';
import { fill } from './fill.ts';

/** Room left for the registry clerk to write a number or a day by hand. */
export const BLANK = '      ';

/** "15-BC/BDVTU" (party) or "15/BC-BDVTU" (state); blank number when none is given. */
export function symbolText(settings: ReportSettings): string {
  const n = settings.number === undefined ? BLANK : formatCount2(Number(settings.number));
  const { type, organ } = settings.symbol;
  return settings.profile === 'party' ? `${n}-${type}/${organ}` : `${n}/${type}-${organ}`;
}

/** "Số 15-BC/BDVTU" / "Số: 15/BC-BDVTU". */
export function numberLine(settings: ReportSettings, wording: ReportWording): string {
  const n = settings.number === undefined ? BLANK : formatCount2(Number(settings.number));
  const pattern = settings.profile === 'party' ? wording.numberLine.party : wording.numberLine.state;
  return fill(pattern, { number: n, type: settings.symbol.type, organ: settings.symbol.organ });
}

/**
 * The header of an organisation's own document, from settings.orgHeaders (its name with the
 * province, the motto line its documents carry, its number line: "Số:      /BC-CCB"). Without an
 * entry: its name from the plan under the national motto, and a number line with its code.
 */
export function orgIdentity(settings: ReportSettings, wording: ReportWording, code: string, name: string) {
  const n = settings.number === undefined ? BLANK : formatCount2(Number(settings.number));
  const header = settings.orgHeaders[code] ?? settings.orgHeaders[code.toUpperCase()];
  if (!header) {
    return { upperBody: [], issuer: [name], numberLine: fill(wording.numberLine.state, { number: n, type: settings.symbol.type, organ: code }), own: { motto: wording.stateHeader, mark: '' } };
  }
  return { upperBody: header.upperBody, issuer: header.issuer, numberLine: fill(header.numberLine, { number: n }), own: { motto: header.motto, mark: header.mark } };
}

/** "Bình Thuận, ngày 05 tháng 4 năm 2024", or with blanks for the clerk when no date is set. */
export function placeDateLine(settings: ReportSettings, wording: ReportWording, year: number): string {
  if (settings.date) return fill(wording.placeDate, { place: settings.place, date: formatViDateLong(settings.date) });
  return fill(wording.placeDateBlank, { place: settings.place, year });
}

/** "(Kèm theo Báo cáo số 15-BC/BDVTU, ngày 05/4/2024 của Ban Dân vận Tỉnh ủy)". */
export function attachedLine(settings: ReportSettings, wording: ReportWording, year: number): string {
  const args = { symbol: symbolText(settings), issuerName: settings.issuerName, year };
  if (!settings.date) return fill(wording.appendix.attachedBlankNumber, args);
  return fill(wording.appendix.attached, { ...args, date: formatViDateShort(settings.date) });
}

const DOTTED: Record<string, string> = { 'TM.': 'T/M', 'KT.': 'K/T', 'TL.': 'T/L', 'TUQ.': 'TUQ', 'Q.': 'Q.' };
const SLASHED: Record<string, string> = { 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.' };

/** Committees (…/TU, …/HU, …/ĐUK…) sign T/M; advisory bodies (Ban, Văn phòng) sign directly, K/T or T/L. */
function isCommittee(organ: string): boolean {
  return /^(TU|HU|ThU|QU|ĐU|ĐUK|ĐUCA|ĐUQS)$/u.test(organ);
}

/**
 * Checks the signing authority against the profile and the symbol's organ (format-spec.md,
 * "Signing rules"): party documents use T/M, K/T, T/L — never the state's dotted forms;
 * a committee signs T/M; an advisory body does not sign T/M.
 */
export function checkAuthority(settings: ReportSettings): Finding[] {
  const authority = settings.signer.authority.trim();
  const organ = settings.symbol.organ;
  const findings: Finding[] = [];
  const prefix = authority.split(/\s+/)[0] ?? '';
  if (settings.profile === 'party' && DOTTED[prefix]) {
    findings.push(makeFinding('report/authority-form', { path: ['signer', 'authority'] }, { authority, expected: authority.replace(prefix, DOTTED[prefix]) }));
  }
  if (settings.profile === 'state' && SLASHED[prefix]) {
    findings.push(makeFinding('report/authority-form', { path: ['signer', 'authority'] }, { authority, expected: authority.replace(prefix, SLASHED[prefix]) }));
  }
  const onBehalf = prefix === 'T/M' || prefix === 'TM.';
  if (settings.profile === 'party' && isCommittee(organ) && !onBehalf) {
    findings.push(
      makeFinding('report/authority-mismatch', { path: ['signer', 'authority'] }, {
        authority, organ, rule: 'committee',
      }),
    );
  }
  if (settings.profile === 'party' && !isCommittee(organ) && onBehalf) {
    findings.push(
      makeFinding('report/authority-mismatch', { path: ['signer', 'authority'] }, {
        authority, organ, rule: 'advisory',
      }),
    );
  }
  if (!settings.signer.name) findings.push(makeFinding('report/signer-missing', { path: ['signer', 'name'] }));
  return findings;
}
