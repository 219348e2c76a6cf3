import type { Command } from 'commander';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { type CliContext, EXIT } from '../context.ts';

export function registerStatusCommand(program: Command, ctx: CliContext): void {
  program
    .command('status')
    .description('tình hình nộp báo cáo và tiến độ chỉ tiêu của một kỳ')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      ctx.stderr(CLI_TEXT.notImplemented('status'));
      ctx.exitCode = EXIT.usage;
    });
}
