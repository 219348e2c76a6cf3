import type { Command } from 'commander';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { type CliContext, EXIT } from '../context.ts';

export function registerReportCommand(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('viết báo cáo tổng hợp Word theo thể thức văn bản của Đảng')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      ctx.stderr(CLI_TEXT.notImplemented('report'));
      ctx.exitCode = EXIT.usage;
    });
}
