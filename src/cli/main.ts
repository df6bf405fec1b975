// The `ctg` command: parses arguments and dispatches to one command.
// Returns the exit code: 0 fine, 1 the check found errors, 2 unusable input.
import * as fs from 'fs';
import * as path from 'path';
import { parseConvention } from '../domain/parse';
import { checkConvention } from '../domain/check';
import { hasErrors } from '../domain/report';
import { Convention } from '../domain/schema';
import { printReport } from './print';
import { frCli } from '../i18n/fr-cli';
import { cmdImport } from './cmd-import';

export const EXAMPLE_FILE = path.join(__dirname, '..', '..', 'examples', 'thore-montagne-noire.json');

export class UsageError extends Error {}

export function readConventionFile(file: string): Convention {
  if (!fs.existsSync(file)) throw new UsageError(frCli.fileMissing(file));
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(frCli.invalidJson(file, (e as Error).message));
  }
  const parsed = parseConvention(data);
  if (!parsed.ok) throw new UsageError([frCli.invalidConvention(file), ...parsed.errors.map((m) => `  - ${m}`)].join('\n'));
  return parsed.value;
}

async function demo(): Promise<number> {
  const convention = readConventionFile(EXAMPLE_FILE);
  const report = checkConvention(convention);
  console.log(printReport(convention.name, report));
  return hasErrors(report.findings) ? 1 : 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  demo,
  import: cmdImport,
  help: async () => (console.log(frCli.usage), 0),
};

export async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...args] = argv;
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`${frCli.unknownCommand(command)}\n\n${frCli.usage}`);
    return await run(args);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
}
