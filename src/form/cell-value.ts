import type { ColumnKey } from '../model/workbook-meta.ts';
import { partLabel, taskDetailsLine } from '../vi/plan-text.ts';
import { shareLine } from '../vi/allot-text.ts';
import { type LayoutRow, targetPhrase, targetUnit } from './layout.ts';

/** What the template writes in a column of a row (label and "previous" columns; null elsewhere). */
export function cellValue(key: ColumnKey, lr: LayoutRow, previous: ReadonlyMap<string, number | null> | undefined): string | number | null {
  const t = lr.target;
  if (lr.kind === 'numerator' || lr.kind === 'denominator') {
    // A part row: its name as the plan gives it ("Số khu dân cư đã tổ chức"), nothing else locked.
    return key === 'task' && t?.parts ? partLabel(lr.kind, t.parts[lr.kind]) : null;
  }
  switch (key) {
    case 'stt':
      return lr.kind === 'task' ? lr.task.number : null;
    case 'task': {
      if (t) return lr.share !== undefined ? `${t.text}\n${shareLine(lr.share, targetUnit(t))}` : t.text;
      // Responsible unit and timeline where the plan has them, under the task's text (issue 18).
      const details = taskDetailsLine(lr.task);
      return details ? `${lr.task.text}\n${details}` : lr.task.text;
    }
    case 'target':
      return t ? targetPhrase(t) : null;
    case 'unit':
      return t ? targetUnit(t) : null;
    case 'previous':
      return t ? (previous?.get(t.id) ?? null) : null;
    default:
      return null;
  }
}
