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

/** Line and column of a JSON syntax error, from the position V8 gives in its (English) message; null at the end of the text. */
function jsonErrorPlace(text: string, message: string): { line: number; column: number } | null {
  const at = /position (\d+)/.exec(message);
  if (!at) return null;
  const before = text.slice(0, Number(at[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

export function readConventionFile(file: string): Convention {
  if (!fs.existsSync(file)) throw new UserError(frCli.fileMissing(file));
  let data: unknown;
  // A byte-order mark (Windows editors add one) is not part of the JSON.
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(frCli.invalidJson(file, jsonErrorPlace(text, (e as Error).message)));
  }
  const parsed = parseConvention(data);
  if (!parsed.ok) throw new UserError([frCli.invalidConvention(file), ...parsed.errors.map((m) => `  - ${m}`)].join('\n'));
  return parsed.value;
}
