/**
 * Vietnamese numbers written in words, as they occur in targets: "ít nhất một mô hình",
 * "từ một đến hai công trình", "hai mươi lăm", "một trăm linh năm", "hai nghìn".
 */

const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5,
  sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

/** Words that may open a number in words (mốt, lăm, tư only occur after "mươi"/"mười"). */
const LEADING_WORDS = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười']);

const SCALE_WORDS: Readonly<Record<string, number>> = {
  nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9,
};

export interface NumberWordsResult {
  value: number;
  /** How many words were used. */
  count: number;
}

/** True when the word can start a number in words ("một", "hai", … "mười"). */
export function isNumberWordStart(word: string): boolean {
  return LEADING_WORDS.has(word.toLocaleLowerCase('vi'));
}

/**
 * Reads the longest number in words at the start of `words` (lower-case or not):
 * ["hai","mươi","lăm","hội","viên"] → { value: 25, count: 3 }. Null when the first word is not a number word.
 */
export function parseNumberWords(words: readonly string[]): NumberWordsResult | null {
  const w = words.map((x) => x.toLocaleLowerCase('vi'));
  if (w.length === 0 || !LEADING_WORDS.has(w[0] as string)) return null;
  let total = 0;
  let group = 0; // below 1000
  let i = 0;
  let lastWasTens = false;
  let units: number | undefined;
  while (i < w.length) {
    const word = w[i] as string;
    if (word === 'mười') {
      if (units !== undefined) break;
      group += 10;
      lastWasTens = true;
      units = undefined;
    } else if (word === 'mươi') {
      if (units === undefined) break;
      group += units * 10 - units;
      lastWasTens = true;
      units = undefined;
    } else if (word === 'trăm') {
      if (units === undefined) break;
      group += units * 100 - units;
      units = undefined;
      lastWasTens = false;
    } else if (word === 'linh' || word === 'lẻ') {
      if (w[i + 1] === undefined || DIGIT_WORDS[w[i + 1] as string] === undefined) break;
    } else if (SCALE_WORDS[word] !== undefined) {
      if (group === 0 && units === undefined) break;
      total += group * (SCALE_WORDS[word] as number);
      group = 0;
      units = undefined;
      lastWasTens = false;
    } else {
      const digit = DIGIT_WORDS[word];
      if (digit === undefined || units !== undefined) break;
      if ((word === 'mốt' || word === 'lăm' || word === 'tư') && !lastWasTens) break;
      units = digit;
      group += digit;
      lastWasTens = false;
    }
    i += 1;
  }
  if (i === 0) return null;
  // A trailing "linh" without a digit was not consumed; drop dangling joiners.
  return { value: total + group, count: i };
}
