/**
 * Numbers as Vietnamese write them: "." groups thousands, "," is the decimal mark.
 * Order of alternatives matters (shared/vietnamese-data.md): grouped first, then dot-decimal,
 * then plain with optional decimal comma.
 */

export type NumberAmbiguity =
  /** "1,200": comma + exactly three digits — read as 1,2 (Vietnamese), could mean 1200. */
  | 'comma-three-digits'
  /** "2.58" / "1.5": a dot with one or two digits — read as a decimal (English habit). */
  | 'dot-decimal';

export interface ParsedNumber {
  value: number;
  /** The matched number text. */
  raw: string;
  /** Set when another reading is plausible; the caller decides whether to flag it. */
  ambiguity?: NumberAmbiguity;
  /** True when the text ended in "%". */
  percent: boolean;
  /** Remaining text after the number (a unit such as "đoàn viên"), trimmed; "" when none. */
  rest: string;
}

const MAGNITUDE: Record<string, number> = {
  nghìn: 1e3, ngàn: 1e3, ngan: 1e3, nghin: 1e3,
  triệu: 1e6, trieu: 1e6,
  tỷ: 1e9, tỉ: 1e9, ty: 1e9,
};

/** Number token regexes, in the order they must be tried. */
export const NUMBER_TOKEN = /[+-]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?!\d)|\d+(?:,\d+)?)/;

/** Converts one matched number token ("2.500", "1,5", "2.58", "01") to a value. */
export function tokenValue(token: string): { value: number; ambiguity?: NumberAmbiguity } {
  const sign = token.startsWith('-') ? -1 : 1;
  const t = token.replace(/^[+-]/, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) {
    return { value: sign * Number(t.replace(/\./g, '').replace(',', '.')) };
  }
  if (/^\d+\.\d{1,2}$/.test(t)) return { value: sign * Number(t), ambiguity: 'dot-decimal' };
  const value = sign * Number(t.replace(',', '.'));
  return /^\d{1,3},\d{3}$/.test(t) ? { value, ambiguity: 'comma-three-digits' } : { value };
}

/**
 * Parses a whole cell or phrase that should hold one number: " 12 ", "1.200", "1,5", "85%",
 * "2.500 đoàn viên", "6,21 triệu", "900.000 đồng". Returns null when the text does not start
 * with a number.
 */
export function parseViNumber(text: string): ParsedNumber | null {
  const s = text
    .normalize('NFC')
    .replace(/[\u00A0\u202F\u2007\u2009\u200B\uFEFF]/g, ' ')
    .replace(/[\u2212\u2013]/g, '-')
    .trim();
  // "1 200" with a space as the thousands separator (from NBSP) → join the groups.
  const spaced = /^([+-]?\d{1,3}(?: \d{3})+)(?!\d)/.exec(s);
  const head = spaced ? s.replace(spaced[1] as string, (spaced[1] as string).replace(/ /g, '.')) : s;
  const m = new RegExp(`^${NUMBER_TOKEN.source}`).exec(head);
  if (!m) return null;
  const raw = m[0];
  const { value, ambiguity } = tokenValue(raw);
  let rest = head.slice(raw.length).trim();
  let result = value;
  let percent = false;
  if (rest.startsWith('%')) {
    percent = true;
    rest = rest.slice(1).trim();
  } else {
    const word = /^(\p{L}+)/u.exec(rest)?.[1]?.toLocaleLowerCase('vi');
    const factor = word ? MAGNITUDE[word] : undefined;
    if (word && factor) {
      result = value * factor;
      rest = rest.slice(word.length).trim();
    }
  }
  return { value: result, raw, percent, rest, ...(ambiguity ? { ambiguity } : {}) };
}

const formatters = new Map<number, Intl.NumberFormat>();
/** Intl formatters are costly to build: one per number of fraction digits, kept. */
function viFormat(maxFractionDigits: number): Intl.NumberFormat {
  let f = formatters.get(maxFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits, useGrouping: true });
    formatters.set(maxFractionDigits, f);
  }
  return f;
}

/** 150000 → "150.000"; 1.5 → "1,5"; 52.34 → "52,34". */
export function formatViNumber(value: number, maxFractionDigits = 2): string {
  return viFormat(maxFractionDigits).format(value);
}

/** 0.523 → "52,3%" (a ratio in, a Vietnamese percentage out). */
export function formatViPercent(ratio: number, fractionDigits = 1): string {
  return `${viFormat(fractionDigits).format(ratio * 100)}%`;
}

/**
 * How far a result has come, as offices write it: a whole percentage (84.700 of 150.000 →
 * "56%", as the office's own "đạt 56%"), except that a result short of its target never reads
 * "100%": 0.996 → "99,6%".
 */
export function formatViRatio(ratio: number): string {
  const whole = Math.round(ratio * 100);
  if (ratio < 1 && whole >= 100) return formatViPercent(Math.floor(ratio * 1000) / 1000, 1);
  return formatViPercent(ratio, 0);
}

/** Counts with the administrative leading zero: 1 → "01", 12 → "12". */
export function formatCount2(value: number): string {
  return value >= 0 && value < 10 && Number.isInteger(value) ? `0${value}` : formatViNumber(value);
}
