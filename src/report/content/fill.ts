import { nfc } from '../../vi/text.ts';

export type FillArgs = Readonly<Record<string, string | number>>;

/**
 * Fills a wording pattern: "{org} gửi báo cáo trễ hạn" with { org: "Hội Nông dân tỉnh" }.
 * Line breaks folded from YAML become single spaces. A placeholder without a value stays as written,
 * so a wording file edited by hand shows its mistake in the document instead of failing.
 */
export function fill(pattern: string, args: FillArgs = {}): string {
  const text = pattern.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = args[key];
    return value === undefined ? `{${key}}` : String(value);
  });
  return nfc(text.replace(/[ \t]*\n[ \t]*/g, ' '));
}

/** Upper case the Vietnamese way, for headings. */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * First letter lower case, for a clause inside a sentence: "Phát triển" → "phát triển"; text
 * starting with a name ("Ủy ban nhân dân tỉnh…", a word listed in `keep`) or an abbreviation
 * ("UBND", "MTTQ") keeps its capital.
 */
export function lowerFirst(text: string, keep: readonly string[] = []): string {
  if (/^\p{Lu}{2,}/u.test(text)) return text;
  // Same as toLocaleLowerCase('vi') (Vietnamese has no special case mapping), without resolving the locale per call.
  const lower = text.toLowerCase();
  if (lowerKeep(keep).some((k) => lower.startsWith(`${k} `) || lower === k)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** The keep list in lower case, once per list (lowerFirst runs for every target of a large plan). */
const lowered = new WeakMap<readonly string[], string[]>();
function lowerKeep(keep: readonly string[]): string[] {
  let list = lowered.get(keep);
  if (!list) {
    list = keep.map((k) => k.toLocaleLowerCase('vi'));
    lowered.set(keep, list);
  }
  return list;
}
