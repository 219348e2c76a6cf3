import { cleanText, matchKey } from '../../vi/text.ts';

const BULLET = /^(?:[-+•*–]|\d+[.)]|[a-zđ][)])\s*/iu;

/** Ends a clause as a sentence: adds "." unless it already ends with . ! ? ; or : (then "."). */
export function asSentence(text: string): string {
  const t = text.trim().replace(/[;:,]+$/, '');
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** Cuts at the last word boundary before `max` characters and adds the ellipsis. */
function cut(text: string, max: number, ellipsis: string): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.-]+$/, '')}${ellipsis}`;
}

/**
 * Condenses what an office typed into a few clean items for the report: lines and bullets
 * become items, repeated items are dropped, and the whole is capped at `maxChars`, keeping
 * whole items while they fit and cutting the first one at a word if it alone is too long.
 */
export function condense(text: string, maxChars: number, ellipsis: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const line of cleanText(text).split('\n')) {
    const item = line.replace(BULLET, '').trim();
    if (item.length < 2) continue;
    const key = matchKey(item).replace(/[.;,:]+$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  const out: string[] = [];
  let used = 0;
  for (const item of items) {
    if (out.length === 0 && item.length > maxChars) return [asSentence(cut(item, maxChars, ellipsis))];
    if (used + item.length > maxChars) break;
    out.push(asSentence(item));
    used += item.length;
  }
  return out;
}

/** Capitalises the first letter of an item that starts in lower case. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
