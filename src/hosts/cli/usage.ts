// Errors that mean "the input cannot be used" (exit code 2), and reading a convention file.
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../../app/errors';
import { parseConvention } from '../../core/wording/parse';
import { Convention } from '../../core/domain/schema';
import { frCli } from '../../i18n/fr-cli';

export { EXAMPLE_FILE } from '../paths';

/** The folder of an output file must exist: say so in French before anything is written. */
export function requireOutFolder(out: string): void {
  const folder = path.dirname(path.resolve(out));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new UserError(frCli.outFolderMissing(out, path.dirname(out)));
}

export function readConventionFile(file: string): Convention {
  if (!fs.existsSync(file)) throw new UserError(frCli.fileMissing(file));
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(frCli.invalidJson(file, (e as Error).message));
  }
  const parsed = parseConvention(data);
  if (!parsed.ok) throw new UserError([frCli.invalidConvention(file), ...parsed.errors.map((m) => `  - ${m}`)].join('\n'));
  return parsed.value;
}
