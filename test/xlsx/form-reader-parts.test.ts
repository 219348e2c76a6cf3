// The fast form reader parses a batch's workbook-level parts (workbook.xml, relationships,
// styles.xml) once while they stay byte for byte the same, and parses them again when they do not.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REPORT_SHEET_NAME } from '../../src/model/workbook-meta.ts';
import { readForm } from '../../src/xlsx/form-reader.ts';
import { sheetText } from '../../src/xlsx/form-sheet.ts';
import type { WorkbookAccess } from '../../src/xlsx/sheet-access.ts';
import { goodWorkbook } from '../fixtures/bad-inputs.ts';

/** Font names of the report sheet's cells, by address, in the first 12 rows and 12 columns. */
function fontNames(wb: WorkbookAccess | null): Map<string, string | undefined> {
  const ws = wb?.getWorksheet(REPORT_SHEET_NAME);
  const names = new Map<string, string | undefined>();
  for (let r = 1; r <= 12; r++) for (let c = 1; c <= 12; c++) {
    const cell = ws?.findCell(r, c);
    if (cell?.font?.name) names.set(`${r}:${c}`, cell.font.name);
  }
  return names;
}

async function withStyles(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('xl/styles.xml', edit(await zip.file('xl/styles.xml')!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('fast form reader: workbook-level parts of a batch', () => {
  it("a form whose styles differ from the previous form's by one font name, same size → read with its own fonts", async () => {
    const good = await goodWorkbook();
    const other = await withStyles(good, (xml) => xml.replaceAll('Times New Roman', 'Times New Romax'));
    const first = fontNames(await readForm(good));
    expect([...first.values()]).toContain('Times New Roman');
    const second = fontNames(await readForm(other));
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...second.values()]).not.toContain('Times New Roman');
    expect([...second.values()]).toContain('Times New Romax');
    // And back: the first form's own fonts again.
    expect(fontNames(await readForm(good))).toEqual(first);
  });

  it('the same form read twice in a row → the same values and fonts both times', async () => {
    const good = await goodWorkbook();
    const a = await readForm(good);
    const b = await readForm(Buffer.from(good));
    expect(fontNames(b)).toEqual(fontNames(a));
    const values = (wb: WorkbookAccess | null) => wb?.worksheets.map((ws) => [ws.name, ws.rowCount, ws.columnCount, ws.findCell(2, 1)?.value]);
    expect(values(b)).toEqual(values(a));
  });
});

describe('sheetText', () => {
  const head = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Hội Cựu chiến binh</t></is></c></row></sheetData>';
  it('a sheet with cells and merged ranges → its text up to the merged ranges, multi-byte text intact; the input rules after them left out', () => {
    const read = `${head}<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`;
    expect(sheetText(Buffer.from(`${read}<dataValidations count="1"><dataValidation sqref="C1"/></dataValidations></worksheet>`))).toBe(read);
  });
  it('merged ranges opened but not closed, or no end of the cells → the whole part (the parser then says what is broken)', () => {
    const open = `${head}<mergeCells count="1"><mergeCell ref="A1:B1"/></worksheet>`;
    expect(sheetText(Buffer.from(open))).toBe(open);
    const cut = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>';
    expect(sheetText(Buffer.from(cut))).toBe(cut);
  });
});
