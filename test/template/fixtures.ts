import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';

export { SAMPLE_PLAN_FILE as SAMPLE_PLAN, loadSamplePlan as samplePlan } from '../helpers/sample-plan.ts';

export const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `baocao-template-${label}-`));

/** Every non-empty cell value of every sheet, as plain JSON (formulas as their text). */
export function cellValues(wb: Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        out[`${ws.name}!${cell.address}`] = JSON.parse(JSON.stringify(cell.value));
      });
    });
  });
  return out;
}

export interface DumpedCell {
  value: unknown;
  locked: boolean;
  font: string | null;
}
export interface DumpedSheet {
  title: string;
  state: string;
  protected: boolean;
  hasPassword: boolean;
  orientation: string | null;
  paperSize: number | null;
  fitToPage: boolean;
  fitToWidth: number | null;
  fitToHeight: number | null;
  printTitleRows: string | null;
  footer: string | null;
  freeze: string | null;
  validations: Array<{ type: string; sqref: string; formula1: string | null; formula2: string | null; prompt: string | null; error: string | null }>;
  conditional: string[];
  hiddenColumns: string[];
  cells: Record<string, DumpedCell>;
}

/** Reads workbooks with Debian's openpyxl (an independent reader), one process for all files. */
export function dumpWithOpenpyxl(paths: string[]): Array<{ sheets: DumpedSheet[] }> {
  const script = new URL('./openpyxl_dump.py', import.meta.url).pathname;
  const out = execFileSync('/usr/bin/python3', [script, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return JSON.parse(out) as Array<{ sheets: DumpedSheet[] }>;
}

/** "E8:F9 H10" → every A1 address it covers. */
export function expandSqref(sqref: string): string[] {
  const out: string[] = [];
  for (const part of sqref.split(/\s+/).filter(Boolean)) {
    const [a, b = a] = part.split(':') as [string, string?] as [string, string];
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a) ?? [];
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b) ?? [];
    if (!c1 || !c2 || !r1 || !r2) throw new Error(`bad range ${part}`);
    for (let c = colNumber(c1); c <= colNumber(c2); c++) {
      for (let r = Number(r1); r <= Number(r2); r++) out.push(`${colLetters(c)}${r}`);
    }
  }
  return out;
}

const colNumber = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
