import type { CliContext } from '../../src/cli/context.ts';

/** A CLI context that keeps what a command printed, for in-process `main(argv, ctx)` runs. */
export function captureContext(): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, exitCode: 0 };
}
