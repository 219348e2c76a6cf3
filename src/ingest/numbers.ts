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

/**
 * Reads a target's number cell. Empty is missing (null); "0" and "không phát sinh" are a real
 * zero; Vietnamese text numbers are parsed, ambiguous ones read the Vietnamese way and flagged;
 * a percent typed as "70%" (stored 0.7 with a % format) becomes 70.
 */
export function readNumberCell(c: CellRead, ctx: NumberCellContext): { value: number | null; findings: Finding[] } {
  const { at, target, column } = ctx;
  const findings: Finding[] = [];
  let value: number;
  let flagged = false;
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
      const parsed = parseViNumber(c.text);
      const afterNumber = parsed ? c.text.trim().slice(c.text.trim().indexOf(parsed.raw) + parsed.raw.length) : '';
      const restOk = parsed && (parsed.rest === '' || parsed.percent || (/^\s/.test(afterNumber) && UNIT_REST.test(parsed.rest)));
      if (!parsed || !restOk) return { value: null, findings: [notANumber(at, column, c.text)] };
      value = parsed.value;
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
  return { value, findings };
}

function notANumber(at: FindingLocation, column: string, actual: string): Finding {
  return makeFinding('ingest/not-a-number', { ...at, actual }, { column, actual });
}
