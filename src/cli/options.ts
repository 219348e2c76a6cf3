import { Option } from 'commander';
import { z } from 'zod';
import { PeriodIdSchema } from '../model/period.ts';
import { CLI_TEXT } from '../vi/cli-text.ts';
import { STATUS_TEXT } from '../vi/status-export-text.ts';
import { type CliContext, EXIT } from './context.ts';

/** The flag a user typed for an option key: commander's camelCase back to "--received-at". */
export function flagOf(key: PropertyKey | undefined): string {
  return `--${String(key ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

// The options most commands share, declared once: the flag and its argument name here, the
// Vietnamese help from the command (each says what its plan or period is for). A command adds
// them with .addOption(), in the order its --help lists them.

/** --plan <tệp>: required unless `required: false`. */
export function planOption(help: string, { required = true, arg = '<tệp>' }: { required?: boolean; arg?: string } = {}): Option {
  const option = new Option(`--plan ${arg}`, help);
  return required ? option.makeOptionMandatory() : option;
}

/** --period <kỳ>: required unless `required: false`. */
export function periodOption(help: string, { required = true }: { required?: boolean } = {}): Option {
  const option = new Option('--period <kỳ>', help);
  return required ? option.makeOptionMandatory() : option;
}

/** --db <tệp>: the store file (./baocao.db when left out). */
export function dbOption(help: string = CLI_TEXT.dbOption): Option {
  return new Option('--db <tệp>', help);
}

/** --json: exactly one JSON object on stdout. */
export function jsonOption(): Option {
  return new Option('--json', CLI_TEXT.jsonOption);
}

/** --force: replace an output that exists. */
export function forceOption(help: string): Option {
  return new Option('--force', help);
}

/** --plan, --period, --db, --json as parsed: the store a period is read from. */
export const StoreOptionsSchema = z.object({
  plan: z.string().min(1),
  period: PeriodIdSchema,
  db: z.string().min(1).default('./baocao.db'),
  json: z.boolean().optional(),
});
export type StoreOptions = z.infer<typeof StoreOptionsSchema>;

/** Every bad option in one line: "Tùy chọn không hợp lệ: --period: …; --db: …". */
export function optionsInOneLine(issues: readonly z.core.$ZodIssue[]): string {
  return STATUS_TEXT.badOption(issues.map((i) => `${flagOf(i.path[0])}: ${i.message}`).join('; '));
}

/**
 * Validates a command's options with its zod schema. On failure every bad option is printed
 * in Vietnamese (one line each, or as `message` words them), the exit code is set to 2 (bad
 * usage) and null is returned.
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  ctx: CliContext,
  message?: (issues: readonly z.core.$ZodIssue[]) => string,
): z.infer<S> | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (message) ctx.stderr(message(parsed.error.issues));
  else for (const issue of parsed.error.issues) ctx.stderr(CLI_TEXT.badOption(flagOf(issue.path[0]), issue.message));
  ctx.exitCode = EXIT.usage;
  return null;
}
