// src/xlsx/utf8-zip.ts has Node encode exceljs's XML parts to UTF-8 instead of jszip: the
// workbook must read back exactly, Vietnamese text included, in exceljs and as raw XML.
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import '../../src/xlsx/utf8-zip.ts';

const TEXT = 'Hội Liên hiệp Phụ nữ tỉnh – vận động “Phụ nữ tích cực học tập” ≥ 1.200 hội viên; thuỷ lợi 𝟙';

describe('exceljs writes with the native UTF-8 encoder', () => {
  it('is in effect', () => {
    const { ZipWriter } = createRequire(import.meta.url)('exceljs/lib/utils/zip-stream.js') as { ZipWriter: { prototype: { utf8Native?: boolean } } };
    expect(ZipWriter.prototype.utf8Native).toBe(true);
  });

  it('a workbook with Vietnamese text and many rows reads back exactly', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    for (let r = 1; r <= 2000; r++) ws.getRow(r).values = [r, `${TEXT} ${r}`, r * 1.5];
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = back.getWorksheet('Tổng hợp');
    expect(sheet?.getCell('B1').value).toBe(`${TEXT} 1`);
    expect(sheet?.getCell('B2000').value).toBe(`${TEXT} 2000`);
    expect(sheet?.getCell('C2000').value).toBe(3000);

    const zip = await JSZip.loadAsync(bytes);
    const shared = await zip.file('xl/sharedStrings.xml')?.async('nodebuffer');
    expect(shared?.toString('utf8')).toContain(`${TEXT} 1999`);
  });
});
