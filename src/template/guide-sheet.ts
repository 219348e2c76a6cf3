import type { Workbook } from 'exceljs';
import type { InstructionsConfig } from '../model/template.ts';
import { GUIDE_SHEET_NAME } from '../model/workbook-meta.ts';
import { fillPlaceholders } from '../form/config.ts';
import { CENTER, WRAP_TOP, fitHeight, font } from './styles.ts';
import { protectSheet } from './validation.ts';

/** A narrow margin column and one text column, together as wide as an A4 portrait page. */
const MARGIN = 2;
const WIDTH = 88;
const SIZE = 12;

/** The "Hướng dẫn" sheet: how to fill in, what "Lũy kế" means, the deadline, where to send. */
export async function addGuideSheet(
  wb: Workbook,
  words: InstructionsConfig,
  vars: Readonly<Record<string, string>>,
  withPrevious: boolean,
  password: string | undefined,
  /** Whether the form has numerator and denominator rows (a target with parts): their line is added. */
  withParts = false,
): Promise<void> {
  const ws = wb.addWorksheet(GUIDE_SHEET_NAME);
  ws.columns = [{ width: MARGIN }, { width: WIDTH }];
  ws.mergeCells('A1:B1');
  const title = ws.getCell('A1');
  title.value = fillPlaceholders(words.guide.title, vars).toLocaleUpperCase('vi');
  title.font = font({ size: 13, bold: true });
  title.alignment = CENTER;
  ws.getRow(1).height = fitHeight([{ text: String(title.value), width: WIDTH, size: 13, bold: true }], 24);

  const lines = [...words.guide.lines];
  if (withPrevious) {
    // After the number columns' section, i.e. before the third heading.
    const headings = lines.flatMap((l, i) => (l.startsWith('# ') ? [i] : []));
    lines.splice(headings[2] ?? lines.length, 0, words.guide.previousLine);
  }
  if (withParts && words.guide.partsLine) {
    const headings = lines.flatMap((l, i) => (l.startsWith('# ') ? [i] : []));
    lines.splice(headings[2] ?? lines.length, 0, words.guide.partsLine);
  }
  lines.forEach((line, i) => {
    const row = ws.getRow(i + 3);
    const heading = line.startsWith('# ');
    const text = fillPlaceholders(heading ? line.slice(2) : line, vars);
    const cell = row.getCell(2);
    cell.value = text;
    cell.font = font({ size: SIZE, bold: heading });
    cell.alignment = { ...WRAP_TOP, indent: heading ? 0 : 1 };
    row.height = fitHeight([{ text, width: WIDTH - 3, size: SIZE, bold: heading }], heading ? 24 : 18);
  });
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:B${lines.length + 2}`,
    margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  await protectSheet(ws, password);
}
