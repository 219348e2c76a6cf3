/**
 * VNI-Windows → Unicode. VNI writes a Vietnamese letter as a base letter followed by one
 * "mark" byte (read as Latin-1: "Hoäi Phuï nöõ" = Hội Phụ nữ). Each byte maps to a letter or to
 * combining marks; NFC then composes. Upper- and lower-case marks are the same combining marks.
 */
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';

/** Bytes that stand for a whole letter. */
const LETTERS: Readonly<Record<string, string>> = {
  '\u00F4': 'ơ', '\u00D4': 'Ơ', // ô → ơ
  '\u00F6': 'ư', '\u00D6': 'Ư', // ö → ư
  '\u00F1': 'đ', '\u00D1': 'Đ', // ñ → đ
  '\u00ED': 'í', '\u00CD': 'Í',
  '\u00EC': 'ì', '\u00CC': 'Ì',
  '\u00E6': 'ỉ', '\u00C6': 'Ỉ',
  '\u00F3': 'ĩ', '\u00D3': 'Ĩ',
  '\u00F2': 'ị', '\u00D2': 'Ị',
  '\u00EE': 'ỵ', '\u00CE': 'Ỵ',
};

/** Bytes that add marks to the letter before them. */
const MARKS: Readonly<Record<string, string>> = {
  '\u00F9': ACUTE, '\u00D9': ACUTE, // ù Ù
  '\u00F8': GRAVE, '\u00D8': GRAVE, // ø Ø
  '\u00FB': HOOK, '\u00DB': HOOK, // û Û
  '\u00F5': TILDE, '\u00D5': TILDE, // õ Õ
  '\u00EF': DOT, '\u00CF': DOT, // ï Ï
  '\u00E2': CIRC, '\u00C2': CIRC, // â Â (aâ = â, eâ = ê, oâ = ô)
  '\u00EA': BREVE, '\u00CA': BREVE, // ê Ê (aê = ă)
  '\u00E1': CIRC + ACUTE, '\u00C1': CIRC + ACUTE,
  '\u00E0': CIRC + GRAVE, '\u00C0': CIRC + GRAVE,
  '\u00E5': CIRC + HOOK, '\u00C5': CIRC + HOOK,
  '\u00E3': CIRC + TILDE, '\u00C3': CIRC + TILDE,
  '\u00E4': CIRC + DOT, '\u00C4': CIRC + DOT,
  '\u00E9': BREVE + ACUTE, '\u00C9': BREVE + ACUTE,
  '\u00E8': BREVE + GRAVE, '\u00C8': BREVE + GRAVE,
  '\u00FA': BREVE + HOOK, '\u00DA': BREVE + HOOK,
  '\u00FC': BREVE + TILDE, '\u00DC': BREVE + TILDE,
  '\u00EB': BREVE + DOT, '\u00CB': BREVE + DOT,
};

export function decodeVni(text: string): string {
  let out = '';
  for (const ch of text) out += LETTERS[ch] ?? MARKS[ch] ?? ch;
  return out.normalize('NFC');
}
