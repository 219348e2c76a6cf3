// The parse floor: what reading the same files costs with nothing else done.
import { readFileSync } from 'node:fs';
import { Workbook } from '../src/xlsx/exceljs.ts';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { openZipParts } from '../src/xlsx/zip-parts.ts';

/**
 * exceljs `xlsx.load` of each file (read from disk), nothing else. Returns milliseconds. exceljs
 * as the ingest runs it (src/xlsx/exceljs.ts: the same Workbook class, parts inflated by Node's
 * zlib), so that the ratio measures baocao's own work on top of the parse.
 */
export async function exceljsLoadPass(files: readonly string[]): Promise<number> {
  const start = performance.now();
  for (const file of files) {
    const wb = new Workbook();
    // Read as prepareFile reads it (synchronously).
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  }
  return performance.now() - start;
}

/** Inflates every entry of one zip held in memory; resolves with the uncompressed byte count. */
function inflateAll(buffer: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      let bytes = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
          stream.on('end', () => zip.readEntry());
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(bytes));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Raw unzip of each file (read from disk, every entry inflated, nothing parsed). Returns milliseconds. */
export async function unzipPass(files: readonly string[]): Promise<number> {
  const start = performance.now();
  for (const file of files) await inflateAll(readFileSync(file));
  return performance.now() - start;
}

/** The parts the XML floor reads: the sheets and the shared strings (exceljs's name for sheet parts). */
const FLOOR_PART = (name: string) => /xl\/worksheets\/sheet\d+[.]xml$/.test(name) || name === 'xl/sharedStrings.xml';
const nothing = (): void => {};

/**
 * The unzip + XML floor (issue 21): of each file (read from disk), the sheet and shared-strings
 * parts unzipped (yauzl for the directory, Node's zlib, as the fast form reader unzips) and their
 * XML walked once with saxes, every element, attribute and text reported to a handler that does
 * nothing. What any reader of these files must do at least. Returns milliseconds.
 */
export async function xmlFloorPass(files: readonly string[]): Promise<number> {
  const start = performance.now();
  for (const file of files) {
    const zip = await openZipParts(readFileSync(file), FLOOR_PART);
    for (const name of zip.names) {
      const parser = new SaxesParser();
      parser.on('opentag', nothing);
      parser.on('text', nothing);
      parser.on('closetag', nothing);
      parser.write(zip.read(name)!.toString('utf8')).close();
    }
  }
  return performance.now() - start;
}
