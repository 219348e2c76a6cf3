// What ingest can read of a workbook, as plain data, for comparing two readers of the same file.
import type { CellAccess, WorkbookAccess } from '../../src/xlsx/sheet-access.ts';

function plain(v: unknown): unknown {
  if (v instanceof Date) return { date: Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString() };
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    // A rich-text run: its text and its font's name (what ingest reads of it).
    if ('text' in o && 'font' in o) return { text: o['text'], font: (o['font'] as { name?: string } | undefined)?.name };
    if ('text' in o && Object.keys(o).length === 1) return { text: o['text'], font: undefined };
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, plain(o[k])]));
  }
  return v;
}

function cellFacts(cell: CellAccess | undefined): unknown {
  if (!cell) return 'none';
  const value = cell.value;
  const isFormula = typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
  return {
    value: plain(value),
    numFmt: cell.numFmt ?? null,
    font: cell.font?.name ?? null,
    ...(isFormula ? { result: plain(cell.result) } : {}),
  };
}

/** Every sheet's name, extent and every cell within it (values, number formats, font names, formula results). */
export function snapshot(wb: WorkbookAccess): unknown {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const facts = cellFacts(ws.findCell(r, c));
        if (facts !== 'none') cells[`${r}:${c}`] = facts;
      }
    }
    return { name: ws.name, same: wb.getWorksheet(ws.name) === ws, rowCount: ws.rowCount, columnCount: ws.columnCount, cells };
  });
}
