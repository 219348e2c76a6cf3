import { type Argument, Command, CommanderError, Help, type Option } from 'commander';
import { CLI_TEXT, HELP_EXTRAS, HELP_TITLES, translateCliError } from '../vi/cli-text.ts';
import { describeError, errorPath, fileErrorText } from '../vi/errors.ts';
import { type CliContext, EXIT, processContext } from './context.ts';
import { registerPlanCommands } from './commands/plan.ts';
import { registerTemplateCommand } from './commands/template.ts';
import { registerIngestCommand } from './commands/ingest.ts';
import { registerStatusCommand } from './commands/status.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerReportCommand } from './commands/report.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerHistoryCommands } from './commands/history.ts';
import { registerRemindCommand } from './commands/remind.ts';
import { registerServeCommand } from './commands/serve.ts';
import { unknownCommand } from './unknown-command.ts';
import { registerAssessCommand } from './commands/assess.ts';
import { registerSignCommand } from './commands/sign.ts';
import { registerVerifyCommand } from './commands/verify.ts';
import { registerUnitsCommands } from './commands/units.ts';
import { registerConsolidateCommand } from './commands/consolidate.ts';
import { addAllotmentOptions, registerAllotCommands } from './commands/allot.ts';
import { registerApproveCommands } from './commands/approve.ts';
import { ALLOT_CLI_TEXT } from '../vi/allot-text.ts';

class VietnameseHelp extends Help {
  override styleTitle(str: string): string {
    return HELP_TITLES[str] ?? str;
  }
  override commandUsage(cmd: Command): string {
    return localiseUsage(super.commandUsage(cmd));
  }
  override subcommandTerm(cmd: Command): string {
    return localiseUsage(super.subcommandTerm(cmd));
  }
  override optionDescription(option: Option): string {
    return localiseExtras(super.optionDescription(option));
  }
  override argumentDescription(argument: Argument): string {
    return localiseExtras(super.argumentDescription(argument));
  }
}

/** Commander appends "(default: …)", "(choices: …)" in English. */
function localiseExtras(text: string): string {
  return text
    .replace(/\(default: /g, `(${HELP_EXTRAS.default}: `)
    .replace(/\(choices: /g, `(${HELP_EXTRAS.choices}: `)
    .replace(/\(env: /g, `(${HELP_EXTRAS.env}: `);
}

function localiseUsage(usage: string): string {
  return usage.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');
}

/** Builds the program; every command module registers itself on it. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('baocao');
  program
    .description(CLI_TEXT.programDescription)
    .version('0.1.0', '-V, --version', CLI_TEXT.versionOption)
    .helpOption('-h, --help', CLI_TEXT.helpOption)
    .helpCommand('help [lệnh]', CLI_TEXT.helpCommand)
    .configureHelp({ sortSubcommands: false })
    .configureOutput({
      writeOut: (s) => ctx.stdout(s),
      writeErr: (s) => ctx.stderr(s),
      // Errors are translated and printed by main(); commander's English text is dropped.
      outputError: () => {},
    })
    .exitOverride();
  program.createHelp = () => Object.assign(new VietnameseHelp(), program.configureHelp());
  registerPlanCommands(program, ctx);
  registerTemplateCommand(program, ctx);
  registerIngestCommand(program, ctx);
  registerStatusCommand(program, ctx);
  registerExportCommand(program, ctx);
  registerReportCommand(program, ctx);
  registerHistoryCommands(program, ctx);
  registerRemindCommand(program, ctx);
  registerAssessCommand(program, ctx);
  registerSignCommand(program, ctx);
  registerVerifyCommand(program, ctx);
  registerUnitsCommands(program, ctx);
  registerConsolidateCommand(program, ctx);
  registerAllotCommands(program, ctx);
  // `template --allotment`: added last, so a `--unit` the template command declares itself is kept.
  addAllotmentOptions(program.commands.find((c) => c.name() === 'template'));
  // `report --unit … --allotment`: the unit's report judges its allotted targets against its share.
  addAllotmentOptions(program.commands.find((c) => c.name() === 'report'), ALLOT_CLI_TEXT.reportAllotmentOption);
  registerApproveCommands(program, ctx);
  registerDemoCommand(program, ctx);
  registerServeCommand(program, ctx);
  // Sub-commands share the Vietnamese help and error handling of the program.
  const configure = (cmd: Command) => {
    cmd.createHelp = program.createHelp;
    cmd.helpOption('-h, --help', CLI_TEXT.helpOption).exitOverride().configureOutput(program.configureOutput());
    cmd.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/** Runs the CLI; returns the exit code (the library never exits the process). */
export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  const program = buildProgram(ctx);
  const unknown = unknownCommand(program, argv.slice(2));
  if (unknown !== null) {
    ctx.stderr(translateCliError('commander.unknownCommand', `error: unknown command '${unknown}'`));
    ctx.stderr(CLI_TEXT.usageHint);
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv);
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return EXIT.ok;
      }
      ctx.stderr(translateCliError(error.code, error.message));
      ctx.stderr(CLI_TEXT.usageHint);
      return EXIT.usage;
    }
    // A file the system would not let us read or write (no permission, a full disk, a folder
    // in the way) is the user's to fix, not a bug: say which file and why, in Vietnamese.
    const fileProblem = fileErrorText(error);
    if (fileProblem !== undefined) {
      ctx.stderr(CLI_TEXT.fileError(errorPath(error), fileProblem));
      return EXIT.usage;
    }
    ctx.stderr(CLI_TEXT.unexpected(describeError(error)));
    if (process.env.BAOCAO_DEBUG && error instanceof Error) ctx.stderr(error.stack ?? '');
    return EXIT.usage;
  }
}
