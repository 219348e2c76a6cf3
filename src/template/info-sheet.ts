import type { Workbook } from 'exceljs';
import type { InstructionsConfig } from '../model/template.ts';
import { INFO_SHEET_NAME, type InfoKey, InfoKeySchema } from '../model/workbook-meta.ts';
import { INFO_FIRST_ROW, infoCells } from '../form/info-cells.ts';
import { BOX, CENTER, INPUT_FILL, font } from './styles.ts';
import { addRangeValidation, plausibleDate, protectSheet, textUpTo } from './validation.ts';

/** The "Thông tin" sheet: reporter and signer. Returns the A1 cell of each field. */
export async function addInfoSheet(
  wb: Workbook,
  words: InstructionsConfig,
  password: string | undefined,
  /** For a form made for a unit: "Đơn vị báo cáo: Phường Phước Hội — …", on the row above the fields. */
  whoLine?: string,
): Promise<Partial<Record<InfoKey, string>>> {
  const ws = wb.addWorksheet(INFO_SHEET_NAME);
  ws.columns = [{ width: 36 }, { width: 48 }];
  ws.mergeCells('A1:B1');
  const title = ws.getCell('A1');
  title.value = words.info.title;
  title.font = font({ size: 14, bold: true });
  title.alignment = CENTER;
  ws.getRow(1).height = 24;
  ws.mergeCells('A2:B2');
  const note = ws.getCell('A2');
  note.value = words.info.note;
  note.font = font({ italic: true, size: 11 });
  note.alignment = CENTER;
  ws.getRow(2).height = 30;
  if (whoLine) {
    ws.mergeCells('A3:B3');
    const who = ws.getCell('A3');
    who.value = whoLine;
    who.font = font({ bold: true });
    who.alignment = CENTER;
    ws.getRow(3).height = 36;
  }

  const cells = infoCells();
  InfoKeySchema.options.forEach((key, i) => {
    const field = words.info.fields[key];
    const rowNo = INFO_FIRST_ROW + i;
    const label = ws.getCell(`A${rowNo}`);
    label.value = field.label;
    label.font = font({ bold: true });
    label.alignment = { wrapText: true, vertical: 'middle' };
    label.border = BOX;
    const input = ws.getCell(`B${rowNo}`);
    input.protection = { locked: false };
    input.fill = INPUT_FILL;
    input.border = BOX;
    input.font = font();
    input.alignment = { wrapText: true, vertical: 'middle' };
    const texts = { promptTitle: words.report.promptTitle, errorTitle: words.report.errorTitle, prompt: field.prompt, error: field.prompt };
    if (key === 'reportDate') {
      input.numFmt = 'dd/mm/yyyy';
      addRangeValidation(ws, `B${rowNo}`, plausibleDate(texts));
    } else {
      // Text format keeps the leading zero of phone numbers.
      input.numFmt = '@';
      addRangeValidation(ws, `B${rowNo}`, textUpTo(field.maxLength, texts));
    }
    ws.getRow(rowNo).height = 24;
  });
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await protectSheet(ws, password);
  return cells;
}
