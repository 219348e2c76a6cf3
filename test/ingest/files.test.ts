import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type LegacyConversion, readCell } from '../../src/ingest/cells.ts';
import { sniff } from '../../src/ingest/sniff.ts';
import { expandPaths } from '../../src/ingest/walk.ts';
import { inspectZip } from '../../src/ingest/zip-inspect.ts';
import { tempDir } from './setup.ts';

describe('file kinds by bytes', () => {
  it.each([
    [Buffer.alloc(0), 'empty'],
    [Buffer.from('PK\x03\x04rest', 'latin1'), 'zip'],
    [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'cfb'],
    [Buffer.from('\uFEFF  <html><body><table>'), 'html'],
    [Buffer.from('<table><tr><td>1</td></tr></table>'), 'html'],
    [Buffer.from('STT;Nội dung\n1;x'), 'unknown'],
  ])('bytes %#  → %s', (bytes, kind) => {
    expect(sniff(bytes)).toBe(kind);
  });

  it('an OpenDocument spreadsheet zip → ods; a zip without a workbook → other', async () => {
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    ods.file('content.xml', '<office:document-content/>');
    expect(await inspectZip(await ods.generateAsync({ type: 'nodebuffer' }))).toMatchObject({ ok: true, content: 'ods' });
    const other = new JSZip();
    other.file('anh.jpg', 'x');
    expect(await inspectZip(await other.generateAsync({ type: 'nodebuffer' }))).toMatchObject({ ok: true, content: 'other' });
  });
});

describe('cells', () => {
  const sheet = () => new ExcelJS.Workbook().addWorksheet('Báo cáo');

  it('rich text with a TCVN3 run next to a Unicode run → each run decoded by its own font, recorded once', () => {
    const ws = sheet();
    ws.getCell('B2').value = {
      richText: [
        { text: 'Ghi chú: ', font: { name: 'Times New Roman' } },
        { text: 'KÕt qu¶ tèt', font: { name: '.VnTime' } },
      ],
    };
    const legacy: LegacyConversion[] = [];
    expect(readCell(ws, 'B2', legacy)).toEqual({ kind: 'text', text: 'Ghi chú: Kết quả tốt' });
    expect(legacy.map((l) => [l.cell, l.encoding, l.font])).toEqual([['B2', 'TCVN3', '.VnTime']]);
  });

  it('formula with a cached result of 0 → the number 0; an error result → the error', () => {
    const ws = sheet();
    ws.getCell('A1').value = { formula: 'B1-B1', result: 0 } as never;
    ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as never;
    ws.getCell('A3').value = { sharedFormula: 'A1', result: 7 } as never;
    expect(readCell(ws, 'A1', [])).toEqual({ kind: 'number', value: 0, numFmt: '' });
    expect(readCell(ws, 'A2', [])).toEqual({ kind: 'error', error: '#DIV/0!' });
    expect(readCell(ws, 'A3', [])).toMatchObject({ kind: 'number', value: 7 });
  });

  it('text with NBSP, zero-width characters and NFD → cleaned NFC text; blank text → empty', () => {
    const ws = sheet();
    ws.getCell('C1').value = '\u200BHội\u00A0viên '.normalize('NFD');
    ws.getCell('C2').value = ' \u00A0 ';
    expect(readCell(ws, 'C1', [])).toEqual({ kind: 'text', text: 'Hội viên' });
    expect(readCell(ws, 'C2', [])).toEqual({ kind: 'empty' });
  });
});

describe('folders', () => {
  it('spreadsheets taken in name order (subfolders too); other documents skipped and named; lock, system and database files neither', async () => {
    const dir = tempDir('walk-');
    mkdirSync(join(dir, 'Quý II'));
    const names = ['b.xlsx', 'a.XLS', 'Quý II/c.ods', '.an.xlsx', 'bao-cao.pdf', 'Quý II/to-trinh.docx', '~$b.xlsx', '.~lock.b.xlsx#', '.DS_Store', 'Thumbs.db', 'desktop.ini', 'baocao.db', 'baocao.db-wal'];
    for (const n of names) writeFileSync(join(dir, n), 'x');
    const r = await expandPaths([dir, join(dir, 'khong-co')]);
    expect(r.files.map((f) => f.slice(dir.length + 1))).toEqual(['.an.xlsx', 'Quý II/c.ods', 'a.XLS', 'b.xlsx']);
    expect(r.skipped.map((f) => f.slice(dir.length + 1))).toEqual(['Quý II/to-trinh.docx', 'bao-cao.pdf']);
    expect(r.missing).toEqual([join(dir, 'khong-co')]);
  });
});
