import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Store } from '../model/store.ts';
import { openStore } from '../store/index.ts';
import { describeError } from '../vi/errors.ts';
import { STATUS_TEXT } from '../vi/status-export-text.ts';
import { type CliContext, EXIT } from './context.ts';

/**
 * The store a command works on, or null after telling the user, in Vietnamese, why it cannot be
 * opened (not a baocao database, damaged, made by a newer baocao, a folder that cannot be written).
 */
export function openStoreOrSay(ctx: CliContext, file: string): Store | null {
  const problem = dbPathProblem(file);
  if (problem) {
    ctx.stderr(problem);
    ctx.exitCode = EXIT.usage;
    return null;
  }
  try {
    return openStore(file);
  } catch (error) {
    ctx.stderr(STATUS_TEXT.dbUnreadable(file, describeError(error)));
    ctx.exitCode = EXIT.usage;
    return null;
  }
}

/**
 * What is wrong with a --db path before SQLite is asked to open it, in Vietnamese, naming the path:
 * a folder that does not exist (SQLite only says "directory does not exist", in English) or a
 * folder given in place of the file. Null when the path may be opened (or created).
 */
export function dbPathProblem(file: string): string | null {
  if (file === ':memory:') return null;
  const kind = (path: string) => {
    try {
      return statSync(path).isDirectory() ? 'folder' : 'file';
    } catch {
      return 'none';
    }
  };
  if (kind(file) === 'folder') return STATUS_TEXT.dbIsFolder(file);
  const folder = dirname(resolve(file));
  if (kind(folder) !== 'folder') return STATUS_TEXT.dbFolderMissing(file, dirname(file) === '.' ? folder : dirname(file));
  return null;
}
