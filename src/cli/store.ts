import type { Store } from '../model/store.ts';
import { openStore } from '../store/index.ts';
import { describeError } from '../vi/errors.ts';
import { STATUS_TEXT } from '../vi/evaluate-text.ts';
import { type CliContext, EXIT } from './context.ts';

/**
 * The store a command works on, or null after telling the user, in Vietnamese, why it cannot be
 * opened (not a baocao database, damaged, made by a newer baocao, a folder that cannot be written).
 */
export function openStoreOrSay(ctx: CliContext, file: string): Store | null {
  try {
    return openStore(file);
  } catch (error) {
    ctx.stderr(STATUS_TEXT.dbUnreadable(file, describeError(error)));
    ctx.exitCode = EXIT.usage;
    return null;
  }
}
