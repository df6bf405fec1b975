// Bundles the `ctg` command into dist/cli/ctg.cjs (run by `npm install` through `prepare`,
// and by `npm run build`): bin/ctg.js then runs plain JavaScript, never compiling TypeScript
// on a call. Packages (exceljs, docx, zod) stay outside the bundle and each command imports
// its module lazily, so `ctg --help` loads neither exceljs nor docx.
// Usage: node scripts/build-cli.mjs [--quiet]
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Two levels under the repository, like src/hosts/paths.ts, so that its __dirname/../.. is the repository.
export const CLI_BUNDLE = path.join(root, 'dist', 'cli', 'ctg.cjs');

export async function buildCli() {
  await esbuild.build({
    entryPoints: [path.join(root, 'src/hosts/cli/main.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'error',
    sourcemap: false,
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli()
    .then(() => process.argv.includes('--quiet') || console.log(`${path.relative(root, CLI_BUNDLE)} written`))
    .catch((e) => {
      console.error(e.message ?? e);
      process.exit(1);
    });
}
