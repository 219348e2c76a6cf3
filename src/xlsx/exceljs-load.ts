// Loads exceljs's Workbook class with baocao's two workarounds installed (./native-zip.ts,
// ./note-parts.ts). Its own module because it is a split point: in a standalone bundle (an ingest
// worker, bin/bundle.mjs `SPLIT`) this module and all it requires — exceljs's document model, its
// xlsx reader and writer, saxes, the zip code — are a second bundle, run from its own code cache
// on the first call. A worker that reads only baocao's forms (./form-reader.ts) never calls it,
// and no longer deserialises and initialises that code as it starts.
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { useNativeZip } from './native-zip.ts';
import { useNotePartsNormalised } from './note-parts.ts';

const require = createRequire(import.meta.url);

/** exceljs's Workbook class (the one its package entry exports), workarounds installed. */
export function loadWorkbookClass(): typeof ExcelJS.Workbook {
  useNativeZip();
  useNotePartsNormalised();
  return require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
}
