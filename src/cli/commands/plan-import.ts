import type { Command } from 'commander';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { type CliContext, EXIT } from '../context.ts';

/** `baocao plan import` — registered on the `plan` command by commands/plan.ts. */
export function registerPlanImportCommand(plan: Command, ctx: CliContext): void {
  plan
    .command('import')
    .description('soạn tệp kế hoạch từ văn bản quyết định (.docx hoặc .txt)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      ctx.stderr(CLI_TEXT.notImplemented('plan import'));
      ctx.exitCode = EXIT.usage;
    });
}
