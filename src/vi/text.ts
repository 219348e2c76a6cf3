/**
 * Vietnamese text cleaning, in the order of shared/vietnamese-data.md:
 * (legacy decoding happens before, in src/ingest) → NFC → invisible junk → matching key.
 * Never NFKC, never strip U+00AD before legacy decoding.
 */

const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u202F\u2007\u2009\u200A\t]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** NFC only: safe on any text. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Text cleanText leaves as it is, apart from NFC: no invisible character, odd space, odd dash,
 * carriage return or whitespace other than single inner spaces and line breaks. Most cells are
 * like this, and one test is much cheaper than the chain of replacements.
 */
const ALREADY_CLEAN = /^(?:[^\s\u200B\u200C\u200D\u2060\uFEFF\u2010-\u2015\u2212]+(?:[ \n][^\s\u200B\u200C\u200D\u2060\uFEFF\u2010-\u2015\u2212]+)*)?$/;

/** NFC, invisible characters removed, odd spaces and dashes unified, lines trimmed. Keeps line breaks. */
export function cleanText(text: string): string {
  if (ALREADY_CLEAN.test(text)) return nfc(text);
  return nfc(text)
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(DASHES, '-')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

// Old-style tone placement (hoà, uỷ, thuỷ) → the new style used as the matching key.
const TONE_STYLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/oà/g, 'òa'], [/oá/g, 'óa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
  [/oè/g, 'òe'], [/oé/g, 'óe'], [/oẻ/g, 'ỏe'], [/oẽ/g, 'õe'], [/oẹ/g, 'ọe'],
  [/uỳ/g, 'ùy'], [/uý/g, 'úy'], [/uỷ/g, 'ủy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'],
];

const OLD_TONE_STYLE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/;

/**
 * Key for matching (not for display): lower case, collapsed spaces, one tone-placement style.
 * toLowerCase(), not toLocaleLowerCase('vi'): Vietnamese has no locale-specific case mapping, so
 * the result is the same for every character, and V8 resolves the locale on each call (≈ 6× slower;
 * a province-size report calls this for every task text).
 */
export function matchKey(text: string): string {
  let key = cleanText(text).toLowerCase().replace(/\s+/g, ' ');
  if (!OLD_TONE_STYLE.test(key)) return key;
  for (const [from, to] of TONE_STYLE) key = key.replace(from, to);
  return key;
}

/** Diacritic-free form (đ→d handled by hand: it does not decompose). */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese collation (Ă/Â/Đ/Ô/Ơ/Ư in the right places) for every list shown to users. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}
