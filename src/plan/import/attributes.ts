/**
 * Per-task fields written around a task: responsible and supporting units, timeline, lead,
 * term roadmap ("Lộ trình: năm 2023: 30%; năm 2025: 60%"), and what a timeline says about a
 * due date and a recurrence. Also the proper casing of a body name written in capitals.
 */
import { format, lastDayOfMonth, lastDayOfQuarter } from 'date-fns';
import type { AttributeFields } from '../../model/plan-import.ts';
import type { Recurrence, YearMilestone } from '../../model/plan.ts';
import { parseViDate } from '../../vi/date.ts';
import { ATTRIBUTE_KEYS, BODY_NAME_FORMS, PLACE_AFTER, RECURRENCE_WORDS } from '../../vi/import-words.ts';
import { parseViNumber } from '../../vi/number.ts';

/**
 * The fields of an attribute line, or null when the line does not start with a key.
 * "Đơn vị chủ trì: Ban Dân vận; phối hợp: Văn phòng; thời gian: Quý II/2024" gives three
 * fields; "Thời gian thực hiện: Thường xuyên; báo cáo hàng năm" stays one timeline.
 */
export function parseAttributeLine(text: string): AttributeFields | null {
  const first = keyAt(text);
  if (!first) return null;
  const fields: AttributeFields = {};
  let key = first.key;
  let rest = text.slice(first.length);
  for (;;) {
    // The value runs to the next "; " / ". " / ", " followed by another key.
    let cut = -1;
    let next: { key: keyof AttributeFields; length: number } | null = null;
    for (const m of rest.matchAll(/[;.,]\s+/gu)) {
      const found = keyAt(rest.slice((m.index ?? 0) + m[0].length));
      if (found) {
        cut = m.index ?? 0;
        next = { key: found.key, length: m[0].length + found.length };
        break;
      }
    }
    const value = (cut >= 0 ? rest.slice(0, cut) : rest).replace(/[.;,]+$/u, '').trim();
    if (value) fields[key] = fields[key] ? `${fields[key]}; ${value}` : value;
    if (!next || cut < 0) break;
    rest = rest.slice(cut + next.length);
    key = next.key;
  }
  return splitSupporting(fields);
}

function keyAt(text: string): { key: keyof AttributeFields; length: number } | null {
  for (const { pattern, key } of ATTRIBUTE_KEYS) {
    const m = pattern.exec(text);
    if (m) return { key, length: m[0].length };
  }
  return null;
}

/** "Ban Dân vận Thị ủy, phối hợp với Văn phòng Thị ủy" in a responsible value → two fields. */
export function splitSupporting(fields: AttributeFields): AttributeFields {
  const r = fields.responsible;
  const m = r ? /^(.+?)\s*[,;]?\s*(?:chủ trì\s*[,;]?\s*)?phối hợp(?: với)?:?\s+(.+)$/iu.exec(r) : null;
  if (!m) return fields;
  const supporting = (m[2] as string).trim();
  return { ...fields, responsible: (m[1] as string).replace(/\s*chủ trì$/iu, '').trim(), supporting: fields.supporting ? `${supporting}; ${fields.supporting}` : supporting };
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * The due date a timeline gives: the last written date ("trước ngày 30/6/2024"), else the end
 * of the last quarter ("Quý II/2024", "quý III năm 2024"), else of the last month with a year
 * ("tháng 11 năm 2024"), else the end of a lone year ("trong năm 2025") unless the task recurs.
 */
export function dueDateOf(timeline: string): string | undefined {
  const dates = [...timeline.matchAll(/(\d{1,2}\/\d{1,2}\/\d{4})/gu)].map((m) => parseViDate(m[1] as string)).filter((d): d is string => !!d);
  if (dates.length > 0) return dates.sort().at(-1);
  const quarters = [...timeline.matchAll(/quý\s+(IV|III|II|I|[1-4])\s*(?:\/|năm\s+)(\d{4})/giu)].map((m) => {
    const q = ROMAN[(m[1] as string).toUpperCase()] ?? Number(m[1]);
    return iso(lastDayOfQuarter(new Date(Number(m[2]), (q - 1) * 3, 1)));
  });
  if (quarters.length > 0) return quarters.sort().at(-1);
  const months = [...timeline.matchAll(/tháng\s+(\d{1,2})\s*(?:\/|năm\s+)(\d{4})/giu)]
    .filter((m) => Number(m[1]) >= 1 && Number(m[1]) <= 12)
    .map((m) => iso(lastDayOfMonth(new Date(Number(m[2]), Number(m[1]) - 1, 1))));
  if (months.length > 0) return months.sort().at(-1);
  if (recurrenceOf(timeline)) return undefined;
  const year = /(?:^|trong |hoàn thành (?:trong )?|cả )năm\s+(\d{4})\s*$/iu.exec(timeline)?.[1];
  return year ? `${year}-12-31` : undefined;
}

/** "Thường xuyên" → continuous, "hàng quý" → quarterly …; the first such word wins. */
export function recurrenceOf(timeline: string): Recurrence | undefined {
  let best: { at: number; value: Recurrence } | undefined;
  for (const { pattern, value } of RECURRENCE_WORDS) {
    const at = timeline.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { at, value };
  }
  return best?.value;
}

/** "năm 2023: 30%; năm 2025: 60%; năm 2027: 100%" or "2023 đạt 300, 2025 đạt 600" → yearly milestones. */
export function roadmapMilestones(text: string): YearMilestone[] {
  const out: YearMilestone[] = [];
  for (const m of text.matchAll(/(?:năm\s+)?((?:19|20)\d\d)\s*(?::|đạt|-)\s*([\d.,]*\d)\s*(%|[\p{L} ]{0,20})?/giu)) {
    const parsed = parseViNumber(m[2] as string);
    if (!parsed || !Number.isFinite(parsed.value)) continue;
    out.push({ year: Number(m[1]), value: parsed.value, text: m[0].replace(/[;,.\s]+$/u, '').trim() });
  }
  return out;
}

/** "TỈNH ỦY BÌNH THUẬN" → "Tỉnh ủy Bình Thuận"; "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH" → "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh". */
export function bodyName(text: string): string {
  if (text !== text.toLocaleUpperCase('vi')) return text;
  let lower = text.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const place = PLACE_AFTER.exec(lower);
  if (place && !/^(?:và|cơ quan|doanh nghiệp)\b/u.test(place[2] as string)) {
    lower = `${place[1]} ${(place[2] as string).split(' ').map(capital).join(' ')}`;
  }
  for (const [pattern, proper] of BODY_NAME_FORMS) lower = lower.replace(pattern, proper);
  return capital(lower);
}

function capital(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}
