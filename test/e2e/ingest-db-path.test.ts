import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureContext } from '../helpers/cli.ts';
import { PLAN_FILE, tempDir } from '../ingest/setup.ts';

const SAMPLE_FORMS = join(import.meta.dirname, '../../samples/filled');

/** Every command that takes --db, with what it needs besides. */
function commands(out: string): Array<[string, string[]]> {
  return [
    ['ingest', ['ingest', SAMPLE_FORMS, '--plan', PLAN_FILE]],
    ['status', ['status', '--plan', PLAN_FILE, '--period', '2024-Q2']],
    ['export', ['export', '--plan', PLAN_FILE, '--period', '2024-Q2', '-o', join(out, 'tong-hop.xlsx')]],
    ['report', ['report', '--plan', PLAN_FILE, '--period', '2024-Q2', '-o', join(out, 'bao-cao.docx')]],
    ['template', ['template', PLAN_FILE, '--period', '2024-Q2', '-o', join(out, 'bieu-mau')]],
  ];
}

describe('--db in a folder that does not exist', () => {
  it.each(commands(tempDir('db-path-out-')).map(([name, args]) => [name, args] as const))(
    '%s → exit 2, a Vietnamese message naming the missing folder, nothing created',
    async (_name, args) => {
      const root = tempDir('db-path-');
      const folder = join(root, 'khong-co');
      const ctx = captureContext();
      const code = await main(['node', 'baocao', ...args, '--db', join(folder, 'baocao.db')], ctx);
      const err = ctx.err.join('\n');
      expect(code).toBe(2);
      expect(err).toContain(`Thư mục "${folder}"`);
      expect(err).toContain('không tồn tại');
      expect(err).not.toMatch(/không xác định|directory|Cannot/);
      expect(existsSync(folder)).toBe(false);
    },
  );

  it('--db naming a folder → exit 2, says it is a folder and how to name the file', async () => {
    const folder = join(tempDir('db-path-'), 'du-lieu');
    mkdirSync(folder);
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'ingest', SAMPLE_FORMS, '--plan', PLAN_FILE, '--db', folder], ctx);
    expect(code).toBe(2);
    expect(ctx.err.join('\n')).toContain(`"${folder}" là một thư mục`);
    expect(ctx.err.join('\n')).toContain(`${folder}/baocao.db`);
  });
});
