import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { Workbook } from '../xlsx/exceljs.ts';
import type { Finding } from '../model/finding.ts';
import { META_SHEET_NAME } from '../model/workbook-meta.ts';
import { SEVERITY_LABEL } from '../vi/labels.ts';
import { FEEDBACK_TEXT } from '../vi/messages/ingest.ts';

const FILL = {
  error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
  info: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
} as const satisfies Record<string, ExcelJS.FillPattern>;

/**
 * Writes an annotated copy of a workbook for the office (never the original): bad cells
 * highlighted with a note each, and a first sheet listing every finding. Returns its path:
 * "<name>_can-sua.xlsx", or "<name>_can-sua (2).xlsx" and so on when that exists — two offices'
 * files often share a name ("Bao cao quy II.xlsx" in two subfolders), and a copy already written,
 * perhaps already annotated by the clerk, is never replaced.
 */
export async function writeFeedback(xlsx: Uint8Array, file: string, findings: readonly Finding[], outDir: string): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const shown = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);

  const byCell = new Map<string, Finding[]>();
  for (const f of shown) {
    if (!f.sheet || !f.cell || f.sheet === META_SHEET_NAME) continue;
    const key = `${f.sheet}!${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  for (const [key, list] of byCell) {
    const [sheetName, address] = key.split('!') as [string, string];
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    const cell = ws.getCell(address);
    paint(cell, FILL[list[0]?.severity ?? 'warning']);
    cell.note = list.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.message}${f.hint ? `\n→ ${f.hint}` : ''}`).join('\n\n');
  }

  const sheet = wb.addWorksheet(FEEDBACK_TEXT.sheetName);
  // exceljs writes sheets by orderNo (not in its typings): put the list of findings first.
  Object.assign(sheet, { orderNo: -1 });
  const widths = [5, 10, 11, 7, 60, 48, 22];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.mergeCells('A1:G1');
  sheet.mergeCells('A2:G2');
  sheet.getCell('A1').value = FEEDBACK_TEXT.title(basename(file));
  sheet.getCell('A1').font = { name: 'Times New Roman', size: 14, bold: true };
  sheet.getCell('A2').value = FEEDBACK_TEXT.intro;
  sheet.getCell('A2').font = { name: 'Times New Roman', size: 11, italic: true };
  sheet.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(2).height = 30;
  const header = sheet.getRow(4);
  FEEDBACK_TEXT.headers.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { name: 'Times New Roman', size: 11, bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  shown.forEach((f, i) => {
    const row = sheet.getRow(5 + i);
    row.values = [i + 1, SEVERITY_LABEL[f.severity], f.sheet ?? '', f.cell ?? '', f.message, f.hint ?? '', f.code];
    row.font = { name: 'Times New Roman', size: 11 };
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(2).fill = FILL[f.severity];
    // Rows exported by exceljs are not auto-fitted by Excel/LibreOffice: estimate the lines.
    const lines = Math.max(lineCount(f.message, widths[4] as number), lineCount(f.hint ?? '', widths[5] as number));
    row.height = Math.max(15, lines * 14 + 2);
  });
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' };
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const name = `${basename(file, extname(file))}${FEEDBACK_TEXT.fileSuffix}`;
  for (let n = 1; ; n++) {
    const out = join(outDir, n === 1 ? `${name}.xlsx` : `${name} (${n}).xlsx`);
    try {
      await writeFile(out, bytes, { flag: 'wx' });
      return out;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Workaround for an exceljs behaviour: a loaded workbook's cells of one style id share one style
 * object, and `cell.fill = …` writes into it — every cell styled like the bad one (a whole input
 * column) would be repainted, the last finding's colour winning. The painted cell gets a style of
 * its own (a shallow copy; the parts it shares are not written).
 */
function paint(cell: ExcelJS.Cell, fill: ExcelJS.Fill): void {
  cell.style = { ...cell.style, fill };
}

/** Wrapped lines of a text in a column of a given width (characters of the default font). */
function lineCount(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / (width * 1.1))), 0);
}
