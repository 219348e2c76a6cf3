// The parse floor: what reading the same files costs with nothing else done.
import { readFileSync } from 'node:fs';
import { Workbook } from '../src/xlsx/exceljs.ts';
import yauzl from 'yauzl';

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
