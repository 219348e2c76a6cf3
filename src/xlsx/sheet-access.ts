// What ingest reads of a workbook, and nothing more: sheets by name, and per sheet its extent and
// its cells' values, number formats and fonts. exceljs's Workbook satisfies these types as it is;
// so does the fast reader of baocao's own forms (./form-reader.ts), which builds only this.
import type { CellValue } from 'exceljs';

export interface CellAccess {
  /** The value in exceljs's shapes: string, number, boolean, Date, { richText }, { error }, { formula | sharedFormula, result }, null. */
  readonly value: CellValue;
  readonly numFmt: string | undefined;
  readonly font: { name?: string | undefined } | undefined;
  /** A formula's cached result (exceljs's `value` drops a result of 0 or ""). */
  readonly result?: unknown;
}

export interface SheetAccess {
  readonly name: string;
  /** Last row that exists (exceljs's rowCount). */
  readonly rowCount: number;
  /** Largest cell count of a row (exceljs's columnCount). */
  readonly columnCount: number;
  /** The cell at (row, column), 1-based, or undefined when the sheet has none there. */
  findCell(row: number, col: number): CellAccess | undefined;
}

export interface WorkbookAccess {
  readonly worksheets: readonly SheetAccess[];
  getWorksheet(name: string): SheetAccess | undefined;
}
