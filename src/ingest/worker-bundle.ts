// Worker threads run plain JavaScript. Loading the ingest's module graph through tsx inside a
// worker took ≈ 1.8 s (against ≈ 0.8 s for the same graph as JavaScript) and started one more
// loader-hooks thread per worker (bench/README.md). So a worker module is bundled once with
// esbuild — our TypeScript in one file, packages left as imports — and written under the
// package's node_modules/.cache/baocao, where those imports resolve. When that is not possible
// (a read-only install), the worker runs its TypeScript through tsx as before.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const CACHE_DIR = new URL('../../node_modules/.cache/baocao/', import.meta.url);

/**
 * Each bundled module keeps its own `import.meta.url` (the template configuration is found
 * relative to it); in a bundle they would all share the bundle's.
 */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replace(/\bimport\.meta\.url\b/g, url), loader: 'ts' };
    });
  },
};

const bundles = new Map<string, Promise<URL>>();

/** The worker module as one JavaScript file (built at most once per process), or the module itself when bundling fails. */
export function workerEntry(module: URL): Promise<URL> {
  if (!module.pathname.endsWith('.ts')) return Promise.resolve(module);
  let entry = bundles.get(module.href);
  if (!entry) {
    entry = bundle(module).catch(() => module);
    bundles.set(module.href, entry);
  }
  return entry;
}

async function bundle(module: URL): Promise<URL> {
  const result = await build({
    entryPoints: [fileURLToPath(module)],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [ownImportMetaUrl],
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no output');
  const name = `${module.pathname.split('/').at(-1)?.replace(/\.ts$/, '')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const file = new URL(name, CACHE_DIR);
  const exists = await stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) {
    // Written under a temporary name and renamed: a concurrent process never sees half a file.
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = new URL(`${name}.${process.pid}.tmp`, CACHE_DIR);
    await writeFile(partial, code);
    await rename(partial, file);
    await pruneOld();
  }
  return file;
}

/** Bundles of earlier versions of the code, unused for a week, are removed. */
async function pruneOld(): Promise<void> {
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  for (const name of await readdir(CACHE_DIR).catch(() => [])) {
    const file = new URL(name, CACHE_DIR);
    const s = await stat(file).catch(() => null);
    if (s && s.atimeMs < weekAgo && s.mtimeMs < weekAgo) await rm(file, { force: true });
  }
}
