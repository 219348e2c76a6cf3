/** What a command needs from the outside world; tests pass their own. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (progress bars, colours). */
  isTTY: boolean;
  /** The exit code the command chose: 0 all good, 1 findings with errors, 2 bad usage or unreadable input. */
  exitCode: number;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function processContext(): CliContext {
  return {
    stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    exitCode: 0,
  };
}

/** Prints exactly one JSON object on stdout. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
