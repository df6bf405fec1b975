// The `ctg` command: parses arguments and dispatches to one command.
// Returns the exit code: 0 fine, 1 the check found errors, 2 unusable input.
// The user never sees a stack trace: unexpected errors become a French message (exit 2).
import { frCli } from '../../i18n/fr-cli';
import { frXlsx } from '../../i18n/fr-workbook';
import { UserError } from '../../app/errors';
import { demo } from './cmd-demo';
import { init } from './cmd-init';
import { refresh } from './cmd-refresh';
import { check } from './cmd-check';
import { summaryCommand } from './cmd-summary';
import { cmdImport } from './cmd-import';

export { readConventionFile, EXAMPLE_FILE } from './usage';
export { UserError } from '../../app/errors';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  demo,
  init,
  refresh,
  check,
  summary: (args) => summaryCommand(args),
  import: cmdImport,
  help: async () => (console.log(frCli.usage), 0),
};

export async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...args] = argv;
  const run = COMMANDS[command];
  try {
    if (!run) throw new UserError(`${frCli.unknownCommand(command)}\n\n${frCli.usage}`);
    return await run(args);
  } catch (e) {
    if (e instanceof UserError) console.error(e.message);
    else console.error(frXlsx.unexpected(e instanceof Error ? e.message : String(e)));
    return 2;
  }
}
