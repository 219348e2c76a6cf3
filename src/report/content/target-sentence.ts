import type { TargetEvaluation } from '../../model/evaluation.ts';
import type { Target } from '../../model/plan.ts';
import type { ReportWording } from '../../model/report.ts';
import { isCap } from '../../evaluate/index.ts';
import { COMPARATOR_LABEL } from '../../vi/labels.ts';
import { formatCount2, formatViNumber, formatViRatio } from '../../vi/number.ts';
import { periodNameLower } from '../../vi/period.ts';
import { cleanText } from '../../vi/text.ts';
import { fill, lowerFirst } from './fill.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a target adds up over the year (counts, money) or is a level (percent, rate). */
export function isCumulative(target: Target): boolean {
  return target.cumulative ?? (target.kind === 'count' || target.kind === 'money');
}

/** Counts below ten carry the administrative leading zero ("01 mô hình", "02 lần/năm"); zero stays "0". */
export function formatNumber(value: number, target: Target): string {
  return (target.kind === 'count' || target.kind === 'rate') && value > 0 ? formatCount2(value) : formatViNumber(value);
}

/** A number with its unit: "600 hội viên", "70%", "900.000 đồng/hội viên", "02 lần/năm". */
export function formatAmount(value: number, target: Target): string {
  const n = formatNumber(value, target);
  if (target.unit === '%') return `${n}%`;
  return `${n} ${target.unit}${target.per ? `/${target.per}` : ''}`;
}

/** What was assigned, for tables and "(chỉ tiêu: …)": "ít nhất 600 hội viên", "15 - 20%". */
export function formatPlanned(target: Target): string {
  if (target.comparator === 'between' && target.max !== undefined) {
    return `${formatViNumber(target.value)} - ${formatAmount(target.max, target)}`;
  }
  const amount = formatAmount(target.value, target);
  return target.comparator === 'eq' ? amount : `${COMPARATOR_LABEL[target.comparator]} ${amount}`;
}

/** Ways the assigned number may be written in the target's sentence ("600", "02", "2.500", "1,5"). */
function numberForms(value: number): string[] {
  const forms = new Set([formatViNumber(value), formatCount2(value), String(value), String(value).replace('.', ',')]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** The leading-word patterns and the comparator prefix of a wording, built once per wording (once per report, not per target). */
const patterns = new WeakMap<ReportWording, { leads: RegExp[]; prefix: string }>();
function patternsOf(wording: ReportWording): { leads: RegExp[]; prefix: string } {
  let p = patterns.get(wording);
  if (!p) {
    const comparators = wording.comparatorWords.map(escape).join('|');
    p = {
      leads: wording.leadingWords.map((word) => new RegExp(`^${escape(word)}\\s+`, 'iu')),
      prefix: comparators ? `(?:(?:${comparators})\\s+)*` : '',
    };
    patterns.set(wording, p);
  }
  return p;
}

/** The target's sentence as assigned, as a clause, leading words ("Phấn đấu") dropped. */
function assignedClause(target: Target, wording: ReportWording): string {
  let text = cleanText(target.text).replace(/\s+/g, ' ').replace(/[.;,:]+$/, '');
  const lead = patternsOf(wording).leads.find((l) => l.test(text));
  if (lead) text = text.replace(lead, '');
  return lowerFirst(text, wording.keepCapital);
}

/**
 * The target's own sentence with the assigned number replaced by the result:
 * "Phát triển ít nhất 600 hội viên cựu chiến binh" + 312 → "phát triển 312 hội viên cựu chiến binh".
 * Null when the number cannot be found in the sentence.
 */
export function resultPhrase(target: Target, value: number, wording: ReportWording): string | null {
  let text = cleanText(target.text).replace(/\s+/g, ' ').replace(/[.;,:]+$/, '');
  const { leads, prefix } = patternsOf(wording);
  for (const lead of leads) {
    if (lead.test(text)) {
      text = text.replace(lead, '');
      break;
    }
  }
  const valueAlt = numberForms(target.value).map(escape).join('|');
  const range = target.max !== undefined ? `(?:\\s*-\\s*(?:${numberForms(target.max).map(escape).join('|')}))?` : '';
  const re = new RegExp(`(^|[\\s(])${prefix}(${valueAlt})${range}(?![\\d.,]*\\d)`, 'iu');
  const match = re.exec(text);
  if (!match) return null;
  const replaced = text.slice(0, match.index) + match[1] + formatNumber(value, target) + text.slice(match.index + match[0].length);
  return lowerFirst(replaced, wording.keepCapital);
}

/** One clause about one target: "phát triển 312 hội viên cựu chiến binh, đạt 52% chỉ tiêu năm". */
export function targetSentence(target: Target, ev: TargetEvaluation | undefined, wording: ReportWording): string {
  if (!ev || ev.value === null) return fill(wording.target.noData, { target: cleanText(target.text) });
  const sentence = resultSentence(target, ev as TargetEvaluation & { value: number }, wording);
  // Figures of an earlier quarter say which one, wherever they appear.
  if (ev.status === 'carried' && ev.fromQuarter) return fill(wording.target.carried, { sentence, from: periodNameLower(ev.fromQuarter) });
  return sentence;
}

/**
 * The result itself: nothing done on a target to reach (0, not a cap) → "…: chưa thực hiện";
 * a level (percent, rate) → the figure the office entered, with what was assigned; a yearly
 * count or sum → the figure and how much of the year's target it is.
 */
function resultSentence(target: Target, ev: TargetEvaluation & { value: number }, wording: ReportWording): string {
  if (ev.value === 0 && !isCap(target)) return fill(wording.target.notDone, { target: assignedClause(target, wording) });
  const phrase =
    resultPhrase(target, ev.value, wording) ??
    fill(wording.target.fallback, { target: cleanText(target.text), value: formatAmount(ev.value, target) });
  // A unit's figure of a target the unit was not allotted: reported, not measured against the plan's whole.
  if (ev.notAllotted) return fill(wording.target.notAllotted, { phrase });
  const ratio = ev.ratio === null ? '' : formatViRatio(ev.ratio);
  const args = { phrase, ratio, planned: formatPlanned(target) };
  // A cap ("tối đa 10 vụ") is met by staying under it: a share of it says nothing, the cap is shown.
  if (!isCumulative(target) || ev.ratio === null || isCap(target)) return fill(wording.target.level, args);
  return fill(ev.ratio > 1 ? wording.target.ahead : wording.target.cumulative, args);
}
