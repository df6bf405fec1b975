// npm run typecheck: each layer under its own compiler settings (see tsconfig.base.json).
// One TypeScript program per tsconfig; each reports the errors of its own files only
// (the files its "include" names), so a file is checked once, under the narrowest
// settings that own it, while the files it imports are still type-checked against it.
// (`tsc -p` on each config would check every imported file again: five times slower.)
// Parsed files are shared between the programs, as an editor shares them between projects.
// Usage: node scripts/typecheck.mjs [--verbose]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');

/** Each src layer's tsconfig, then the one for everything else (tests, bench, scripts). */
export const LAYER_CONFIGS = [
  'src/i18n/tsconfig.json',
  'src/core/tsconfig.json',
  'src/app/tsconfig.json',
  'src/adapters/tsconfig.json',
  'src/hosts/apps-script/tsconfig.json',
  'src/hosts/sidebar/tsconfig.json',
  'src/hosts/cli/tsconfig.json',
  'src/hosts/preview/tsconfig.json',
];
const REST_CONFIG = 'tsconfig.json';

const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
const sourceFiles = new Map();

function parseConfig(file) {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, file), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) });
  if (parsed.errors.length) fail(parsed.errors);
  return parsed;
}

function fail(diagnostics) {
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost));
  process.exit(1);
}

function check(configFile, own) {
  const started = Date.now();
  const { options } = parseConfig(configFile);
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    let sf = sourceFiles.get(fileName);
    if (!sf) {
      sf = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (sf) sourceFiles.set(fileName, sf);
    }
    return sf;
  };
  const program = ts.createProgram({ rootNames: own, options, host });
  const ownSet = new Set(own.map((f) => path.resolve(f)));
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const sf of program.getSourceFiles()) {
    if (!ownSet.has(path.resolve(sf.fileName))) continue;
    diagnostics.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
  }
  if (verbose) console.log(`${configFile}: ${own.length} files, ${Date.now() - started} ms`);
  return diagnostics;
}

const owned = new Map(); // file → config that owns it
const diagnostics = [];
for (const config of LAYER_CONFIGS) {
  const own = parseConfig(config).fileNames;
  for (const f of own) if (!owned.has(path.resolve(f))) owned.set(path.resolve(f), config);
  diagnostics.push(...check(config, own));
}
// Every source file belongs to a layer: a new folder under src needs its own tsconfig.
const rest = parseConfig(REST_CONFIG).fileNames;
const orphans = rest.filter((f) => path.resolve(f).startsWith(path.join(root, 'src') + path.sep) && !owned.has(path.resolve(f)));
if (orphans.length) {
  console.error(`No layer tsconfig includes: ${orphans.map((f) => path.relative(root, f)).join(', ')} (add it to one listed in scripts/typecheck.mjs).`);
  process.exit(1);
}
diagnostics.push(
  ...check(
    REST_CONFIG,
    rest.filter((f) => !owned.has(path.resolve(f))),
  ),
);

if (diagnostics.length) fail(diagnostics);
