import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureContext } from '../helpers/cli.ts';
import { PLAN_FILE } from '../ingest/setup.ts';

const BIN = join(import.meta.dirname, '../../bin/baocao.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('baocao serve', () => {
  it('runs: prints the address, serves the home page on 127.0.0.1, stops on Ctrl+C with exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-'));
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve', '--plan', PLAN_FILE, '--db', join(dir, 'b.db'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 300 && !out.includes('http://'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain(`http://127.0.0.1:${port}/`);
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Tình hình báo cáo');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('Đã dừng');
  });

  it('a bad port, an empty password variable, a port in use → exit 2 with a Vietnamese message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-'));
    const bad = captureContext();
    expect(await main(['node', 'baocao', 'serve', '--plan', PLAN_FILE, '--db', join(dir, 'a.db'), '--port', '99999'], bad)).toBe(2);
    expect(bad.err.join('')).toContain('--port');
    const empty = captureContext();
    delete process.env.BAOCAO_TEST_EMPTY;
    expect(await main(['node', 'baocao', 'serve', '--plan', PLAN_FILE, '--password-env', 'BAOCAO_TEST_EMPTY'], empty)).toBe(2);
    expect(empty.err.join('')).toContain('BAOCAO_TEST_EMPTY');
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const port = (taken.address() as { port: number }).port;
    const inUse = captureContext();
    try {
      expect(await main(['node', 'baocao', 'serve', '--plan', PLAN_FILE, '--db', join(dir, 'a.db'), '--port', String(port)], inUse)).toBe(2);
    } finally {
      taken.close();
    }
    expect(inUse.err.join('')).toContain(`Cổng ${port}`);
  });
});
