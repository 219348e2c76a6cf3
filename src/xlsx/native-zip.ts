// exceljs zips and unzips workbooks with jszip, which inflates, deflates, checksums and encodes
// in JavaScript (pako). This module, the one place that works around it, has Node's zlib do it:
// - Writing: exceljs hands each part (the sheet XML: millions of characters for a province's
//   consolidated export) to jszip as a string, and jszip encodes it to UTF-8, computes its CRC-32
//   and deflates it — a third of the export's time (bench/README.md). Here Node does the three
//   (Buffer, zlib.crc32, zlib.deflateRawSync) and jszip gets the part already compressed, as its
//   own CompressedObject: the form jszip keeps the parts of a zip file it has read, which it
//   copies into the file it writes without compressing them again. Parts, names and order are
//   unchanged. Images and other base64 parts are left to jszip.
// - Reading: each deflated part of a zip jszip reads is inflated by zlib.inflateRawSync instead
//   of pako, with jszip's own check of the inflated size kept (a tenth of an ingest worker's time
//   per workbook, bench/README.md). jszip is one module in the process, so once installed this
//   also serves mammoth reading a .docx plan; the bytes it gets are the same either way.
// Installed by ./exceljs.ts when the first workbook is made (useNativeZip), not on import:
// requiring exceljs's zip-stream and jszip cost an ingest worker that reads only baocao's own
// forms (./form-reader.ts) ≈ 0.1 s as it started (bench/README.md).
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

interface ZipWriterLike {
  options?: { compression?: string; compressionOptions?: { level?: number } | null };
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}
interface JsZipCompression {
  magic: string;
}
interface JsZipWorker {
  pipe(next: JsZipWorker): JsZipWorker;
  on(event: 'end', listener: (this: { streamInfo: Record<string, unknown> }) => void): JsZipWorker;
}
interface CompressedObjectLike {
  compression: JsZipCompression;
  compressedContent: unknown;
  uncompressedSize: number;
}
type CompressedObjectCtor = (new (compressedSize: number, uncompressedSize: number, crc32: number, compression: JsZipCompression, data: Buffer) => object) & {
  prototype: CompressedObjectLike & { getContentWorker(this: CompressedObjectLike): JsZipWorker; nativeInflate?: true };
};

const require = createRequire(import.meta.url);

/** Has Node's zlib zip and unzip exceljs's parts (see above); once per process, on exceljs's first use. */
export function useNativeZip(): void {
  // exceljs's own jszip (resolved from exceljs, so the CompressedObject is the class its jszip checks for).
  const fromExceljs = createRequire(require.resolve('exceljs/lib/utils/zip-stream.js'));
  const { ZipWriter } = require('exceljs/lib/utils/zip-stream.js') as { ZipWriter: { prototype: ZipWriterLike & { nativeZip?: true } } };
  const CompressedObject = fromExceljs('jszip/lib/compressedObject.js') as CompressedObjectCtor;
  const compressions = fromExceljs('jszip/lib/compressions.js') as { DEFLATE: JsZipCompression };
  const DataWorker = fromExceljs('jszip/lib/stream/DataWorker.js') as new (data: Promise<Uint8Array>) => JsZipWorker;
  const DataLengthProbe = fromExceljs('jszip/lib/stream/DataLengthProbe.js') as new (name: string) => JsZipWorker;
  const { transformTo } = fromExceljs('jszip/lib/utils.js') as { transformTo(type: 'nodebuffer', data: unknown): Buffer };
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

  if (!CompressedObject.prototype.nativeInflate) {
    const getContentWorker = CompressedObject.prototype.getContentWorker;
    // jszip's getContentWorker (lib/compressedObject.js) with zlib in place of its pako worker.
    CompressedObject.prototype.getContentWorker = function (this: CompressedObjectLike): JsZipWorker {
      if (this.compression.magic !== compressions.DEFLATE.magic) return getContentWorker.call(this);
      const expected = this.uncompressedSize;
      const compressed = this.compressedContent;
      // The size the zip declares bounds the output: a part that inflates to more fails here
      // instead of filling memory.
      // Handed on as a plain Uint8Array, the type pako gives: jszip's UTF-8 decoder would copy a
      // Buffer byte by byte into one first.
      const inflated = Promise.resolve().then(() => {
        const bytes = zlib.inflateRawSync(transformTo('nodebuffer', compressed), { maxOutputLength: Math.max(1, expected) });
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      });
      return new DataWorker(inflated)
        .pipe(new DataLengthProbe('data_length'))
        .on('end', function () {
          if (this.streamInfo['data_length'] !== expected) throw new Error('Bug : uncompressed data size mismatch');
        });
    };
    CompressedObject.prototype.nativeInflate = true;
  }
}
