/**
 * The decision's identity from its text: number and symbol, date, issuer, title, year, and the
 * body that follows up (reporting body). Also the checks of cited documents' dates.
 */
import type { Finding } from '../../model/finding.ts';
import type { DecisionIdentity, SourceParagraph } from '../../model/plan-import.ts';
import {
  ATTACHED_TO, CITED_DATE, DOCUMENT_TYPES, IMPORT_TEXT, ISSUER_DECIDES, ISSUER_SENTENCE, NUMBER_LINE, PLACE_DATE_LINE,
  REPORTING_BODY, SECTION_HEADING, SECTION_HEADING_CAPS, TITLE_END, YEAR_IN_TEXT,
} from '../../vi/import-words.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { classify } from './outline.ts';
import { formatViDateShort, parseViDate } from '../../vi/date.ts';

/** Everything the text says about the document itself; fields it does not say stay undefined. */
export function findIdentity(paragraphs: readonly SourceParagraph[]): DecisionIdentity {
  const id: DecisionIdentity = {};
  let shouted: string | undefined;
  for (const [i, p] of paragraphs.entries()) {
    const number = NUMBER_LINE.exec(p.text);
    if (number && !id.number) id.number = (number[1] as string).replace(/\s+/g, '');
    const placeDate = PLACE_DATE_LINE.exec(p.text);
    if (placeDate && !id.date) id.date = parseViDate(`${placeDate[1]}/${placeDate[2]}/${placeDate[3]}`) ?? undefined;
    const attached = ATTACHED_TO.exec(p.text);
    if (attached) {
      id.number ??= attached[2] as string;
      id.date ??= parseViDate(attached[3] as string) ?? undefined;
      if (attached[4]) id.issuer ??= (attached[4] as string).replace(/[).]+$/u, '').trim();
    }
    const decides = ISSUER_DECIDES.exec(p.text);
    if (decides && p.text === p.text.toLocaleUpperCase('vi')) shouted ??= sentenceCase(decides[1] as string);
    const type = DOCUMENT_TYPES.find((t) => p.text === t || (p.text.startsWith(`${t} `) && /^\p{Ll}/u.test(p.text.slice(t.length + 1))));
    if (!id.title && type) id.title = readTitle(paragraphs, i, type);
    const body = REPORTING_BODY.exec(p.text);
    if (body) id.reportingBody ??= ((body[1] ?? body[2]) as string).trim();
    const opening = ISSUER_SENTENCE.exec(p.text);
    if (opening) id.issuer ??= (opening[1] as string).trim();
    const heading = SECTION_HEADING.exec(p.text.replace(/\s*\(.*$/u, ''));
    if (heading?.[1] && SECTION_HEADING_CAPS.test(p.text)) id.year ??= Number(heading[1]);
  }
  // "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH" only when no properly written name was found.
  id.issuer ??= shouted;
  if (!id.year && id.title) {
    const y = YEAR_IN_TEXT.exec(id.title);
    if (y) id.year = Number(y[1]);
  }
  return id;
}

/** "QUYẾT ĐỊNH" followed by "về …" lines up to the first "- Căn cứ" or issuer line. */
function readTitle(paragraphs: readonly SourceParagraph[], at: number, type: string): string {
  const parts: string[] = [sentenceCase(type), (paragraphs[at]?.text ?? '').slice(type.length)];
  for (const p of paragraphs.slice(at + 1, at + 6)) {
    if (TITLE_END.test(p.text) || ISSUER_DECIDES.test(p.text) || classify(p).kind !== 'text') break;
    parts.push(p.text);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** "BAN THƯỜNG VỤ TỈNH ỦY" → "Ban thường vụ tỉnh ủy" (a person fixes capitals in review). */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * Cited documents whose date cannot be right: a date after the decision's own date ("Quyết định
 * số 81/2014/QĐ-TTg, ngày 31/12/2024" cited in a decision of 27/12/2023), a year that differs
 * from the one in the document's number, or a day that does not exist.
 */
export function checkCitedDates(paragraphs: readonly SourceParagraph[], id: DecisionIdentity, file?: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(CITED_DATE)) {
      const reference = IMPORT_TEXT.citedReference(m[1] as string);
      const date = m[2] as string;
      if (seen.has(`${reference}|${date}`)) continue;
      const iso = parseViDate(date);
      const numberYear = /\/((?:19|20)\d\d)\//u.exec(m[1] as string)?.[1];
      let reason: string | undefined;
      if (!iso) reason = IMPORT_TEXT.reasonInvalidDate;
      else if (id.date && iso > id.date) reason = IMPORT_TEXT.reasonAfterDecision(formatViDateShort(id.date));
      else if (numberYear && numberYear !== iso.slice(0, 4)) reason = IMPORT_TEXT.reasonYearMismatch(numberYear);
      if (!reason) continue;
      seen.add(`${reference}|${date}`);
      findings.push(makeFinding('import/impossible-date', { ...(file ? { file } : {}), line: p.line, actual: date }, { date, reference, reason }));
    }
  }
  return findings;
}
