/**
 * The Vietnamese target-phrase parser: finds the quantitative targets written inside a
 * sentence of a plan ("Phát triển ít nhất 600 hội viên cựu chiến binh", "từ 15 - 20% trên
 * tổng số hộ nghèo cuối năm 2023", "900.000 đồng/hội viên") and returns them as candidates
 * with comparator, value(s), unit, kind, per, baseline and the span in the original text.
 * Shape (shared/vietnamese-data.md): [lead] [comparator] quantity [- quantity] [%|magnitude]
 * [unit] [/per] [trở lên] [baseline].
 */
import type { Comparator, TargetKind } from '../model/plan.ts';
import type { TargetCandidate } from '../model/target-candidate.ts';
import { type MappedText, mapText } from './mapped-text.ts';
import { NUMBER_TOKEN, tokenValue } from './number.ts';
import { isNumberWordStart, parseNumberWords } from './number-words.ts';
import {
  BASELINE_START, COMPARATOR_BEFORE, COUNTED_NOUNS, comparatorOf, DURATION_AFTER, MAGNITUDE_WORDS, MONEY_UNIT,
  MONEY_UNITS, NAME_BEFORE, NOT_A_NUMBER_AFTER, PER_EACH, REFERENCE_BEFORE, SUFFIX_COMPARATOR,
  UNIT_STOP_PHRASES, UNIT_STOP_WORDS, YEAR_CONTEXT_BEFORE,
} from './target-lexicon.ts';

/** A number found in the text: digits ("2.500") or words ("một"). Offsets are normalised. */
interface Quantity {
  start: number;
  end: number;
  value: number;
  words: boolean;
  ambiguous: boolean;
}

interface NounPhrase {
  text: string;
  end: number;
  cut: boolean;
}

const DIGITS = new RegExp(`(?<![\\p{L}\\d])(?:${NUMBER_TOKEN.source.replace('[+-]?', '')})(?!\\d)`, 'gu');
const MAX_UNIT_WORDS = 6;
const MAX_LEAD_WORDS = 24;
const SHORT_LEAD_WORDS = 8;
/** Words of a percentage's scope kept in the phrase ("80% đoàn viên xếp loại hoàn thành xuất sắc nhiệm vụ"). */
const MAX_SCOPE_WORDS = 20;
/** Function words a phrase must not end on. */
const DANGLING_WORDS: ReadonlySet<string> = new Set(['có', 'và', 'với', 'của', 'là', 'được', 'để', 'cho', 'trong', 'tại', 'từ', 'các', 'những']);
const CLAUSE_BREAK = /[;:\n()*]|[.,](?!\d)/u;
/** The lead of a phrase may cross commas ("xây dựng, sửa chữa 20 nhà"). */
const LEAD_BREAK = /[;:\n()*]|\.(?!\d)/u;
const SCOPE_BREAK = /[;:\n()*]|\.(?!\d)/u;

/** Every quantitative target in `text`, in order of appearance. */
export function findTargets(text: string): TargetCandidate[] {
  const m = mapText(text);
  const quantities = scanQuantities(m);
  const found: TargetCandidate[] = [];
  let consumed = 0;
  for (const [i, q] of quantities.entries()) {
    if (q.start < consumed || (m.quoted[q.start] ?? 0) > 0 || isReference(m, q)) continue;
    const next = quantities[i + 1];
    const range = next ? readRange(m, q, next) : undefined;
    if (range === 'term') {
      consumed = (next as Quantity).end;
      continue;
    }
    if (q.words && !range && !comparatorBefore(m, q.start)) continue;
    const candidate = readTarget(text, m, q, range, consumed, quantities);
    if (!candidate) continue;
    found.push(candidate.target);
    consumed = candidate.end;
  }
  return found;
}

