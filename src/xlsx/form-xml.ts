// Shared by the parts of the fast form reader (./form-reader.ts): one saxes pass over a part, the
// signal to leave a workbook to exceljs, and exceljs's own helpers the reader follows.
import { createRequire } from 'node:module';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { type Attrs, type Walker, plainWalk } from './plain-xml.ts';

const require = createRequire(import.meta.url);
/** exceljs's own helpers (lib/utils/utils.js): date formats, serial dates, the decoding of "str" values. */
export const xl = require('exceljs/lib/utils/utils.js') as {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(v: number, date1904: boolean | undefined): Date;
  xmlDecode(text: string): string;
};
/** exceljs's table of Excel's built-in number formats (lib/xlsx/defaultnumformats.js). */
export const BUILT_IN_FORMATS = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<number, { f: string } | undefined>;

/** A workbook this reader does not read exactly as exceljs does: the caller falls back to exceljs. */
export class Unsupported extends Error {}
export function unsupported(why: string): never {
  throw new Unsupported(why);
}

export type { Attrs, Walker } from './plain-xml.ts';

/**
 * One pass over `xml` (up to `end`, when given: the rest is not read), events handed to `w`.
 * Throws on broken XML, and PlainXmlOnly (./plain-xml.ts) on XML the plain scanner leaves to
 * saxes — inside `withSaxes`, saxes reads every part.
 */
export function walk(xml: string, w: Walker, end?: number): void {
  if (saxesOnly) saxesWalk(xml, w, end);
  else plainWalk(xml, w, end);
}

let saxesOnly = false;

/** Whether the plain scanner and the plain cell readers may be used now (not inside `withSaxes`). */
export function plainAllowed(): boolean {
  return !saxesOnly;
}

/** Runs `read` with every part walked by saxes (a workbook the plain scanner gave up on). */
export function withSaxes<T>(read: () => T): T {
  saxesOnly = true;
  try {
    return read();
  } finally {
    saxesOnly = false;
  }
}

/** One pass of saxes over `xml` (up to `end`, when given). Throws on broken XML. */
export function saxesWalk(xml: string, w: Walker, end?: number): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => w.open(tag.name, tag.attributes as Attrs));
  if (w.text) parser.on('text', w.text);
  parser.on('closetag', (tag) => w.close(tag.name));
  if (end === undefined) parser.write(xml).close();
  else parser.write(xml.slice(0, end));
}
