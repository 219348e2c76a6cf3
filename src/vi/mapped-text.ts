/**
 * Normalised text that remembers where each character came from, so a parser can work on
 * clean text (NFC, one dash, one space) and still report offsets into the original string.
 */

const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u202F\u2007\u2009\u200A\t]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
/** Anything mapText has to change: combining marks (not NFC), invisible characters, odd spaces, dashes. */
const NEEDS_WORK = /[\p{M}\u00AD\u200B\u200C\u200D\u2060\uFEFF\u00A0\u202F\u2007\u2009\u200A\t\u2010-\u2015\u2212]/u;

export interface MappedText {
  /** NFC, dashes as "-", odd spaces as " ", invisible characters removed. */
  text: string;
  /** Same length as `text`, lower-cased character by character (Vietnamese keeps lengths). */
  lower: string;
  /** Original offset of each character of `text`; one extra entry for the end. */
  origin: number[];
  /** Quote depth at each character of `text` (“…” and "…"); > 0 inside a quotation. */
  quoted: number[];
}

/** Builds the normalised copy, one grapheme-ish segment (base + combining marks) at a time. */
export function mapText(original: string): MappedText {
  let text: string;
  let origin: number[];
  if (!NEEDS_WORK.test(original)) {
    // Already clean NFC (the usual case): the offsets are the identity.
    text = original;
    origin = Array.from({ length: original.length + 1 }, (_, i) => i);
  } else {
    const parts: string[] = [];
    origin = [];
    for (const m of original.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
      const seg = m[0].normalize('NFC').replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(DASHES, '-');
      for (let i = 0; i < seg.length; i += 1) origin.push(m.index);
      parts.push(seg);
    }
    origin.push(original.length);
    text = parts.join('');
  }
  let lower = text.toLocaleLowerCase('vi');
  if (lower.length !== text.length) {
    // Rare letters whose lower case changes length ("İ"): lower them one by one, keeping lengths.
    lower = Array.from({ length: text.length }, (_, i) => {
      const ch = text[i] as string;
      const l = ch.toLocaleLowerCase('vi');
      return l.length === 1 ? l : ch;
    }).join('');
  }
  return { text, lower, origin, quoted: quoteDepths(text) };
}

function quoteDepths(text: string): number[] {
  const depths: number[] = [];
  let curly = 0;
  let straight = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\u201C') curly += 1;
    const depth = curly + (straight ? 1 : 0);
    depths.push(depth);
    if (ch === '\u201D') curly = Math.max(0, curly - 1);
    if (ch === '"') straight = !straight;
    if (ch === '\n') {
      straight = false;
      curly = 0;
    }
  }
  return depths;
}

/** The original text between two normalised offsets. */
export function originalSlice(original: string, mapped: MappedText, start: number, end: number): string {
  return original.slice(mapped.origin[start], mapped.origin[end]);
}
