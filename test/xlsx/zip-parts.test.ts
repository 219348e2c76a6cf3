// src/xlsx/zip-parts.ts: a file's zip directory is read once per ingest — inspectZip checks it
// against the limits, then the form reader takes it over for the same bytes.
import yauzl from 'yauzl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspectZip } from '../../src/ingest/zip-inspect.ts';
import { openZipParts, readZipDirectory } from '../../src/xlsx/zip-parts.ts';
import { goodWorkbook } from '../fixtures/bad-inputs.ts';

const everyPart = (): boolean => true;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('zip directory read once per file', () => {
  it('inspectZip then the parts of the same bytes → yauzl opens the zip once, and the parts read as from a fresh open', async () => {
    const bytes = await goodWorkbook();
    const fresh = await openZipParts(Buffer.from(bytes), everyPart);
    const open = vi.spyOn(yauzl, 'fromBufferPromise');
    expect(await inspectZip(bytes)).toMatchObject({ ok: true, content: 'xlsx' });
    const parts = await openZipParts(bytes, everyPart);
    expect(open).toHaveBeenCalledTimes(1);
    expect(parts.names).toEqual(fresh.names);
    for (const name of fresh.names) expect(parts.read(name)?.equals(fresh.read(name)!)).toBe(true);
  });

  it('a directory is handed on once → a second reader of the same bytes opens the zip again', async () => {
    const bytes = await goodWorkbook();
    await readZipDirectory(bytes);
    const open = vi.spyOn(yauzl, 'fromBufferPromise');
    await openZipParts(bytes, everyPart);
    expect(open).toHaveBeenCalledTimes(0);
    const again = await openZipParts(bytes, everyPart);
    expect(open).toHaveBeenCalledTimes(1);
    expect(again.has('xl/workbook.xml')).toBe(true);
  });

  it('a directory read only up to a limit → not complete, not handed on: the reader reads every entry itself', async () => {
    const bytes = await goodWorkbook();
    const all = await readZipDirectory(Buffer.from(bytes));
    const cut = await readZipDirectory(bytes, 2);
    expect(cut).toMatchObject({ complete: false });
    expect(cut.entries).toHaveLength(3);
    const open = vi.spyOn(yauzl, 'fromBufferPromise');
    const parts = await openZipParts(bytes, everyPart);
    expect(open).toHaveBeenCalledTimes(1);
    expect(parts.names).toHaveLength(all.entries.length);
  });
});
