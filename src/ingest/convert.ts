import { type ConvertResult, convertWithLibreOffice } from '../util/libreoffice.ts';

export { findSoffice, type ConvertResult } from '../util/libreoffice.ts';

const TIMEOUT_MS = 60_000;

/** Converts .xls / .ods / HTML-xls bytes to .xlsx through LibreOffice headless. */
export function convertToXlsx(bytes: Uint8Array, extension: string, inFilter?: string): Promise<ConvertResult> {
  return convertWithLibreOffice(bytes, { extension, convertTo: 'xlsx:Calc MS Excel 2007 XML', outputExtension: '.xlsx', inFilter, timeoutMs: TIMEOUT_MS, tempPrefix: 'baocao-convert-' });
}
