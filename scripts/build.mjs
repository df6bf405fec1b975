// npm run build: bundles the add-on for Apps Script into build/ (clasp's rootDir).
//  - build/Code.js: src/hosts/apps-script bundled by esbuild into one IIFE, followed by one
//    top-level `function` per entry point (Apps Script only sees top-level functions);
//  - build/Sidebar.html: the sidebar script and style inlined into one HTML file;
//  - build/appsscript.json: copied from the repository root.
// Usage: node scripts/build.mjs [--out <dir>] [--analyze]  (--analyze lists what weighs in Code.js)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outDir = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(root, 'build'));
const GLOBAL = 'CTG';

async function buildServer() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/hosts/apps-script/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
    // UTF-8 rather than \xE9-style escapes: the French text is a good part of the bundle.
    charset: 'utf8',
    mainFields: ['module', 'main'],
    metafile: true,
  });
  if (process.argv.includes('--analyze')) console.log(await esbuild.analyzeMetafile(result.metafile, { verbose: false }));
  const bundle = result.outputFiles[0].text;
  // Names of the entry points, read from the bundle itself so the stubs can never drift from the code.
  const context = vm.createContext({});
  vm.runInContext(`${bundle}\nthis.names = Object.keys(${GLOBAL}.ENTRY_POINTS);`, context);
  const names = context.names;
  const stubs = names.map((n) => `function ${n}(){return ${GLOBAL}.ENTRY_POINTS.${n}.apply(null,arguments)}`);
  return { code: `${bundle}\n// Entry points visible to Apps Script.\n${stubs.join('\n')}\n`, names };
}

async function buildSidebar() {
  const script = await esbuild.build({
    entryPoints: [path.join(root, 'src/hosts/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  const css = await esbuild.transform(fs.readFileSync(path.join(root, 'src/hosts/sidebar/sidebar.css'), 'utf8'), { loader: 'css', minify: true });
  const template = fs.readFileSync(path.join(root, 'src/hosts/sidebar/sidebar.html'), 'utf8');
  // A literal "</script" inside the inlined code would end the tag early.
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  return template.replace('/*STYLE*/', () => css.code.trim()).replace('/*SCRIPT*/', () => js.trim());
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function build() {
  fs.mkdirSync(outDir, { recursive: true });
  const [server, sidebar] = await Promise.all([buildServer(), buildSidebar()]);
  fs.writeFileSync(path.join(outDir, 'Code.js'), server.code);
  fs.writeFileSync(path.join(outDir, 'Sidebar.html'), sidebar);
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(outDir, 'appsscript.json'));
  const codeSize = Buffer.byteLength(server.code);
  const htmlSize = Buffer.byteLength(sidebar);
  const where = path.relative(root, outDir) || '.';
  console.log(`${where}/Code.js       ${kb(codeSize)} (target < 150 KB), ${server.names.length} global functions: ${server.names.join(', ')}`);
  console.log(`${where}/Sidebar.html  ${kb(htmlSize)} (target < 60 KB)`);
  console.log(`${where}/appsscript.json copied`);
}

build().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
