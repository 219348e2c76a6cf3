// Runs the TypeScript sources as plain JavaScript, without a build step to forget: an entry
// point and the modules it imports (our TypeScript; packages stay imports, except in a
// standalone bundle, made for worker threads, and in the CLI's, `inlinePackages`) are bundled with esbuild into
// node_modules/.cache/baocao, and the bundle is reused while none of its sources changed (their
// sizes and modification times are kept in a manifest beside it).
//
// Why: loading the module graph through tsx took ≈ 1.8 s per process and per worker thread,
// against ≈ 0.8 s for the bundle, and each tsx start adds a loader-hooks thread (memory).
// Callers fall back to tsx when bundling is not possible (read-only install, no esbuild).
import { statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CACHE_DIR = new URL('../node_modules/.cache/baocao/', import.meta.url);

/**
 * Each bundled module keeps its own `import.meta.url` (templates and samples are found
 * relative to it); in a bundle they would all share the bundle's.
 * @type {import('esbuild').Plugin}
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$|\/bin\/[^/]+\.mjs$/ }, async (args) => {
      // bin/*.mjs too — this file, when bundled (the CLI's or a bench child's bundle): its cache and
      // root are found from bin/; with the bundle's own URL they were node_modules/.cache/node_modules/….
      if (args.path.endsWith('.mjs') && args.path.includes('/node_modules/')) return undefined;
      const source = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replace(/\bimport\.meta\.url\b/g, url), loader: args.path.endsWith('.mjs') ? 'js' : 'ts' };
    });
  },
};

/** @param {string} file @returns {string | null} size and mtime, or null when missing (synchronous: see the freshness check) */
function stampSync(file) {
  const s = statSync(file, { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}` : null;
}

/**
 * Packages a standalone (or inlinePackages) bundle leaves out: native code (better-sqlite3,
 * pkcs11js), what is loaded only on demand (officecrypto-tool for an encrypted workbook, mammoth
 * for a .docx plan), the tools.
 */
const NOT_BUNDLED = ['better-sqlite3', 'pkcs11js', 'officecrypto-tool', 'mammoth', 'esbuild', 'tsx'];

/** The files of templates/ that src/form/template-yaml.ts is asked for (src/form/config.ts); any other is parsed at run time. */
const TEMPLATE_YAML = ['columns.yaml', 'instructions.yaml'];

/**
 * src/form/template-yaml.ts with the YAML of templates/ (TEMPLATE_YAML) parsed now, at bundle time (as JSON
 * text: V8's JSON.parse is the fastest way to make the objects). The files go into `inputs`, so
 * the bundle is made again when one changes; a file that does not parse here, or whose data JSON
 * would not keep, is left to the module's own code (parsed at run time, with its message).
 * @param {string} root @param {Record<string, string>} inputs
 * @returns {import('esbuild').Plugin}
 */
function templateYamlAtBundleTime(root, inputs) {
  const module = resolve(root, 'src/form/template-yaml.ts');
  const dir = resolve(root, 'templates');
  return {
    name: 'template-yaml-at-bundle-time',
    setup(build) {
      build.onLoad({ filter: /\/template-yaml\.ts$/ }, async (args) => {
        if (args.path !== module) return undefined;
        const source = await readFile(args.path, 'utf8');
        const signature = 'export function templateYaml(';
        if (!source.includes(signature)) return undefined;
        const { parse } = await import('yaml');
        /** @type {Record<string, string>} */
        const data = {};
        for (const name of TEMPLATE_YAML) {
          const file = join(dir, name);
          inputs[file] = stampSync(file) ?? '';
          try {
            const parsed = parse(await readFile(file, 'utf8'));
            const json = JSON.stringify(parsed);
            if (json !== undefined && isDeepStrictEqual(JSON.parse(json), parsed)) data[name] = json;
          } catch {
            // Left to run time, which says what is wrong with it.
          }
        }
        const url = JSON.stringify(pathToFileURL(args.path).href);
        const contents = [
          source.replace(signature, 'function parsedAtRunTime(').replace(/\bimport\.meta\.url\b/g, url),
          `const AT_BUNDLE_TIME: Record<string, string> = ${JSON.stringify(data)};`,
          'export function templateYaml(name: string): unknown {',
          '  const json = Object.hasOwn(AT_BUNDLE_TIME, name) ? AT_BUNDLE_TIME[name] : undefined;',
          '  return json === undefined ? parsedAtRunTime(name) : JSON.parse(json);',
          '}',
        ].join('\n');
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * A standalone (or the CLI's inlinePackages) bundle with its non-ASCII characters written as \\u
 * escapes, when that keeps its meaning. esbuild escapes them in strings, templates and names, not
 * in comments and regular expressions (Vietnamese letters in src/vi, a few in packages): one such
 * character made V8 hold the whole 2 MB script as a two-byte string (4 MB), decoded from UTF-8 at
 * every worker start. ASCII, ./code-cache.cjs reads it as Latin-1 — half the time — into a
 * one-byte string (and Node's loader decodes the CLI's 5 MB faster). In a
 * comment an escape is only text; in a regular expression `\\uXXXX` (astral characters as their
 * two surrogates, which match the same with or without the u flag) matches the same character —
 * unless a backslash comes just before it, or a U+2028/2029 is there, and then the bundle is left as it is.
 * @param {Uint8Array} output
 * @returns {Uint8Array}
 */
function asciiOnly(output) {
  const text = new TextDecoder().decode(output);
  // U+2028/2029 end a // comment: escaped, what follows them would become comment.
  if (!/[^\x00-\x7f]/.test(text) || /\\[^\x00-\x7f]|[\u2028\u2029]/.test(text)) return output;
  const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new TextEncoder().encode(escaped);
}

/**
 * The entry module as one JavaScript file, rebuilt only when a source changed.
 *
 * `standalone`: the packages it imports are bundled too, and the file is one CommonJS script, to
 * be run by `runCached` (./code-cache.cjs) with V8's code cache. For ingest worker threads: each
 * starts a fresh V8 isolate that would otherwise resolve, read and compile exceljs, zod and the
 * rest file by file at every start (bench/README.md).
 *
 * `inlinePackages`: the packages bundled too (but NOT_BUNDLED), in an ES module — for the CLI
 * (bin/baocao.mjs). Node's loader resolving, reading and compiling the packages' hundreds of files
 * one by one took most of every command's start: `baocao --version` 0.92–1.15 s with the packages
 * left as imports, 0.71–0.83 s with them inside (and ≈ 15 MB less memory). An ES module cannot use
 * V8's code cache on Node 20 (./code-cache.cjs is for scripts), but one file is resolved once.
 * @param {URL} entry a .ts module
 * @param {{ standalone?: boolean, inlinePackages?: boolean }} [options]
 * @returns {Promise<URL>} the bundle's file URL
 */
export async function bundled(entry, options = {}) {
  const standalone = options.standalone === true;
  const inline = options.inlinePackages === true && !standalone;
  const entryPath = fileURLToPath(entry);
  const name = `${entryPath.split('/').at(-1)?.replace(/\.ts$/, '')}${standalone ? '-standalone' : inline ? '-inline' : ''}-${createHash('sha256').update(entryPath).digest('hex').slice(0, 12)}`;
  const bundleFile = new URL(`${name}.${standalone ? 'cjs' : 'mjs'}`, CACHE_DIR);
  const manifestFile = new URL(`${name}.json`, CACHE_DIR);
  const manifest = await readFile(manifestFile, 'utf8').then(
    (text) => /** @type {Record<string, string>} */ (JSON.parse(text)),
    () => null,
  );
  // A manifest that does not name this file was made before it was one of the inputs: stale.
  // Checked with synchronous stats: ≈ 340 files in ≈ 2 ms, against ≈ 20 ms for as many promises
  // through libuv's thread pool — on the path of every ingest's worker start.
  const fresh = (/** @type {Record<string, string>} */ m) => Object.entries(m).every(([file, was]) => stampSync(file) === was);
  if (manifest && fileURLToPath(import.meta.url) in manifest && stampSync(fileURLToPath(bundleFile)) !== null && fresh(manifest)) return bundleFile;
  const { build } = await import('esbuild');
  const root = fileURLToPath(new URL('..', import.meta.url));
  /** @type {Record<string, string>} files read at bundle time, which esbuild does not see — and this file: how bundles are made */
  const readInputs = {};
  const self = fileURLToPath(import.meta.url);
  readInputs[self] = stampSync(self) ?? '';
  const result = await build({
    // Metafile inputs are relative to this directory, whatever the caller's working directory.
    absWorkingDir: root,
    entryPoints: [entryPath],
    bundle: true,
    ...(standalone || inline ? { external: NOT_BUNDLED } : { packages: 'external' }),
    // CommonJS packages inside an ES module call require() (for Node's own modules): esbuild's
    // stand-in throws in ESM unless a real one is in scope — made here, from the bundle's URL.
    // (The expression is split so that ownImportMetaUrl, bundling this file, leaves it alone.)
    ...(inline ? { banner: { js: `import { createRequire as __baocaoRequire } from 'node:module'; const require = __baocaoRequire(${'import'}.meta.url);` } } : {}),
    // A worker's bundle is read and compiled (or its code cache checked) at every start: without
    // whitespace and comments it is ≈ 22 % smaller (2.0 → 1.56 MB). Names are kept, so stack
    // traces still say which function failed. (ASCII: asciiOnly below.) The CLI's too: 8.1 → 5.4 MB,
    // read as a one-byte string (Node's loader decoded 8 MB of UTF-8 in ≈ 70 ms), `--version`
    // 0.62 → 0.55 s.
    ...(standalone || inline ? { minifyWhitespace: true, minifySyntax: true, charset: 'ascii' } : {}),
    platform: 'node',
    format: standalone ? 'cjs' : 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The YAML one first: it takes the place of its module's own code.
    plugins: [templateYamlAtBundleTime(root, readInputs), ownImportMetaUrl],
  });
  const output = result.outputFiles[0]?.contents;
  if (!output) throw new Error('esbuild produced no output');
  const code = standalone || inline ? asciiOnly(output) : output;
  if (standalone) {
    // import() of a package left out would fail in bin/code-cache.cjs: refuse, the caller falls back.
    const dynamic = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && i.kind === 'dynamic-import'));
    if (dynamic.length > 0) throw new Error(`standalone bundle with import() of ${dynamic.map((i) => i.path).join(', ')}`);
  }
  /** @type {Record<string, string>} */
  const inputs = { ...readInputs };
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = resolve(root, input);
    inputs[file] = stampSync(file) ?? '';
  }
  // Written under temporary names and renamed: a concurrent process never reads half a file.
  await mkdir(CACHE_DIR, { recursive: true });
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  const temp = new URL(`${bundleFile.href}${suffix}`);
  await writeFile(temp, code);
  await rename(temp, bundleFile);
  // Code caches of the bundle's earlier versions (./code-cache.cjs names each after its file's identity,
  // so none is ever used for another; this only clears them away).
  const bundleName = bundleFile.pathname.split('/').at(-1) ?? '';
  for (const file of await readdir(CACHE_DIR)) {
    if (file.startsWith(`${bundleName}.`) && file.endsWith('.v8cache')) await rm(new URL(file, CACHE_DIR), { force: true });
  }
  await writeFile(new URL(`${name}.json${suffix}`, CACHE_DIR), JSON.stringify(inputs));
  await rename(new URL(`${name}.json${suffix}`, CACHE_DIR), manifestFile);
  return bundleFile;
}
