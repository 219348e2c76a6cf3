/**
 * The decision's identity from its text: number and symbol, date, issuer, title, year, and the
 * body that follows up (reporting body). Also the checks of cited documents' dates.
 */
import type { Finding } from '../../model/finding.ts';
import type { DecisionIdentity, SourceParagraph } from '../../model/plan-import.ts';
import {
  ADDRESSEES_LINE, ATTACHED_TO, CITED_DATE, DOCUMENT_TYPES, IMPORT_TEXT, ISSUER_DECIDES, ISSUER_SENTENCE, MOTTO_LINE, NUMBER_LINE, PLACE_DATE_LINE,
  REPORTING_BODY, SECTION_HEADING, SECTION_HEADING_CAPS, SIGNATURE_LINE, TERM_IN_TEXT, TITLE_END, TITLE_ISSUER_LINE, YEAR_IN_TEXT,
} from '../../vi/import-words.ts';
import { bodyName } from './attributes.ts';
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
  id.issuer ??= headerIssuer(paragraphs);
  const letter = letterParts(paragraphs);
  if (letter) {
    id.addressees = letter.addressees;
    if (!id.title && letter.summary) id.title = IMPORT_TEXT.letterTitle(lowerFirst(letter.summary));
  }
  if (!id.issuer) {
    const fromTitle = paragraphs.slice(0, 30).map((p) => TITLE_ISSUER_LINE.exec(p.text)?.[1]).find(Boolean);
    const signature = paragraphs.map((p, i) => (SIGNATURE_LINE.test(p.text) ? { p, i } : undefined)).find(Boolean);
    if (fromTitle) {
      id.issuer = bodyName(fromTitle.trim());
      id.issuerFrom = 'title';
    } else if (signature) {
      id.issuer = bodyName((SIGNATURE_LINE.exec(signature.p.text)?.[1] as string).trim());
      id.issuerFrom = 'signature';
    }
  }
  if (!id.year && id.title) {
    const y = YEAR_IN_TEXT.exec(id.title);
    if (y) id.year = Number(y[1]);
  }
  inferYear(paragraphs, id);
  return id;
}

/**
 * When the title has no "năm 2024": a term in the title makes a term plan; else the year of
 * the issue date, else of the latest date in the "Căn cứ" lines. `yearHow` says which.
 */
function inferYear(paragraphs: readonly SourceParagraph[], id: DecisionIdentity): void {
  if (id.year) return;
  const term = id.title ? TERM_IN_TEXT.exec(id.title) : null;
  if (term) {
    id.term = { from: Number(term[1]), to: Number(term[2]) };
    id.yearHow = IMPORT_TEXT.yearFromTerm(id.term.from, id.term.to);
    return;
  }
  if (id.date) {
    id.year = Number(id.date.slice(0, 4));
    id.yearHow = IMPORT_TEXT.yearFromIssueDate(formatViDateShort(id.date));
    return;
  }
  const cited = paragraphs
    .filter((p) => /^[-–+]?\s*căn cứ/iu.test(p.text))
    .flatMap((p) => [...p.text.matchAll(/(\d{1,2}\/\d{1,2}\/\d{4})/gu)].map((m) => parseViDate(m[1] as string)))
    .filter((d): d is string => !!d)
    .sort();
  const latest = cited.at(-1);
  if (latest) {
    id.year = Number(latest.slice(0, 4));
    id.yearHow = IMPORT_TEXT.yearFromCited(formatViDateShort(latest));
  }
}

/**
 * The issuer in the header's first capitalised lines: "TỈNH ỦY BÌNH THUẬN" → "Tỉnh ủy Bình
 * Thuận"; "ĐẢNG BỘ TỈNH BÌNH THUẬN / ĐẢNG ỦY KHỐI / CƠ QUAN VÀ DOANH NGHIỆP TỈNH" → the lines
 * under the superior body; "THỊ ỦY LA GI / BAN DÂN VẬN" → "Ban Dân vận Thị ủy La Gi".
 */
