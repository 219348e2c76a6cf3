// bin/bundle.mjs runs the sources as one JavaScript file and must never run stale code.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../bin/bundle.mjs';

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

    // The manifest names each source by its absolute path, whatever the working directory.
    const manifest = JSON.parse(await readFile(new URL(first.href.replace(/\.mjs$/, '.json')), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).sort()).toEqual([dep, entry].sort());

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
});
