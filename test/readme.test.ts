import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);

/** The TypeScript block after "<!-- example -->" in the README, exactly as a reader sees it. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const match = /<!-- example -->\s*```ts\n([\s\S]*?)```/.exec(readme);
  if (!match?.[1]) throw new Error('README has no example block');
  return match[1];
}

describe('README library example', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs as written from the project root → prints what its comments say', async () => {
    // Inside the package, so `import … from 'baocao'` resolves through package.json "exports".
    dir = await mkdtemp(join(ROOT, 'test', '.readme-'));
    const file = join(dir, 'example.mts');
    await writeFile(file, await readmeExample());
    const { stdout } = await run(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, timeout: 120_000 });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('gte 600 hội viên');
    expect(lines[1]).toBe('12 nhận, 1 từ chối');
    expect(lines[2]).toBe('Quý II năm 2024');
    expect(lines.slice(3).map((l) => l.split(' ')[0])).toEqual(['MTTQ', 'HLHPN', 'HCCB', 'HND', 'LDLD', 'TDTN']);
  });
});
