import type { Workbook } from 'exceljs';
import { CENTER, WRAP_TOP, fitHeight, font, protectSheet } from '../template/index.ts';
import { ALLOT_SHEETS, ALLOT_TEXT } from '../vi/allot-text.ts';

const MARGIN = 2;
const WIDTH = 88;

/** The "Hướng dẫn" sheet of the allotment table: what it is for, how to fill it, how it is checked. */
export async function addAllotGuideSheet(wb: Workbook, password: string | undefined): Promise<void> {
  const ws = wb.addWorksheet(ALLOT_SHEETS.guide);
  ws.columns = [{ width: MARGIN }, { width: WIDTH }];
  ws.mergeCells('A1:B1');
  const title = ws.getCell('A1');
  title.value = ALLOT_TEXT.guideTitle;
  title.font = font({ size: 13, bold: true });
  title.alignment = CENTER;
  ws.getRow(1).height = 24;
  ALLOT_TEXT.guideLines.forEach((line, i) => {
    const heading = line.startsWith('# ');
    const text = heading ? line.slice(2) : line;
    const row = ws.getRow(i + 3);
    const cell = row.getCell(2);
    cell.value = text;
    cell.font = font({ bold: heading });
    cell.alignment = WRAP_TOP;
    row.height = fitHeight([{ text, width: WIDTH, bold: heading }]);
  });
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.7, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } };
  await protectSheet(ws, password);
}