/** Digit tokens and numbers in words (the latter only where a comparator or a range allows them). */
function scanQuantities(m: MappedText): Quantity[] {
  const out: Quantity[] = [];
  for (const d of m.text.matchAll(DIGITS)) {
    const { value, ambiguity } = tokenValue(d[0]);
    out.push({ start: d.index, end: d.index + d[0].length, value, words: false, ambiguous: ambiguity !== undefined });
  }
  const words = [...m.lower.matchAll(/\p{L}+/gu)];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] as RegExpExecArray;
    if (!isNumberWordStart(w[0])) continue;
    if (out.some((q) => q.words && q.start <= w.index && w.index < q.end)) continue;
    const left = m.lower.slice(Math.max(0, w.index - 40), w.index);
    if (!COMPARATOR_BEFORE.test(left) && !/(?:đến|tới|-)\s+$/u.test(left)) continue;
    const run: string[] = [];
    for (let j = i; j < words.length && run.length < 8; j += 1) {
      const cur = words[j] as RegExpExecArray;
      const prev = words[j - 1];
      if (j > i && prev && m.text.slice(prev.index + prev[0].length, cur.index) !== ' ') break;
      run.push(cur[0]);
    }
    const parsed = parseNumberWords(run);
    if (!parsed) continue;
    const last = words[i + parsed.count - 1] as RegExpExecArray;
    const end = last.index + last[0].length;
    const after = m.lower.slice(end);
    if (/^\s*\d/u.test(after) || NOT_A_NUMBER_AFTER.test(after)) continue;
    out.push({ start: w.index, end, value: parsed.value, words: true, ambiguous: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

const YEAR = /^(?:19|20)\d\d$/;

/** Dates, document numbers, item numbers, years, durations: numbers that are not quantities. */
function isReference(m: MappedText, q: Quantity): boolean {
  if (q.words) return false;
  const t = m.text;
  const before = t.slice(Math.max(0, q.start - 2), q.start);
  const after = t.slice(q.end, q.end + 4);
  const token = t.slice(q.start, q.end);
  if (/\/$|\d[.,]$|[\p{L}\d]-$/u.test(before) || /^\//u.test(after)) return true; // 27/12/2023, Quý I/2024, 2.4.1
  if (/^\s?-\s?\p{Lu}/u.test(after) || /^\.\d/u.test(after) || /^\p{L}/u.test(after)) return true; // 1388-QĐ/TU, 06- ĐA/TU
  const lineStart = t.lastIndexOf('\n', q.start - 1) + 1;
  if (/^[\s\-–•+*(]*$/u.test(t.slice(lineStart, q.start)) && /^[.)]/u.test(after)) return true; // "1. …", "2.1. …"
  const left = m.lower.slice(Math.max(0, q.start - 40), q.start);
  if (REFERENCE_BEFORE.test(left) || NAME_BEFORE.test(t.slice(Math.max(0, q.start - 50), q.start))) return true;
  if (YEAR.test(token) && /(?:19|20)\d\d\s*-\s*$/u.test(t.slice(Math.max(0, q.start - 8), q.start))) return true;
  if (YEAR.test(token) && (YEAR_CONTEXT_BEFORE.test(left) || !/^\s*%/u.test(after))) {
    const unit = readNoun(m, q.end, MAX_UNIT_WORDS);
    if (YEAR_CONTEXT_BEFORE.test(left) || unit.text === '') return true;
  }
  return DURATION_AFTER.test(m.lower.slice(q.end, q.end + 12));
}

/** "15 - 20", "từ 85 đến 90": the next quantity closes a range; two years are a term ("2020 - 2025"). */
function readRange(m: MappedText, q: Quantity, next: Quantity): Quantity | 'term' | undefined {
  const between = m.lower.slice(q.end, next.start);
  if (!/^\s*%?\s*(?:-|đến|tới)\s*$/u.test(between)) return undefined;
  const a = m.text.slice(q.start, q.end);
  const b = m.text.slice(next.start, next.end);
  if (YEAR.test(a) && YEAR.test(b)) return 'term';
  if (/^\s*-\s*$/u.test(between) && /^\s/u.test(between) !== /\s$/u.test(between)) return undefined;
  return next.value > q.value ? next : undefined;
}

function comparatorBefore(m: MappedText, start: number): { word: string; start: number } | undefined {
  const from = Math.max(0, start - 40);
  const hit = COMPARATOR_BEFORE.exec(m.lower.slice(from, start));
  if (!hit) return undefined;
  const word = hit[1] as string;
  return { word, start: from + hit.index + hit[0].indexOf(word) };
}

/** The words after `pos` up to a stop word, punctuation or `max` words. */
function readNoun(m: MappedText, pos: number, max: number): NounPhrase {
  const words: string[] = [];
  let i = pos;
  let end = pos;
  let cut = false;
  for (;;) {
    const gap = /^ ?/u.exec(m.text.slice(i))?.[0].length ?? 0;
    const w = /^\p{L}+/u.exec(m.text.slice(i + gap));
    if (!w || (words.length > 0 && gap === 0)) break;
    const lower = m.lower.slice(i + gap, i + gap + w[0].length);
    const rest = m.lower.slice(i + gap);
    if (UNIT_STOP_WORDS.has(lower) || UNIT_STOP_PHRASES.some((p) => rest.startsWith(`${p} `) || rest === p)) break;
    if ((m.quoted[i + gap] ?? 0) > 0 && words.length === 0) break;
    if (words.length >= max) {
      cut = true;
      break;
    }
    words.push(w[0]);
    i += gap + w[0].length;
    end = i;
  }
  return { text: words.join(' '), end, cut };
}

/** The clause end after `pos`: the next break (";", ":", ".", "(", line break; "," too for CLAUSE_BREAK). */
function clauseEnd(m: MappedText, pos: number, breaks: RegExp): number {
  const hit = breaks.exec(m.text.slice(pos));
  return hit ? pos + hit.index : m.text.length;
}

/** Lead words kept in the phrase: back to the clause start, the previous target, or 10 words. */
function leadStart(m: MappedText, start: number, floor: number): number {
  const starts: number[] = [];
  let s = start;
  let reachedClause = false;
  for (;;) {
    const from = Math.max(floor, s - 60);
    const left = m.text.slice(from, s);
    const w = /(\p{L}+)[\s,-]*\s$/u.exec(left);
    const between = w ? left.slice(w.index + (w[1] as string).length) : '';
    if (!w || LEAD_BREAK.test(between) || (m.quoted[from + w.index] ?? 0) > 0 || (w.index === 0 && from > floor)) {
      reachedClause = true;
      break;
    }
    if (starts.length >= MAX_LEAD_WORDS) break;
    s = from + w.index;
    starts.push(s);
  }
  const chosen = reachedClause || starts.length <= SHORT_LEAD_WORDS ? starts : starts.slice(0, SHORT_LEAD_WORDS);
  // A lead never opens with a conjunction ("và 01 câu lạc bộ …").
  while (chosen.length > 0 && /^(?:và|hoặc|hay|cùng)\s/u.test(m.lower.slice(chosen.at(-1) as number))) chosen.pop();
  return chosen.at(-1) ?? start;
}

function readTarget(
  original: string,
  m: MappedText,
  q: Quantity,
  range: Quantity | undefined,
  floor: number,
  all: readonly Quantity[],
): { target: TargetCandidate; end: number } | undefined {
  let pos = (range ?? q).end;
  let value = q.value;
  let max = range?.value;
  // A bare year-like number ("2024 …") that survived the year checks is worth a second look.
  const yearLike = YEAR.test(m.text.slice(q.start, q.end));
  let low = q.ambiguous || q.words || yearLike || Boolean(range?.ambiguous || range?.words);
  const pctHere = /^\s*%/u.exec(m.text.slice(pos));
  const percent = pctHere !== null || /^\s*%/u.test(m.text.slice(q.end));
  let unit: string;
  let kind: TargetKind;
  if (percent) {
    pos += pctHere ? pctHere[0].length : 0;
    unit = '%';
    kind = 'percent';
    if (value > 100) low = true;
  } else {
    const mag = /^\s+(\p{L}+)/u.exec(m.lower.slice(pos));
    const factor = mag ? MAGNITUDE_WORDS[mag[1] as string] : undefined;
    if (mag && factor) {
      value *= factor;
      if (max !== undefined) max *= factor;
      pos += mag[0].length;
    }
    const noun = readNoun(m, pos, MAX_UNIT_WORDS);
    if (noun.text === '') return undefined;
    const head = headNoun(noun.text);
    const money = MONEY_UNITS.has(head.toLocaleLowerCase('vi'));
    unit = money ? MONEY_UNIT : head;
    kind = money ? 'money' : 'count';
    if (noun.cut && head === noun.text) low = true;
    pos = money ? pos + (/^\s*\p{L}+/u.exec(m.text.slice(pos))?.[0].length ?? 0) : noun.end;
  }
  let per: string | undefined;
  const slash = /^\s*\/\s*/u.exec(m.text.slice(pos));
  if (slash) {
    const p = readNoun(m, pos + slash[0].length, 3);
    if (p.text !== '') {
      per = headNoun(p.text);
      pos = p.end;
    }
  }
  let comparator: Comparator = 'gte';
  const cmp = comparatorBefore(m, q.start);
  if (cmp) comparator = comparatorOf(cmp.word);
  // "10 câu lạc bộ Cựu quân nhân trở lên": the suffix may follow the whole noun phrase.
  const tail = readNoun(m, pos, MAX_UNIT_WORDS);
  const suffix = SUFFIX_COMPARATOR.exec(m.lower.slice(pos)) ?? SUFFIX_COMPARATOR.exec(m.lower.slice(tail.end));
  if (suffix) {
    comparator = suffix[1] === 'trở xuống' ? 'lte' : 'gte';
    pos = (SUFFIX_COMPARATOR.test(m.lower.slice(pos)) ? pos : tail.end) + suffix[0].length;
  } else if (cmp?.word === 'từ' && !range) {
    low = true;
  }
  if (range && max !== undefined) comparator = 'between';
  else max = undefined;
  const nextQ = all.find((x) => x.start >= pos && !isReference(m, x) && (m.quoted[x.start] ?? 0) === 0);
  const nextStart = nextQ ? (comparatorBefore(m, nextQ.start)?.start ?? nextQ.start) : m.text.length;
  // Baseline: "so với năm 2023", "trên tổng số …" before the clause ends and before another quantity.
  let baseline: string | undefined;
  let end = pos;
  const stop = clauseEnd(m, pos, CLAUSE_BREAK);
  const b = BASELINE_START.exec(m.lower.slice(pos, stop));
  if (b && (!nextQ || nextQ.start > pos + b.index || isBaselineYear(m, nextQ, pos + b.index, stop))) {
    const bStart = pos + b.index + b[0].indexOf(b[1] as string);
    baseline = m.text.slice(bStart, stop).trim();
    end = bStart + baseline.length;
  } else {
    end = scopeEnd(m, pos, Math.min(clauseEnd(m, pos, SCOPE_BREAK), Math.max(pos, nextStart)));
  }
  if (!per) {
    const lead = m.lower.slice(floor, q.start);
    const each = [...lead.matchAll(new RegExp(PER_EACH.source, 'gu'))].pop();
    if (each) {
      const noun = readNoun(m, floor + each.index + each[0].length, 4);
      if (noun.text !== '') per = noun.text;
    }
  }
  if (per && kind !== 'percent') kind = 'rate';
  const start = Math.min(leadStart(m, q.start, floor), cmp?.start ?? q.start);
  const span = { start: m.origin[start] as number, end: m.origin[end] as number };
  const target: TargetCandidate = {
    comparator,
    value,
    ...(max !== undefined ? { max } : {}),
    unit,
    kind,
    ...(per ? { per } : {}),
    ...(baseline ? { baseline } : {}),
    phrase: original.slice(span.start, span.end),
    span,
    confidence: low ? 'low' : 'high',
  };
  return { target, end };
}

/** The rest of the clause after the quantity, cut at "và"/"hoặc" and at MAX_SCOPE_WORDS words, trailing punctuation dropped. */
function scopeEnd(m: MappedText, pos: number, limit: number): number {
  const scope = m.text.slice(pos, limit).split(/\s(?:và|hoặc)\s|,\s*trong đó/u)[0] as string;
  const words = [...scope.matchAll(/[^\s,;:.]+(?:[.,]\d+)*/gu)].slice(0, MAX_SCOPE_WORDS);
  // A scope never ends on a function word ("100% khu phố, thôn có | ít nhất một mô hình").
  while (words.length > 0 && DANGLING_WORDS.has((words.at(-1) as RegExpExecArray)[0].toLocaleLowerCase('vi'))) words.pop();
  const lastWord = words.at(-1);
  return lastWord ? pos + lastWord.index + lastWord[0].length : pos;
}

/** "hội viên cựu chiến binh" → "hội viên": the counted noun when it is a known one, else the phrase. */
function headNoun(phrase: string): string {
  const key = phrase.toLocaleLowerCase('vi');
  const head = COUNTED_NOUNS.filter((n) => key === n || key.startsWith(`${n} `)).sort((a, b) => b.length - a.length)[0];
  return head ? phrase.slice(0, head.length) : phrase;
}

/** A number inside the baseline text itself ("cuối năm 2023") does not end the target. */
function isBaselineYear(m: MappedText, q: Quantity, from: number, stop: number): boolean {
  return q.start > from && q.start < stop && YEAR.test(m.text.slice(q.start, q.end));
}
