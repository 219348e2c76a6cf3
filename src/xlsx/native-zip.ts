// exceljs hands each part of a workbook (the sheet XML: millions of characters for a province's
// consolidated export) to jszip as a JavaScript string, and jszip then encodes it to UTF-8,
// computes its CRC-32 and deflates it, all in JavaScript (pako) — a third of the export's time
// (bench/README.md). This module, the one place that works around it, has Node do those three
// things natively (Buffer, zlib.crc32, zlib.deflateRawSync) and hands jszip the part already
// compressed, as jszip's own CompressedObject: the form jszip keeps the parts of a zip file it
// has read, which it copies into the file it writes without compressing them again.
// The parts, their names and order are unchanged, so exceljs and every office program read the
// same workbook. Images and other base64 parts are left to jszip. Imported for its effect by
// every module that writes a workbook.
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

interface ZipWriterLike {
  options?: { compression?: string; compressionOptions?: { level?: number } | null };
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}
interface JsZipCompression {
  magic: string;
}
type CompressedObjectCtor = new (compressedSize: number, uncompressedSize: number, crc32: number, compression: JsZipCompression, data: Buffer) => object;

const require = createRequire(import.meta.url);
// exceljs's own jszip (resolved from exceljs, so the CompressedObject is the class its jszip checks for).
const fromExceljs = createRequire(require.resolve('exceljs/lib/utils/zip-stream.js'));
const { ZipWriter } = require('exceljs/lib/utils/zip-stream.js') as { ZipWriter: { prototype: ZipWriterLike & { nativeZip?: true } } };
const CompressedObject = fromExceljs('jszip/lib/compressedObject.js') as CompressedObjectCtor;
const compressions = fromExceljs('jszip/lib/compressions.js') as { DEFLATE: JsZipCompression };
// zlib.crc32 is Node ≥ 20.15; on an older Node only the UTF-8 encoding moves to Node.
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

if (!ZipWriter.prototype.nativeZip) {
  const append = ZipWriter.prototype.append;
  ZipWriter.prototype.append = function (this: ZipWriterLike, data: unknown, options: { name: string; base64?: boolean }): void {
    if (typeof data !== 'string' || options.base64) {
      append.call(this, data, options);
      return;
    }
    const bytes = Buffer.from(data, 'utf8');
    if (!crc32 || (this.options?.compression ?? 'DEFLATE') !== 'DEFLATE' || bytes.length === 0) {
      append.call(this, bytes, options);
      return;
    }
    const level = this.options?.compressionOptions?.level ?? zlib.constants.Z_DEFAULT_COMPRESSION;
    const deflated = zlib.deflateRawSync(bytes, { level });
    append.call(this, new CompressedObject(deflated.length, bytes.length, crc32(bytes), compressions.DEFLATE, deflated), options);
  };
  ZipWriter.prototype.nativeZip = true;
}
