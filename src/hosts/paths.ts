// Where the repository's own files are, seen from the hosts that run from it (the CLI, the preview).
import * as fs from 'fs';
import * as path from 'path';

const REPO_ROOT = path.join(__dirname, '..', '..');

/** The bundled example convention (seed 001) that `npm start` and the preview open. */
export const EXAMPLE_FILE = path.join(REPO_ROOT, 'examples', 'thore-montagne-noire.json');

/** The version in package.json (the same path from src/hosts and from the bundled dist/cli). */
export const packageVersion = (): string => (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Where `ctg demo` writes its workbook and summary. */
export const DEMO_OUT_DIR = path.join(REPO_ROOT, 'out');
