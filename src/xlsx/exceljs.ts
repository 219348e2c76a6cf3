// exceljs as baocao uses it: the Workbook class alone, with Node's zlib doing its zipping
// (./native-zip.ts). exceljs's package entry also loads its streaming reader and writer
// (unzipper, archiver and their polyfills), which baocao never uses: a fifth of a second more
// for every command and for every ingest worker as it starts. This module loads exceljs's own
// lib/doc/workbook.js instead; the class is the one the package entry exports.
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { useNativeZip } from './native-zip.ts';
import { useNotePartsNormalised } from './note-parts.ts';

const require = createRequire(import.meta.url);

let loaded: typeof ExcelJS.Workbook | undefined;
function load(): typeof ExcelJS.Workbook {
  if (!loaded) {
    // The two workarounds of ./native-zip.ts and ./note-parts.ts, installed with exceljs itself.
    useNativeZip();
    useNotePartsNormalised();
    loaded = require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
  }
  return loaded;
}

/**
 * exceljs's Workbook class, required on the first `new Workbook()`: an ingest worker that reads
 * only baocao's own forms (./form-reader.ts) never needs it, and requiring it (exceljs's whole
 * document model and xlsx reader) costs each worker ≈ 0.1–0.3 s as it starts (bench/README.md).
 */
export const Workbook = new Proxy(class {} as unknown as typeof ExcelJS.Workbook, {
  construct: (_target, args: unknown[]) => new (load() as new (...a: unknown[]) => object)(...args),
});
