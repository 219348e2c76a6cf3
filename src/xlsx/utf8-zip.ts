// exceljs hands each part of a workbook (the sheet XML: millions of characters for a province's
// consolidated export) to jszip as a JavaScript string, and jszip encodes it to UTF-8 in its own
// JavaScript loop — a fifth of the export's time (bench/README.md). exceljs converts strings to
// bytes itself only in browsers (lib/utils/zip-stream.js, `process.browser`). This module makes it
// do the same in Node, with Node's native encoder. The workbook bytes are identical: only who
// encodes the UTF-8 changes. Imported for its effect by every module that writes a workbook.
import { createRequire } from 'node:module';

interface ZipWriterPrototype {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}

const require = createRequire(import.meta.url);
const { ZipWriter } = require('exceljs/lib/utils/zip-stream.js') as { ZipWriter: { prototype: ZipWriterPrototype & { utf8Native?: true } } };

if (!ZipWriter.prototype.utf8Native) {
  const append = ZipWriter.prototype.append;
  ZipWriter.prototype.append = function (this: ZipWriterPrototype, data: unknown, options: { name: string; base64?: boolean }): void {
    append.call(this, typeof data === 'string' && !options.base64 ? Buffer.from(data, 'utf8') : data, options);
  };
  ZipWriter.prototype.utf8Native = true;
}
