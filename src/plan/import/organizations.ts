/**
 * Organisations of a drafted plan: the six known provincial ones get their usual codes
 * (MTTQ, HLHPN, HCCB, HND, LDLD, TDTN); any other name gets a code from its initials.
 */
import type { Organization } from '../../model/plan.ts';
import { CODE_STOP_WORDS, KNOWN_ORGANIZATIONS, UNIT_NAME_END } from '../../vi/import-words.ts';
import { matchKey, stripDiacritics } from '../../vi/text.ts';

/** The organisation for a name as written; `derived` is true when the code came from initials. */
export function organizationFor(name: string, taken: ReadonlySet<string>): { org: Organization; derived: boolean } {
  const keys = [name.normalize('NFC').toLocaleLowerCase('vi'), matchKey(name)];
  const known = KNOWN_ORGANIZATIONS.find((k) => keys.some((key) => k.pattern.test(key)));
  const base = known?.code ?? initials(name);
  let code = base;
  for (let n = 2; taken.has(code); n += 1) code = `${base}${n}`;
  const shouted = name === name.toLocaleUpperCase('vi');
  const written = shouted ? (known?.name ?? sentenceCase(name)) : name;
  return { org: { code, name: written, shortName: known?.shortName ?? written }, derived: !known };
}

/** "Phòng Tuyên truyền - Văn hóa" → "PTTVH"; "Ban Dân vận Thị ủy" → "BDVTU". */
export function initials(name: string): string {
  const words = name.split(/[^\p{L}\d]+/u).filter((w) => w && !CODE_STOP_WORDS.has(w.toLocaleLowerCase('vi')));
  const code = stripDiacritics(words.map((w) => (/^\d+$/u.test(w) ? w : (w[0] as string).toLocaleUpperCase('vi'))).join(''))
    .replace(/[^A-Za-z0-9]/gu, '');
  return code === '' ? 'DV' : code.slice(0, 12);
}

/** The unit named in "Chịu trách nhiệm tham mưu: Phòng A, phối hợp Phòng B" → "Phòng A". */
export function mainUnit(responsible: string): string {
  return responsible.split(UNIT_NAME_END)[0]?.trim() ?? responsible;
}

/** "HỘI NGƯỜI CAO TUỔI TỈNH" → "Hội người cao tuổi tỉnh" (a person fixes proper-noun capitals in review). */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
