import type { Command } from 'commander';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { type CliContext, EXIT } from '../context.ts';

export function registerIngestCommand(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('tiếp nhận, kiểm tra và lưu các biểu mẫu đã điền')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      ctx.stderr(CLI_TEXT.notImplemented('ingest'));
      ctx.exitCode = EXIT.usage;
    });
}
