/** Runs a standalone CommonJS bundle with V8's code cache (bin/code-cache.cjs). */
export function runCached(
  file: string,
  options?: { writeAfterMs?: number },
): { exports: unknown; cache: 'used' | 'written' | 'scheduled' | 'none' };
