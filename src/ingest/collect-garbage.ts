import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How often, at most, the ingest's main thread collects its garbage in full. */
const COLLECT_EVERY_MS = 5000;

/**
 * A full garbage collection of this thread, on demand — or nothing, when V8 refuses.
 *
 * Why: the ingest's main thread holds the plan (≈ 95 MB for a 10,000-organisation plan) and
 * mostly waits on the workers; V8 then lets its heap grow to about twice what is live before
 * collecting (230 MB of heap for 95 MB live), which made that thread the largest part of the
 * batch's peak memory. V8's heap growing flag would fix that, but it is process-wide and made
 * the workers, which live on short-lived garbage, collect several times per workbook.
 * Node has no API to ask for a collection: `gc` exists only under --expose-gc, which is turned
 * on for a moment to fetch it (the known vm.runInNewContext way) — here and nowhere else.
 */
function fullCollection(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => gc() : () => {};
  } catch {
    return () => {};
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * Returns a function to call after each file of a batch: it collects the main thread's garbage
 * in full at the first call (what loading the plan left) and then at most every 5 s — a full
 * collection takes tens of milliseconds, while this thread mostly waits on the workers.
 */
export function periodicCollector(): () => void {
  const collect = fullCollection();
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const now = performance.now();
    if (now - last < COLLECT_EVERY_MS) return;
    last = now;
    collect();
  };
}
