import type { Command } from 'commander';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { type CliContext, EXIT } from '../context.ts';
import { registerPlanImportCommand } from './plan-import.ts';

export function registerPlanCommands(program: Command, ctx: CliContext): void {
  const plan = program.command('plan').description('kiểm tra hoặc soạn tệp kế hoạch (nhiệm vụ, chỉ tiêu)');
  plan
    .command('check')
    .description('kiểm tra một tệp kế hoạch; in đơn vị, nhiệm vụ, chỉ tiêu')
    .argument('<kế-hoạch>', 'tệp kế hoạch .yaml hoặc .json')
    .option('--json', CLI_TEXT.jsonOption)
    .action(() => {
      ctx.stderr(CLI_TEXT.notImplemented('plan check'));
      ctx.exitCode = EXIT.usage;
    });
  registerPlanImportCommand(plan, ctx);
}
