// Runs a standalone CommonJS bundle (bundle.mjs, `standalone`) with V8's code cache.
//
// Why: an ingest worker thread is a fresh V8 isolate. Loading its code the usual way resolves,
// reads, parses and compiles exceljs, zod and the rest file by file at every start, and the first
// workbooks then compile each function they call. A code cache is what V8 compiled the last time:
// with it, a worker's start and its first workbook take ≈ 0.4–0.5 s less (bench/README.md).
// Node 20 has no code cache for modules (module.enableCompileCache is Node 22), so the bundle is
// run as one script through node:vm — this file, and nowhere else.
//
// The cache sits beside the bundle and is named after the bundle file's identity — its size, inode,
// and modification and change times in nanoseconds — so a cache is never used for another version
// of the code: bin/bundle.mjs writes each version to a new file renamed over the old one (a new
// inode, new times), and any other write to the file changes its times. V8 itself checks only the
// source's length, and rejects a cache made by another V8 or with other flags (a new one is then
// written). The key costs one stat: hashing the 2 MB source (SHA-256, as this did before) took a
// worker ≈ 10–25 ms as it started, node:crypto's own loading included. Writing is best effort (a
// read-only install just runs without it).
'use strict';
const { isAscii } = require('node:buffer');
const { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** The pending write of this thread's code cache (see writeCodeCacheNow). */
const PENDING = Symbol.for('baocao.code-cache.write');

/**
 * How long the code runs before its cache is written, unless writeCodeCacheNow is called first
 * (an ingest worker does, after its first workbook): long enough to have read a few workbooks (a
 * warm worker reads one in ≈ 3–5 ms, the first in ≈ 100 ms). It was 1 s: a batch that took less —
 * 200 forms on one worker on a quiet machine, any small ingest — ended its workers first, and
 * every later start ran without a cache (≈ 0.2 s more for each worker).
 */
const WRITE_AFTER_MS = 500;

/**
 * The source of a file and the key of its cache: the identity of the very file read (one open
 * file, stat'ed and read), so a file replaced meanwhile cannot give one version's key to another's source.
 * @param {string} file
 * @returns {{ source: string, key: string }}
 */
function readKeyed(file) {
  const fd = openSync(file, 'r');
  try {
    const s = fstatSync(fd, { bigint: true });
    const key = [s.size, s.ino, s.mtimeNs, s.ctimeNs].map((n) => n.toString(36)).join('-');
    // bundle.mjs writes its standalone bundles in ASCII when it can: then read as Latin-1 (the same
    // text), twice as fast as decoding UTF-8 (≈ 12 against ≈ 25 ms for 2 MB in a worker).
    const bytes = readFileSync(fd);
    return { source: isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'), key };
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs a CommonJS file as `require` would, from its code cache when there is a valid one.
 * @param {string} file absolute path of the bundle
 * @param {{ writeAfterMs?: number }} [options] 0 writes the cache at once (tests)
 * @returns {{ exports: unknown, cache: 'used' | 'written' | 'scheduled' | 'none' }}
 */
function runCached(file, options = {}) {
  const { source, key } = readKeyed(file);
  const cacheFile = `${file}.${key}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // No import() in the script: node:vm gives it no module loader (Node 20's way to give it one is
  // experimental and lost when the code comes from a cache); bundle.mjs refuses to make such a bundle.
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const used = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  if (used) return { exports: module.exports, cache: 'used' };

  const write = () => {
    // Under a temporary name, then renamed: another thread or process never reads half a cache.
    const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
      return true;
    } catch {
      rmSync(temp, { force: true });
      return false;
    }
  };
  const delay = options.writeAfterMs ?? WRITE_AFTER_MS;
  if (delay === 0) return { exports: module.exports, cache: write() ? 'written' : 'none' };
  let done = false;
  const once = () => {
    if (done) return false;
    done = true;
    if (globalThis[PENDING] === once) delete globalThis[PENDING];
    return write();
  };
  globalThis[PENDING] = once;
  setTimeout(once, delay).unref();
  return { exports: module.exports, cache: 'scheduled' };
}

/**
 * The code cache's write, scheduled by runCached in this thread, made now (once): an ingest worker
 * calls it when its first workbook is read, so that the functions a form needs are in the cache.
 * Waiting for the timer alone, a batch shorter than WRITE_AFTER_MS (most of a district's: tens of
 * forms) ended its worker first and the cache was never written — every run then started cold.
 * The bundled code calls this through its own copy of this file: the pending write is found
 * through the process-wide symbol registry. Returns whether a cache was written.
 */
function writeCodeCacheNow() {
  const pending = globalThis[PENDING];
  return typeof pending === 'function' ? pending() : false;
}

module.exports = { runCached, writeCodeCacheNow };
