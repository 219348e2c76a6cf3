import type { Command } from 'commander';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { type CliContext, EXIT } from '../context.ts';

export function registerTemplateCommand(program: Command, ctx: CliContext): void {
  program
    .command('template')
    .description('lập biểu mẫu Excel cho từng đơn vị và kỳ báo cáo')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      ctx.stderr(CLI_TEXT.notImplemented('template'));
      ctx.exitCode = EXIT.usage;
    });
}
