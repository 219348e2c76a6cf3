import iconv from 'iconv-lite';
import { decodeVni } from './vni.ts';

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Vietnamese letters that only exist with diacritics: counted to confirm a decoding helped. */
const VIET_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
/** Characters that do not occur in real Vietnamese Unicode text but do in TCVN3 read as Latin-1. */
const TCVN3_SIGNAL = /[\u00A1-\u00BE]/;

const vietCount = (s: string) => s.match(VIET_LETTER)?.length ?? 0;

/** Font name → the legacy encoding it implies (the strongest signal). */
export function encodingOfFont(font: string | undefined): LegacyEncoding | null {
  if (!font) return null;
  if (/^\.?vn/i.test(font) && !/^vni/i.test(font)) return font.startsWith('.') ? 'TCVN3' : null;
  if (/^vni/i.test(font)) return 'VNI';
  return null;
}

/** Text as bytes of the Windows code page it was typed in; null when it holds other characters. */
function asLegacyBytes(text: string): Buffer | null {
  const bytes = iconv.encode(text, 'windows1252');
  return iconv.decode(bytes, 'windows1252') === text ? bytes : null;
}

export function decodeTcvn3(text: string, capitalFont = false): string | null {
  const bytes = asLegacyBytes(text);
  if (!bytes) return null;
  const decoded = iconv.decode(bytes, 'tcvn').normalize('NFC');
  return capitalFont ? decoded.toLocaleUpperCase('vi') : decoded;
}

export interface LegacyDecoding {
  text: string;
  encoding: LegacyEncoding;
}

/**
 * Decodes one text run when it is in a legacy encoding: trusted when the font says so, else
 * only when TCVN3-only characters appear AND decoding raises the count of Vietnamese letters.
 * Returns null when the text is (or is left as) Unicode.
 */
export function decodeLegacy(text: string, font: string | undefined): LegacyDecoding | null {
  if (!/[\u0080-\u00FF]/.test(text)) return null;
  const byFont = encodingOfFont(font);
  if (byFont === 'VNI') {
    const decoded = decodeVni(text);
    return decoded !== text ? { text: decoded, encoding: 'VNI' } : null;
  }
  if (byFont === 'TCVN3') {
    const decoded = decodeTcvn3(text, /h$/i.test(font ?? ''));
    return decoded && decoded !== text ? { text: decoded, encoding: 'TCVN3' } : null;
  }
  if (TCVN3_SIGNAL.test(text)) {
    const decoded = decodeTcvn3(text);
    if (decoded && vietCount(decoded) >= vietCount(text) + 2) return { text: decoded, encoding: 'TCVN3' };
  }
  return null;
}
