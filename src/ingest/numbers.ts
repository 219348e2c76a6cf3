import type { Finding, FindingLocation } from '../model/finding.ts';
import type { Target } from '../model/plan.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { ZERO_WORDS } from '../vi/messages/ingest.ts';
import { formatViNumber, parseViNumber } from '../vi/number.ts';
import { matchKey } from '../vi/text.ts';
import type { CellRead } from './cells.ts';

export interface NumberCellContext {
  at: FindingLocation;
  target: Target;
  /** Header of the column, as the user sees it. */
  column: string;
}

const ZERO_KEYS = new Set(ZERO_WORDS.map(matchKey));
/** Text after a number that is a unit or a word ("đoàn viên", "hội viên/năm"), not "12a". */
const UNIT_REST = /^[\p{L}\s/.,()]+$/u;
const round = (v: number) => Math.round(v * 1e9) / 1e9;
/** Where a remark begins after the number: a parenthesis, or a dash, semicolon, colon or comma set off by spaces. */
const REMARK_START = /\s*[([]|\s+[-–—]\s+|\s*[;:]\s*|,\s+(?=\p{L})/u;
/** More words than this after a number are a sentence, not a unit ("2.500 lượt thanh thiếu nhi" is four). */
const MAX_UNIT_WORDS = 4;

/**
 * A number cell's text split into the number (with its unit) and the office's remark beside it:
 * "1 (đã đề xuất, chờ ý kiến)", "3 - chờ huyện báo cáo", "0; chưa có vụ việc". The number part
 * must start the text; without a remark, the remark is "". Words after the number that begin
 * with the target's own unit ("2.500 đoàn viên thanh niên tình nguyện") are that unit, however long.
 */
export function splitRemark(text: string, unit = ''): { numberText: string; remark: string } {
  const t = text.trim();
  const parsed = parseViNumber(t) ?? (ZERO_KEYS.has(matchKey(t.split(REMARK_START)[0] ?? '')) ? { raw: t.split(REMARK_START)[0] as string } : null);
  if (!parsed) return { numberText: t, remark: '' };
  const from = t.indexOf(parsed.raw) + parsed.raw.length;
  const m = REMARK_START.exec(t.slice(from));
  const words = t.slice(from, m ? from + m.index : t.length).replace(/^\s*%/, '').trim();
  const ownUnit = unit !== '' && matchKey(words).startsWith(matchKey(unit));
  let numberText = t;
  let remark = '';
  if (!ownUnit && words.split(/\s+/).length > MAX_UNIT_WORDS) {
    // A sentence right after the number: all of it is the remark.
    numberText = t.slice(0, from).trim();
    remark = t.slice(from).trim();
  } else if (m) {
    numberText = t.slice(0, from + m.index).trim();
    remark = t.slice(from + m.index + m[0].length).trim();
    if (/^\s*[([]/.test(m[0])) remark = remark.replace(/[)\]]\s*[.]?$/, '').trim();
  }
  return /\p{L}/u.test(remark) ? { numberText, remark } : { numberText: t, remark: '' };
}

/**
 * Reads a target's number cell. Empty is missing (null); "0" and "không phát sinh" are a real
 * zero; Vietnamese text numbers are parsed, ambiguous ones read the Vietnamese way and flagged;
 * a percent typed as "70%" (stored 0.7 with a % format) becomes 70.
 */
export function readNumberCell(c: CellRead, ctx: NumberCellContext): { value: number | null; findings: Finding[]; remark?: string } {
  const { at, target, column } = ctx;
  const findings: Finding[] = [];
  let value: number;
  let flagged = false;
  let remark: string | undefined;
  switch (c.kind) {
    case 'empty':
      return { value: null, findings };
    case 'error':
      return { value: null, findings: [makeFinding('ingest/excel-error', { ...at, actual: c.error }, { column, actual: c.error })] };
    case 'date':
    case 'bool':
      return { value: null, findings: [notANumber(at, column, c.kind === 'date' ? c.iso : String(c.value))] };
    case 'number':
      value = target.kind === 'percent' && c.numFmt.includes('%') ? round(c.value * 100) : c.value;
      break;
    case 'text': {
      if (ZERO_KEYS.has(matchKey(c.text))) {
        value = 0;
        break;
      }
      const { numberText, remark: said } = splitRemark(c.text, target.unit);
      if (said && ZERO_KEYS.has(matchKey(numberText))) {
        value = 0;
        remark = said;
        break;
      }
      const parsed = parseViNumber(numberText);
      const afterNumber = parsed ? numberText.slice(numberText.indexOf(parsed.raw) + parsed.raw.length) : '';
      const restOk = parsed && (parsed.rest === '' || parsed.percent || (/^\s/.test(afterNumber) && UNIT_REST.test(parsed.rest)));
      if (!parsed || !restOk) return { value: null, findings: [notANumber(at, column, c.text)] };
      value = parsed.value;
      if (said) remark = said;
      if (parsed.ambiguity) {
        flagged = true;
        // Both "1,500" and "1.5" may have meant a thousands grouping: 1.500.
        const other = formatViNumber(round(value * 1000));
        findings.push(
          makeFinding('ingest/ambiguous-number', { ...at, actual: c.text }, { actual: c.text, value: formatViNumber(value, 6), other, ambiguity: parsed.ambiguity }),
        );
      }
      break;
    }
  }
  if (value < 0) {
    findings.push(makeFinding('ingest/negative', { ...at, actual: formatViNumber(value, 6) }, { column, actual: formatViNumber(value, 6) }));
  } else if (target.kind === 'percent' && value > 100) {
    findings.push(makeFinding('ingest/percent-over-100', { ...at, actual: formatViNumber(value, 6) }, { column, actual: formatViNumber(value, 6) }));
  } else if (target.kind === 'count' && !Number.isInteger(value) && !flagged && Number.isInteger(round(value * 1000))) {
    const actual = formatViNumber(value, 6);
    findings.push(
      makeFinding('ingest/fraction-in-whole-unit', { ...at, actual }, { actual, unit: target.unit, suggestion: formatViNumber(round(value * 1000)) }),
    );
  }
  if (remark !== undefined) {
    const shown = formatViNumber(value, 6);
    findings.push(makeFinding('ingest/number-with-remark', { ...at, actual: c.kind === 'text' ? c.text : shown }, { column, value: shown, remark }));
    return { value, findings, remark };
  }
  return { value, findings };
}

function notANumber(at: FindingLocation, column: string, actual: string): Finding {
  return makeFinding('ingest/not-a-number', { ...at, actual }, { column, actual });
}
