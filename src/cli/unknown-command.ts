import type { Command } from 'commander';

/**
 * The command a user typed that does not exist ("baocao consolidate --help", "baocao help
 * consolidate", "baocao plan foo"), or null. Commander shows the program's help for an unknown
 * command followed by --help, and exits 0, so a script could not tell a missing command from a
 * present one; main() refuses it before commander sees it, as it refuses it without --help.
 */
export function unknownCommand(program: Command, args: readonly string[]): string | null {
  // Without a request for help commander refuses an unknown command itself (with its "did you mean").
  const asksHelp = args.includes('--help') || args.includes('-h') || args.find((a) => !a.startsWith('-')) === 'help';
  if (!asksHelp) return null;
  const operands = args.filter((a) => !a.startsWith('-'));
  let cmd = program;
  for (let i = 0; i < operands.length; i++) {
    const word = operands[i] ?? '';
    if (cmd.commands.length === 0) return null;
    // "baocao help <lệnh>": the command asked about must exist too.
    if (word === 'help' && cmd === program) {
      const asked = operands[i + 1];
      return asked !== undefined && !findCommand(program, asked) ? asked : null;
    }
    const next = findCommand(cmd, word);
    if (!next) return word;
    cmd = next;
  }
  return null;
}

function findCommand(cmd: Command, name: string): Command | undefined {
  return cmd.commands.find((c) => c.name() === name || c.aliases().includes(name));
}
