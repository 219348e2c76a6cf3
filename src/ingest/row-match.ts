import type { SheetAccess as Worksheet } from '../xlsx/sheet-access.ts';
import type { Finding } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { cellText, readCell } from './cells.ts';
import type { Identity } from './identify.ts';
import { planIndex } from '../plan/index.ts';
import { PART_KINDS, type RowMapEntry, partRowId } from '../model/workbook-meta.ts';

/** Task and target ids of an organisation, in plan order, with their kind; a target's part rows follow it (layoutRows' order). */
export function expectedRows(plan: Plan, org: string): Array<{ id: string; kind: RowMapEntry['kind'] }> {
  const out: Array<{ id: string; kind: RowMapEntry['kind'] }> = [];
  const { tasksByOrg, targetsByTask } = planIndex(plan);
  for (const task of tasksByOrg.get(org) ?? []) {
    out.push({ id: task.id, kind: 'task' });
    for (const target of targetsByTask.get(task.id) ?? []) {
      out.push({ id: target.id, kind: 'target' });
      if (target.parts) for (const part of PART_KINDS) out.push({ id: partRowId(target.id, part), kind: part });
    }
  }
  return out;
}

/**
 * Finds each task/target row of the user's sheet by the ID column (rows deleted, inserted or
 * reordered are matched by id and reported); without an ID column, trusts the metadata rows.
 */
export function matchRows(ws: Worksheet, identity: Identity, plan: Plan, file: string): { rows: Map<string, number>; findings: Finding[] } {
  const findings: Finding[] = [];
  const expected = expectedRows(plan, identity.org);
  const refRows = new Map(identity.reference.meta.rows.map((r) => [r.id, r.row]));
  const idLetter = identity.layout.columns.id;
  const found = new Map<string, number>();
  const unknown: number[] = [];
  const duplicated: number[] = [];
  const known = new Set(expected.map((e) => e.id));
  if (idLetter) {
    const first = (identity.headerRow ?? 0) + 1;
    const last = Math.min(ws.rowCount, first + 3000);
    for (let r = first; r <= last; r++) {
      const id = cellText(readCell(ws, `${idLetter}${r}`, []));
      if (!id) continue;
      if (!known.has(id)) unknown.push(r);
      else if (found.has(id)) duplicated.push(r);
      else found.set(id, r);
    }
  }
  if (found.size === 0 && identity.metaRows.size > 0) {
    // The ID column is gone: trust the metadata row map.
    return { rows: new Map(identity.metaRows), findings };
  }
  const baseline = identity.metaRows.size > 0 ? identity.metaRows : refRows;
  const inserted = insertedRows(ws, identity, [...found.values()]);
  // Reordered, not merely shifted by an inserted or deleted row: the order among the ids differs.
  const common = expected.filter((e) => found.has(e.id) && baseline.has(e.id)).map((e) => e.id);
  const byBaseline = [...common].sort((a, b) => (baseline.get(a) ?? 0) - (baseline.get(b) ?? 0));
  const byFound = [...common].sort((a, b) => (found.get(a) ?? 0) - (found.get(b) ?? 0));
  const moved = byFound.filter((id, i) => byBaseline[i] !== id).map((id) => ({ id }));
  const missing = expected.filter((e) => !found.has(e.id));
  for (const m of missing) {
    findings.push(
      makeFinding(
        'ingest/row-missing',
        { file, sheet: ws.name, ...(m.kind === 'task' ? { taskId: m.id } : { targetId: m.id.split('#')[0] }) },
        { kind: m.kind, id: m.id, expectedRow: baseline.get(m.id) ?? '?' },
      ),
    );
  }
  if (moved.length + unknown.length + duplicated.length + missing.length + inserted.length > 0) {
    const first = moved[0]?.id ?? '';
    findings.push(
      makeFinding('ingest/rows-changed', { file, sheet: ws.name }, {
        moved: moved.length,
        movedId: first,
        movedFrom: baseline.get(first),
        movedTo: found.get(first),
        unknown: unknown.length,
        unknownRows: unknown.slice(0, 5).join(', '),
        duplicated: duplicated.length,
        duplicatedRows: duplicated.slice(0, 5).join(', '),
        missing: missing.length,
        inserted: inserted.length,
        insertedRows: inserted.slice(0, 5).join(', '),
      }),
    );
  }
  return { rows: found, findings };
}

/** Rows without an id but with something typed in them, inside or just below the table: added by the user. */
function insertedRows(ws: Worksheet, identity: Identity, idRows: readonly number[]): number[] {
  if (idRows.length === 0) return [];
  const first = Math.min(...idRows);
  const last = Math.min(ws.rowCount, Math.max(...idRows) + 30);
  const ids = new Set(idRows);
  const letters = (['task', 'inPeriod', 'cumulative', 'progress', 'result'] as const).map((k) => identity.layout.columns[k]).filter((l): l is string => !!l);
  const idLetter = identity.layout.columns.id;
  const out: number[] = [];
  for (let r = first; r <= last; r++) {
    if (ids.has(r) || (idLetter && cellText(readCell(ws, `${idLetter}${r}`, [])))) continue;
    if (letters.some((l) => cellText(readCell(ws, `${l}${r}`, [])) !== '')) out.push(r);
  }
  return out;
}
