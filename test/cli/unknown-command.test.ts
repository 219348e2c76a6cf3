import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureContext } from '../helpers/cli.ts';

async function run(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('') };
}

describe('a command that does not exist', () => {
  it.each([
    [['tong-hop', '--help'], 'tong-hop'],
    [['tong-hop', '-h'], 'tong-hop'],
    [['tong-hop'], 'tong-hop'],
    [['help', 'tong-hop'], 'tong-hop'],
    [['plan', 'foo', '--help'], 'foo'],
  ])('%j → exit 2, says the command does not exist, no help printed', async (args, name) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Không có lệnh "${name}"`);
    expect(r.out).toBe('');
  });

  it('a typo without --help → still the suggestion of the nearest command', async () => {
    const r = await run('ingets');
    expect(r.code).toBe(2);
    expect(r.err).toContain('"ingest"');
  });

  it.each([[['--help']], [['help', 'ingest']], [['plan', 'check', '--help']], [['serve', '--help']], [['consolidate', '--help']]])('%j (commands that exist) → help, exit 0', async (args) => {
    const r = await run(...args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Cách dùng:');
  });
});
