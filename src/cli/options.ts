import type { z } from 'zod';
import { CLI_TEXT } from '../vi/cli-text.ts';
import { type CliContext, EXIT } from './context.ts';

/** The flag a user typed for an option key: commander's camelCase back to "--received-at". */
export function flagOf(key: PropertyKey | undefined): string {
  return `--${String(key ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Validates a command's options with its zod schema. On failure every bad option is printed
 * in Vietnamese, the exit code is set to 2 (bad usage) and null is returned.
 */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown, ctx: CliContext): z.infer<S> | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.stderr(CLI_TEXT.badOption(flagOf(issue.path[0]), issue.message));
  ctx.exitCode = EXIT.usage;
  return null;
}
