// The `ctg` command: parses arguments and dispatches to one command.
// Returns the exit code: 0 fine, 1 the check found errors, 2 unusable input.
// The user never sees a stack trace: unexpected errors become a French message (exit 2).
import { frCli } from '../../i18n/fr-cli';
import { frXlsx } from '../../i18n/fr-workbook';
import { UserError } from '../../app/errors';
import { packageVersion } from '../paths';

// Each command module is imported when it runs, so a command loads only what it needs
// (`ctg --help` and `ctg import` load neither exceljs nor docx).
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  demo: async () => (await import('./cmd-demo')).demo(),
  init: async (args) => (await import('./cmd-init')).init(args),
  refresh: async (args) => (await import('./cmd-refresh')).refresh(args),
  check: async (args) => (await import('./cmd-check')).check(args),
  summary: async (args) => (await import('./cmd-summary')).summaryCommand(args),
  bilan: async (args) => (await import('./cmd-bilan')).bilanCommand(args),
  import: async (args) => (await import('./cmd-import')).cmdImport(args),
  extract: async (args) => (await import('./cmd-extract')).extract(args),
  merge: async (args) => (await import('./cmd-merge')).merge(args),
  help: async ([command]) => (console.log(command && command in COMMANDS ? frCli.commandUsage(command) : frCli.usage), 0),
};
COMMANDS['--help'] = COMMANDS['-h'] = COMMANDS.help;
COMMANDS['--version'] = COMMANDS['-v'] = async () => (console.log(frCli.version(packageVersion())), 0);

const isHelpFlag = (a: string) => a === '-h' || a === '--help';

export async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...args] = argv;
  const run = COMMANDS[command];
  try {
    if (!run) throw new UserError(`${frCli.unknownCommand(command)}\n\n${frCli.usage}`);
    // `ctg summary -h`, wherever the flag stands: that command's help, before its arguments are checked.
    if (args.some(isHelpFlag) && COMMANDS[command] !== COMMANDS.help) return await COMMANDS.help([command]);
    return await run(args);
  } catch (e) {
    if (e instanceof UserError) console.error(e.message);
    else console.error(frXlsx.unexpected(e instanceof Error ? e.message : String(e)));
    return 2;
  }
}