function headerIssuer(paragraphs: readonly SourceParagraph[]): string | undefined {
  const lines: string[] = [];
  for (const p of paragraphs.slice(0, 8)) {
    if (MOTTO_LINE.test(p.text)) continue;
    if (p.text !== p.text.toLocaleUpperCase('vi') || !/\p{Lu}{2}/u.test(p.text) || NUMBER_LINE.test(p.text)) break;
    if (DOCUMENT_TYPES.some((t) => p.text.startsWith(t))) break;
    lines.push(p.text);
  }
  if (lines.length === 0) return undefined;
  const [top, ...below] = lines as [string, ...string[]];
  if (below.length === 0) return bodyName(top);
  if (/^ĐẢNG BỘ\b/u.test(top)) return bodyName(below.join(' '));
  if (/ỦY\b/u.test(top) && /^BAN\b/u.test(below[0] as string)) return `${bodyName(below.join(' '))} ${bodyName(top)}`;
  return bodyName(below.join(' '));
}

/** A letter's summary line (under its number) and its "Kính gửi" list. */
function letterParts(paragraphs: readonly SourceParagraph[]): { summary?: string; addressees: string[] } | undefined {
  const start = paragraphs.findIndex((p) => ADDRESSEES_LINE.test(p.text));
  if (start < 0) return undefined;
  const chunks: string[] = [];
  for (const [k, p] of paragraphs.slice(start).entries()) {
    const text = k === 0 ? p.text.replace(ADDRESSEES_LINE, '') : p.text;
    if (k > 0 && (p.text.length > 160 || !/^[-–+•]/u.test(p.text)) && !/^\p{Ll}/u.test(p.text)) {
      // A capitalised continuation of a wrapped entry ("- Ban Thường vụ Đoàn Khối và Hội Cựu" + "Chiến binh Khối.").
      const prev = chunks.at(-1) ?? '';
      if (!(p.text.length < 60 && !/[,;.]$/u.test(prev))) break;
    }
    chunks.push(text);
    if (/\.$/u.test(text)) break;
  }
  // A new addressee starts at a dash at the start of a line; "chính trị - xã hội" inside a name is no dash item.
  const entries: string[] = [];
  for (const chunk of chunks) {
    const dashed = /^[-–+•]\s*/u.exec(chunk.trim());
    if (dashed || entries.length === 0) entries.push(chunk.trim().slice(dashed?.[0].length ?? 0));
    else entries[entries.length - 1] = `${entries.at(-1) as string} ${chunk.trim()}`;
  }
  const addressees = entries.map((a) => a.replace(/[,;.]+$/u, '').trim()).filter(Boolean);
  const numberAt = paragraphs.findIndex((p) => NUMBER_LINE.test(p.text));
  let summary: string | undefined;
  if (numberAt >= 0 && numberAt < start) {
    const parts: string[] = [];
    for (const p of paragraphs.slice(numberAt + 1, start)) {
      if (MOTTO_LINE.test(p.text) || PLACE_DATE_LINE.test(p.text)) {
        if (parts.length > 0) break;
        continue;
      }
      parts.push(p.text.replace(/^v\/v\s*/iu, ''));
    }
    summary = parts.join(' ').replace(/\s+/g, ' ').trim() || undefined;
  }
  return { ...(summary ? { summary } : {}), addressees };
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

/** "QUYẾT ĐỊNH" followed by "về …" lines up to the first "- Căn cứ" or issuer line. */
function readTitle(paragraphs: readonly SourceParagraph[], at: number, type: string): string {
  const parts: string[] = [sentenceCase(type), (paragraphs[at]?.text ?? '').slice(type.length)];
  for (const p of paragraphs.slice(at + 1, at + 6)) {
    if (TITLE_END.test(p.text) || ISSUER_DECIDES.test(p.text) || classify(p).kind !== 'text') break;
    parts.push(p.text.replace(TITLE_ISSUER_LINE, ''));
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
