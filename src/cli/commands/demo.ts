import type { Command } from 'commander';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { type CliContext, EXIT } from '../context.ts';

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('chạy toàn bộ quy trình trên dữ liệu mẫu vào một thư mục mới')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      ctx.stderr(CLI_TEXT.notImplemented('demo'));
      ctx.exitCode = EXIT.usage;
    });
}
