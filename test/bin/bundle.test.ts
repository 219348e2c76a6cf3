// bin/bundle.mjs runs the sources as one JavaScript file and must never run stale code.
import { execFileSync } from 'node:child_process';
import { isBuiltin } from 'node:module';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../bin/bundle.mjs';
import { runCached } from '../../bin/code-cache.cjs';

const CODE_CACHE = fileURLToPath(new URL('../../bin/code-cache.cjs', import.meta.url));

/** runCached in a fresh process (a fresh V8, which can only have the code from the cache file). */
function runCachedElsewhere(file: string): { cache: string; value: unknown } {
  const script = `const r = require(${JSON.stringify(CODE_CACHE)}).runCached(${JSON.stringify(file)}, { writeAfterMs: 0 }); console.log(JSON.stringify({ cache: r.cache, value: r.exports.value }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { cache: string; value: unknown };
}

async function codeCaches(bundle: URL): Promise<string[]> {
  const file = fileURLToPath(bundle);
  return (await readdir(dirname(file))).filter((f) => f.startsWith(`${basename(file)}.`) && f.endsWith('.v8cache'));
}

async function load(url: URL): Promise<{ value: number; depUrl: string; entryUrl: string }> {
  return (await import(`${url.href}?t=${Date.now()}-${Math.random()}`)) as { value: number; depUrl: string; entryUrl: string };
}

describe('bundled', () => {
  it('reuses the bundle while the sources are unchanged, rebuilds it when one changes, keeps each module its own import.meta.url', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    const dep = join(dir, 'dep.ts');
    const entry = join(dir, 'entry.ts');
    await writeFile(dep, 'export const value: number = 1;\nexport const depUrl = import.meta.url;\n');
    await writeFile(entry, "export { value, depUrl } from './dep.ts';\nexport const entryUrl = import.meta.url;\n");

    const first = await bundled(pathToFileURL(entry));
    const loaded = await load(first);
    expect(loaded.value).toBe(1);
    expect(loaded.depUrl).toBe(pathToFileURL(dep).href);
    expect(loaded.entryUrl).toBe(pathToFileURL(entry).href);

    // The manifest names each source by its absolute path, whatever the working directory, and
    // bin/bundle.mjs itself (a change to how bundles are made makes them again).
    const manifest = JSON.parse(await readFile(new URL(first.href.replace(/\.mjs$/, '.json')), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).sort()).toEqual([dep, entry, fileURLToPath(new URL('../../bin/bundle.mjs', import.meta.url))].sort());

    const builtAt = (await stat(first)).mtimeMs;
    const again = await bundled(pathToFileURL(entry));
    expect(again.href).toBe(first.href);
    expect((await stat(again)).mtimeMs).toBe(builtAt);

    // Same size, new content and time: still seen as changed.
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(dep, 'export const value: number = 2;\nexport const depUrl = import.meta.url;\n');
    const rebuilt = await bundled(pathToFileURL(entry));
    expect((await load(rebuilt)).value).toBe(2);
    await rm(rebuilt, { force: true });
    await rm(new URL(rebuilt.href.replace(/\.mjs$/, '.json')), { force: true });
  });

  it('inlinePackages: the packages are inside the ES module (it imports only Node\'s own), and a CommonJS package inside can require() Node\'s modules', async () => {
    // The CLI's bundle (bin/baocao.mjs): one file to load instead of the packages' hundreds.
    // Inside the project, so that the packages are found from the entry (as from src/).
    const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
    await mkdir(cache, { recursive: true });
    const dir = await mkdtemp(join(cache, 'bundle-inline-'));
    const entry = join(dir, 'entry.ts');
    // zod: an ES module package; yauzl: CommonJS, and it require()s node:fs, zlib, events…
    await writeFile(entry, "import { z } from 'zod';\nimport yauzl from 'yauzl';\nexport const value = z.number().parse(3);\nexport const zipReader = typeof yauzl.fromBuffer;\n");
    const url = await bundled(pathToFileURL(entry), { inlinePackages: true });
    expect(basename(fileURLToPath(url))).toMatch(/^entry-inline-/);
    const text = await readFile(url, 'utf8');
    const imported = [...text.matchAll(/^import [^;]* from ["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => !isBuiltin(name ?? ''))).toEqual([]);
    expect(text).not.toMatch(/from ["'](zod|yauzl)["']/);
    const loaded = (await import(`${url.href}?t=${Date.now()}`)) as { value: number; zipReader: string };
    expect(loaded).toMatchObject({ value: 3, zipReader: 'function' });
    await rm(url, { force: true });
    await rm(new URL(url.href.replace(/\.mjs$/, '.json')), { force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('standalone: non-ASCII letters in comments and regular expressions → the bundle is ASCII, run as Latin-1, and matches the same text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    const entry = join(dir, 'entry.ts');
    // A comment: Đơn vị chủ trì. The regular expressions as src/vi writes them, one with the u flag and an astral letter.
    await writeFile(entry, "// Ghi chú: Đơn vị chủ trì\nexport const value = [/oạ|ệ/g.test('hoạ'), /^[à-ỹ]+$/.test('ệ'), /𝒜/u.test('𝒜'), 'Việt'.length];\n");
    const made = await bundled(pathToFileURL(entry), { standalone: true });
    const file = fileURLToPath(made);
    const bytes = await readFile(file);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(runCachedElsewhere(file)).toEqual({ cache: 'written', value: [true, true, true, 4] });
    for (const f of await codeCaches(made)) await rm(join(dirname(file), f), { force: true });
    await rm(made, { force: true });
    await rm(new URL(made.href.replace(/\.cjs$/, '.json')), { force: true });
  });

  it('standalone: one CommonJS script, run from its V8 code cache once one is written, never from the cache of other code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    const dep = join(dir, 'dep.ts');
    const entry = join(dir, 'entry.ts');
    await writeFile(dep, "import { join } from 'node:path';\nexport const value: string = join('a', 'b');\n");
    await writeFile(entry, "export { value } from './dep.ts';\n");

    const first = await bundled(pathToFileURL(entry), { standalone: true });
    expect(first.pathname.endsWith('.cjs')).toBe(true);
    const file = fileURLToPath(first);
    const run = runCached(file, { writeAfterMs: 0 });
    expect(run.exports).toMatchObject({ value: 'a/b' });
    expect(run.cache).toBe('written');
    expect(await codeCaches(first)).toHaveLength(1);
    expect(runCachedElsewhere(file)).toEqual({ cache: 'used', value: 'a/b' });

    // New code, same length: rebuilt, the old cache cleared away, a new one written for it.
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(dep, "import { join } from 'node:path';\nexport const value: string = join('c', 'd');\n");
    const rebuilt = await bundled(pathToFileURL(entry), { standalone: true });
    expect(rebuilt.href).toBe(first.href);
    expect(await codeCaches(rebuilt)).toEqual([]);
    expect(runCachedElsewhere(file)).toEqual({ cache: 'written', value: 'c/d' });
    expect(runCachedElsewhere(file)).toEqual({ cache: 'used', value: 'c/d' });

    // The same file written over in place (same inode, same length, other code): its cache is not
    // used for it (the cache is named after the file's identity: size, inode, times).
    await new Promise((r) => setTimeout(r, 20));
    const inPlace = (await readFile(file, 'utf8')).replace(/"c", ?"d"/, (m) => m.replace('c', 'e').replace('d', 'f'));
    const inode = (await stat(file)).ino;
    await writeFile(file, inPlace);
    expect((await stat(file)).ino).toBe(inode);
    expect(runCachedElsewhere(file)).toEqual({ cache: 'written', value: 'e/f' });
    expect(runCachedElsewhere(file)).toEqual({ cache: 'used', value: 'e/f' });

    // import() of a package left out of the bundle cannot run there: no such bundle is made.
    const lazy = join(dir, 'lazy.ts');
    await writeFile(lazy, "export const load = () => import('node:zlib');\n");
    await expect(bundled(pathToFileURL(lazy), { standalone: true })).rejects.toThrow(/import\(\) of node:zlib/);

    // A run shorter than the timer: the bundled code asks for the cache once its first piece of
    // work is done (an ingest worker, after its first workbook) — through its own bundled copy of
    // code-cache.cjs — and the cache is there for the next run.
    const flushing = join(dir, 'flushing.ts');
    await writeFile(flushing, `import { writeCodeCacheNow } from ${JSON.stringify(CODE_CACHE)};\nexport const flush = (): boolean[] => [writeCodeCacheNow(), writeCodeCacheNow()];\n`);
    const flushBundle = await bundled(pathToFileURL(flushing), { standalone: true });
    const flushFile = fileURLToPath(flushBundle);
    const script = `const r = require(${JSON.stringify(CODE_CACHE)}).runCached(${JSON.stringify(flushFile)}); console.log(JSON.stringify({ cache: r.cache, flushed: r.exports.flush() }));`;
    expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))).toEqual({ cache: 'scheduled', flushed: [true, false] });
    expect(await codeCaches(flushBundle)).toHaveLength(1);
    expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))).toEqual({ cache: 'used', flushed: [false, false] });
    for (const f of await codeCaches(flushBundle)) await rm(join(dirname(flushFile), f), { force: true });
    await rm(flushBundle, { force: true });

    for (const f of await codeCaches(rebuilt)) await rm(join(dirname(file), f), { force: true });
    await rm(rebuilt, { force: true });
    await rm(new URL(rebuilt.href.replace(/\.cjs$/, '.json')), { force: true });
  });
});
