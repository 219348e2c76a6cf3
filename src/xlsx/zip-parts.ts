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
  /** The part as stored in the zip (compressed bytes, method, declared size), not inflated; null as for `read`. */
  stored(name: string): StoredPart | null;
}

/** A part as stored: the same `data`, `method` and `size` inflate to the same bytes. */
export interface StoredPart {
  data: Buffer;
  method: number;
  size: number;
}

interface Located {
  start: number;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
}

/** A zip's directory as yauzl reads it: the entries, and whether all of them were read. */
export interface ZipDirectory {
  readonly entries: readonly yauzl.Entry[];
  /** false when reading stopped at the limit (more entries follow). */
  readonly complete: boolean;
}

interface OpenDirectory {
  zip: yauzl.ZipFile;
  entries: yauzl.Entry[];
}

/**
 * Directories read whole by readZipDirectory, handed on to openZipParts for the same bytes (the
 * same Uint8Array object): ingest checks a file's directory against its limits, then the form
 * reader reads the parts, and yauzl's directory pass (a stream read and an event per entry) was
 * done twice for every workbook (bench/README.md). Taken once; dropped with the bytes.
 */
const handedOn = new WeakMap<Uint8Array, OpenDirectory>();

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

async function openDirectory(bytes: Uint8Array, limit: number): Promise<OpenDirectory & { complete: boolean }> {
  const zip = await yauzl.fromBufferPromise(asBuffer(bytes), { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  const entries: yauzl.Entry[] = [];
  let complete = true;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        if (entries.length > limit) {
          complete = false;
          resolve();
        } else zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  return { zip, entries, complete };
}

/**
 * Reads a zip's directory (declared names and sizes; nothing inflated), stopping once more than
 * `limit` entries were read. Throws on a broken zip. A directory read whole is kept for
 * openZipParts of the same bytes.
 */
export async function readZipDirectory(bytes: Uint8Array, limit = Number.POSITIVE_INFINITY): Promise<ZipDirectory> {
  const { zip, entries, complete } = await openDirectory(bytes, limit);
  if (complete) handedOn.set(bytes, { zip, entries });
  else zip.close();
  return { entries, complete };
}

/**
 * Opens a zip and locates the entries `wanted` accepts. Throws on a broken zip, an encrypted entry,
 * or a compression method other than stored or deflate. Nothing is inflated until `read`.
 */
export async function openZipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<ZipParts> {
  const buffer = asBuffer(bytes);
  const known = handedOn.get(bytes);
  handedOn.delete(bytes);
  const { zip, entries } = known ?? (await openDirectory(bytes, Number.POSITIVE_INFINITY));
  try {
    const parts = new Map<string, Located>();
    for (const entry of entries) {
      if (!wanted(entry.fileName)) continue;
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) throw new Error(`unsupported zip entry ${entry.fileName}`);
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      parts.set(entry.fileName, { start: fileDataStart, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, method: entry.compressionMethod });
    }
    return {
      names: [...parts.keys()],
      has: (name) => parts.has(name),
      stored(name) {
        const part = parts.get(name);
        return part ? { data: buffer.subarray(part.start, part.start + part.compressedSize), method: part.method, size: part.uncompressedSize } : null;
      },
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
