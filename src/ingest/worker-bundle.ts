// Worker threads run plain JavaScript: the worker module is bundled like the CLI (bin/bundle.mjs:
// our TypeScript in one file, rebuilt when a source changes). Loading the module graph through
// tsx inside each worker took ≈ 1.8 s and started one more loader-hooks thread per worker. When
// bundling is not possible (a read-only install), the worker runs its TypeScript through tsx.
import { bundled } from '../../bin/bundle.mjs';

const entries = new Map<string, Promise<URL>>();

/** The worker module as one JavaScript file (checked at most once per process), or the module itself when bundling fails. */
export function workerEntry(module: URL): Promise<URL> {
  if (!module.pathname.endsWith('.ts')) return Promise.resolve(module);
  let entry = entries.get(module.href);
  if (!entry) {
    entry = bundled(module).catch(() => module);
    entries.set(module.href, entry);
  }
  return entry;
}
