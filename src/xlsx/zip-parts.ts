// Parts of a zip held in memory, inflated one by one on demand: yauzl reads the zip's directory and
// each entry's local header (where its data starts); Node's zlib inflates the data. yauzl's own
// read streams would do the same through a stream per part, which costs more than inflating a
// form's part does (bench/README.md). Used by the fast form reader (./form-reader.ts) and the
// benchmark's floor pass, so that the two unzip alike.
import zlib from 'node:zlib';
import yauzl from 'yauzl';

export interface ZipParts {
  /** Names of the entries kept (those `wanted` accepted). */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The part's bytes, inflated; null when the zip has no such entry (or it was not wanted). */
  read(name: string): Buffer | null;
}

interface Located {
  start: number;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
}

/**
 * Opens a zip and locates the entries `wanted` accepts. Throws on a broken zip, an encrypted entry,
 * or a compression method other than stored or deflate. Nothing is inflated until `read`.
 */
export async function openZipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<ZipParts> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  const entries: yauzl.Entry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (wanted(entry.fileName)) entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
    const parts = new Map<string, Located>();
    for (const entry of entries) {
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) throw new Error(`unsupported zip entry ${entry.fileName}`);
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      parts.set(entry.fileName, { start: fileDataStart, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, method: entry.compressionMethod });
    }
    return {
      names: [...parts.keys()],
      has: (name) => parts.has(name),
      read(name) {
        const part = parts.get(name);
        if (!part) return null;
        const data = buffer.subarray(part.start, part.start + part.compressedSize);
        // The size the zip declares bounds the output, as in ./native-zip.ts.
        const out = part.method === 0 ? data : zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, part.uncompressedSize) });
        if (out.length !== part.uncompressedSize) throw new Error(`zip entry ${name}: size mismatch`);
        return out;
      },
    };
  } finally {
    zip.close();
  }
}
