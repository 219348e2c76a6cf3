// How many ingest workers a batch gets when none is asked for: one per core but one — the main
// thread stores the forms and V8's helper threads compile and collect for every worker; on two
// cores the forms are read in the main thread alone (src/ingest/parallel.ts, bench/README.md).
import { afterEach, describe, expect, test, vi } from 'vitest';

const cores = vi.hoisted(() => ({ count: 2 }));
vi.mock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => cores.count }));

const { defaultWorkers } = await import('../../src/ingest/parallel.ts');

describe('defaultWorkers', () => {
  afterEach(() => {
    cores.count = 2;
  });

  test.each([
    [1, 1],
    [2, 1],
    [4, 3],
    [8, 7],
  ])('%i cores → %i worker(s)', (count, workers) => {
    cores.count = count;
    expect(defaultWorkers()).toBe(workers);
  });

  test('a count asked for is kept, whatever the cores; never below one', () => {
    cores.count = 8;
    expect(defaultWorkers(2)).toBe(2);
    expect(defaultWorkers(0)).toBe(1);
  });
});
