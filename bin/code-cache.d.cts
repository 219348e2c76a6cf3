/** Runs a standalone CommonJS bundle with V8's code cache (bin/code-cache.cjs). */
export function runCached(
  file: string,
  options?: { writeAfterMs?: number },
): { exports: unknown; cache: 'used' | 'written' | 'scheduled' | 'none' };

/** Writes the code cache runCached scheduled in this thread, now (once); false when none is pending or the write failed. */
export function writeCodeCacheNow(): boolean;
