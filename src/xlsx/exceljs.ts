// exceljs as baocao uses it: the Workbook class alone, with Node's zlib doing its zipping
// (./native-zip.ts). exceljs's package entry also loads its streaming reader and writer
// (unzipper, archiver and their polyfills), which baocao never uses: a fifth of a second more
// for every command and for every ingest worker as it starts. This module loads exceljs's own
// lib/doc/workbook.js instead; the class is the one the package entry exports.
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import './native-zip.ts';
import './note-parts.ts';

const require = createRequire(import.meta.url);

export const Workbook = require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
