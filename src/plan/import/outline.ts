/**
 * The document's structure, paragraph by paragraph: cleaning, re-joining lines broken by a
 * page break, and classifying each paragraph (section heading, part, numbered item, bullet,
 * per-task attribute, end of content, plain text).
 */
import type { OutlineBlock, SourceParagraph } from '../../model/plan-import.ts';
import {
  ARTICLE_LINE, ASSIGNMENT_LINE, END_MARK, END_OF_CONTENT, FOOTNOTE_LINE, FOOTNOTE_MARK, NON_TASK_PARTS, PAGE_NUMBER_LINE, PART_LINE,
  SECTION_HEADING, SECTION_HEADING_CAPS, SUPPORTING_IN_TEXT,
} from '../../vi/import-words.ts';
import { cleanText } from '../../vi/text.ts';
import { parseAttributeLine } from './attributes.ts';

/**
 * Paragraphs of the text: NFC and cleaned, markdown emphasis ("*…*") dropped, and a line that
 * stops mid-sentence joined with the next one when that starts in lower case ("Ban Chấp" +
 * "hành Trung ương").
 */
export function toParagraphs(raw: string): SourceParagraph[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const out: SourceParagraph[] = [];
  for (const [i, rawLine] of lines.entries()) {
    const cleaned = cleanText(rawLine.replace(/\*+/g, '')).trim();
    const text = cleaned.replace(FOOTNOTE_MARK, '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    // Footnote blocks ("⁽¹⁾ Kế hoạch số 51-KH/TU …") and page numbers left where a page broke:
    // dropped, so the sentence they interrupted is joined back below.
    if (FOOTNOTE_LINE.test(cleaned) || PAGE_NUMBER_LINE.test(text)) continue;
    const prev = out.at(-1);
    if (prev && continues(prev.text, text)) {
      prev.text = `${prev.text} ${text}`;
      continue;
    }
    out.push({ text, line: i + 1 });
  }
  return out;
}

/** Words that cannot end a sentence: a line ending with one was cut by a page break. */
const DANGLING_WORD = /\s(?:với|của|và|cho|tại|theo|các|những|về|trong|được|là|có|từ|đến|ở|cùng|như|gồm|giữa|thuộc|bởi|nhằm|để|hoặc)$/u;

/** A paragraph continues the previous one: no closing punctuation there, a lower-case start here. */
function continues(prev: string, next: string): boolean {
  if (/[.:!?]$|\.\/\.$/u.test(prev)) return false;
  const structural = classify({ text: next, line: 0 }).kind !== 'text' || ARTICLE_LINE.test(next);
  if (structural) return false;
  if (/^[\p{Ll}(“"”]/u.test(next)) return true;
  // A page break inside a long sentence before a capitalised name ("… phối hợp với" + "Ủy ban …").
  // Only after a word no sentence ends with, so a finished item without its full stop is never glued to the next paragraph.
  if (DANGLING_WORD.test(prev) && /^\p{Lu}\p{Ll}/u.test(next) && !/^(?:giao|căn cứ|kính gửi|nơi nhận)\s/iu.test(next)
    && classify({ text: prev, line: 0 }).kind !== 'attribute') return true;
  // "…các cấp”;" + "Quy định số 37…": a list inside a sentence, split by a page break. Not after a bullet
  // ("- Căn cứ …," + "Ban Dân vận … xây dựng kế hoạch"), where the comma closes the list.
  return /[,;]$/u.test(prev) && /^\p{L}/u.test(next) && classify({ text: prev, line: 0 }).kind !== 'bullet';
}

/** What one paragraph is. */
export function classify(p: SourceParagraph): OutlineBlock {
  const { text, line } = p;
  const heading = text.replace(/\s*\(.*$/u, '');
  const section = SECTION_HEADING.exec(heading);
  if (section && (SECTION_HEADING_CAPS.test(heading) || (heading.length < 160 && section[2]))) {
    const orgName = (section[2] ?? '').replace(/[.:;]+$/u, '').trim();
    return { kind: 'section', orgName, ...(section[1] ? { year: Number(section[1]) } : {}), line };
  }
  if (END_OF_CONTENT.test(text)) return { kind: 'end', line };
  const fields = parseAttributeLine(text.replace(/^[-+•–]\s*/u, ''));
  if (fields) return { kind: 'attribute', fields, line };
  const part = PART_LINE.exec(text);
  if (part && part[1]) {
    const title = (part[2] as string).trim();
    return { kind: 'part', roman: part[1], title, tasks: !NON_TASK_PARTS.test(title), line };
  }
  if (ARTICLE_LINE.test(text)) return { kind: 'text', text, line };
  const item = /^(\d+(?:\.\d+)*)\s*(?:[.)]\s*-?|-)\s*(.+)$/u.exec(text);
  if (item && !/^\d+\.\d{3}/u.test(text)) {
    const number = item[1] as string;
    return { kind: 'item', number, level: number.split('.').length, text: endMark(item[2] as string), line };
  }
  const bullet = /^([-–•+])\s*(.+)$/u.exec(text);
  if (bullet) return { kind: 'bullet', level: bullet[1] === '+' ? 2 : 1, text: endMark(bullet[2] as string), line };
  const assignment = ASSIGNMENT_LINE.exec(text);
  if (assignment && /chủ trì|chịu trách nhiệm/iu.test(text.slice(0, 120))) {
    const supporting = SUPPORTING_IN_TEXT.exec(assignment[2] as string)?.[1]?.trim();
    return { kind: 'assignment', responsible: (assignment[1] as string).trim(), ...(supporting ? { supporting } : {}), text: endMark(text), line };
  }
  return { kind: 'text', text: endMark(text), line };
}

function endMark(text: string): string {
  return text.replace(END_MARK, '.').trim();
}
