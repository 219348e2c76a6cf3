// src/form/template-yaml.ts: in a bundle (bin/bundle.mjs) the YAML of templates/ is parsed when the
// bundle is made; it must give exactly what parsing the files gives, and a changed file must
// make the bundle again.
import { readFile, readdir, rm, stat, utimes } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { bundled } from '../../bin/bundle.mjs';
import { runCached } from '../../bin/code-cache.cjs';
import { templateYaml } from '../../src/form/template-yaml.ts';

const MODULE = new URL('../../src/form/template-yaml.ts', import.meta.url);
const TEMPLATES = new URL('../../templates/', import.meta.url);
const made: URL[] = [];

async function bundledModule(): Promise<{ file: string; templateYaml: (name: string) => unknown }> {
  const url = await bundled(MODULE, { standalone: true });
  made.push(url);
  const file = fileURLToPath(url);
  return { file, templateYaml: (runCached(file, { writeAfterMs: 0 }).exports as { templateYaml: (name: string) => unknown }).templateYaml };
}

afterAll(async () => {
  for (const url of made) {
    const file = fileURLToPath(url);
    const dir = fileURLToPath(new URL('.', url));
    for (const f of await readdir(dir)) if (f.startsWith(`${file.split('/').at(-1)}.`)) await rm(dir + f, { force: true });
    await rm(file, { force: true });
    await rm(file.replace(/\.cjs$/, '.json'), { force: true });
  }
});

describe('templateYaml', () => {
  it('bundled: columns.yaml and instructions.yaml come parsed at bundle time, equal to parsing the file', async () => {
    const { file, templateYaml: fromBundle } = await bundledModule();
    const source = await readFile(file, 'utf8');
    for (const name of ['columns.yaml', 'instructions.yaml']) {
      const parsed: unknown = parse(await readFile(new URL(name, TEMPLATES), 'utf8'));
      expect(fromBundle(name)).toEqual(parsed);
      expect(templateYaml(name)).toEqual(parsed);
      // Carried in the bundle (its data's key), not read at run time.
      expect(source).toMatch(new RegExp(`AT_BUNDLE_TIME ?= ?\\{[^]*${JSON.stringify(name).replace('.', '\\.')}:`));
    }
  });

  it('bundled: a file not parsed at bundle time (report.yaml) → read and parsed at run time, the same data', async () => {
    const { file, templateYaml: fromBundle } = await bundledModule();
    expect(await readFile(file, 'utf8')).not.toMatch(/AT_BUNDLE_TIME ?= ?\{[^}]*"report\.yaml":/);
    expect(fromBundle('report.yaml')).toEqual(parse(await readFile(new URL('report.yaml', TEMPLATES), 'utf8')));
  });

  it('bundled: each call gives a fresh copy (a caller changing it changes nothing for the next)', async () => {
    const { templateYaml: fromBundle } = await bundledModule();
    const first = fromBundle('columns.yaml') as { columns: unknown[] };
    first.columns.length = 0;
    expect((fromBundle('columns.yaml') as { columns: unknown[] }).columns.length).toBeGreaterThan(0);
  });

  it('a changed templates/*.yaml makes the bundle again (its manifest names the file)', async () => {
    const { file } = await bundledModule();
    const builtAt = (await stat(file)).mtimeMs;
    const columns = new URL('columns.yaml', TEMPLATES);
    const was = await stat(columns);
    try {
      await utimes(columns, was.atime, new Date(was.mtimeMs + 5000));
      const again = await bundledModule();
      expect((await stat(again.file)).mtimeMs).not.toBe(builtAt);
    } finally {
      await utimes(columns, was.atime, was.mtime);
    }
  });
});
