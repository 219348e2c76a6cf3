// src/xlsx/native-zip.ts has Node encode exceljs's XML parts to UTF-8 instead of jszip: the
// workbook must read back exactly, Vietnamese text included, in exceljs and as raw XML.
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useNativeZip } from '../../src/xlsx/native-zip.ts';

// Installed as src/xlsx/exceljs.ts installs it on exceljs's first use; this test drives exceljs's package entry.
useNativeZip();

const TEXT = 'Hội Liên hiệp Phụ nữ tỉnh – vận động “Phụ nữ tích cực học tập” ≥ 1.200 hội viên; thuỷ lợi 𝟙';

describe('exceljs writes with the UTF-8 encoder, CRC-32 and deflate of Node', () => {
  it('is in effect', () => {
    const { ZipWriter } = createRequire(import.meta.url)('exceljs/lib/utils/zip-stream.js') as { ZipWriter: { prototype: { nativeZip?: boolean } } };
    expect(ZipWriter.prototype.nativeZip).toBe(true);
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

    // jszip re-checks every part's CRC-32 against its inflated bytes.
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const shared = await zip.file('xl/sharedStrings.xml')?.async('nodebuffer');
    expect(shared?.toString('utf8')).toContain(`${TEXT} 1999`);
  });

  it('every part is deflated, with the sizes and checksum its own bytes give', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chi tiết');
    for (let r = 1; r <= 500; r++) ws.getRow(r).values = [r, `${TEXT} ${r}`];
    const bytes = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions));
    // Walk the zip's central directory (fixed layout, APPNOTE 4.3.12) and check each part with Node's zlib.
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = bytes.readUInt32LE(end + 16);
    const parts: string[] = [];
    for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
      const method = bytes.readUInt16LE(at + 10);
      const crc = bytes.readUInt32LE(at + 16);
      const size = bytes.readUInt32LE(at + 20);
      const rawSize = bytes.readUInt32LE(at + 24);
      const nameLength = bytes.readUInt16LE(at + 28);
      const local = bytes.readUInt32LE(at + 42);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      if (name.endsWith('/')) continue; // jszip's folder entries hold nothing
      const raw = zlib.inflateRawSync(bytes.subarray(dataAt, dataAt + size));
      expect([name, method, raw.length, zlib.crc32(raw)]).toEqual([name, 8, rawSize, crc]);
      parts.push(name);
    }
    expect(parts).toContain('xl/worksheets/sheet1.xml');
  });
});
