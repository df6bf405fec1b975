// The seed texts (real public CTG pages) live outside the repository, in
// <repo>/../shared/seeds/. Tests read them from there and never copy them.
import * as fs from 'fs';
import * as path from 'path';

export const SEEDS_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

/** The text of the seed whose file name starts with `prefix` ("000", "001", "003"); fails plainly when absent. */
export function loadSeed(prefix: string): string {
  if (!fs.existsSync(SEEDS_DIR)) throw new Error(`Seed texts not found: expected the folder ${SEEDS_DIR} (the repository's ../shared/seeds).`);
  const file = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`Seed text ${prefix}_*.txt not found in ${SEEDS_DIR}.`);
  return fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}
