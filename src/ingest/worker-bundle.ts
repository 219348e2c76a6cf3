// Worker threads run plain JavaScript: the worker module is bundled with the packages it uses
// into one CommonJS script (bin/bundle.mjs, `standalone`, rebuilt when a source changes), which
// startWorker runs with V8's code cache (bin/code-cache.cjs). Loading the module graph through
// tsx inside each worker took ≈ 1.8 s and started one more loader-hooks thread per worker; the
// bundle with its packages left as imports ≈ 0.8 s; standalone and cached, ≈ 0.4 s less again
// (bench/README.md). When bundling is not possible (a read-only install), the worker runs its
// TypeScript through tsx.
import { bundled } from '../../bin/bundle.mjs';

const entries = new Map<string, Promise<URL>>();

/**
 * The worker module as one JavaScript file (checked at most once per process): standalone, else
 * with its packages left as imports, else — when bundling fails — the module itself.
 */
export function workerEntry(module: URL): Promise<URL> {
  if (!module.pathname.endsWith('.ts')) return Promise.resolve(module);
  let entry = entries.get(module.href);
  if (!entry) {
    entry = bundled(module, { standalone: true })
      .catch(() => bundled(module))
      .catch(() => module);
    entries.set(module.href, entry);
  }
  return entry;
}
