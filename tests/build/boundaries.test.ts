// The layer checks bite: ESLint (eslint.config.mjs) reports an import across a
// layer boundary and a runtime global below hosts, and the layers' TypeScript
// settings (src/*/tsconfig.json) do not know the DOM, Node or Apps Script.
import { execFileSync } from 'child_process';
import * as path from 'path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');

/** Each case linted as the file it names, by the configuration `npm run lint` uses. */
const CASES = {
  correctCore: {
    file: 'src/core/summary/x.ts',
    code: [
      "import { formatMoney } from '../domain/money';",
      "import { frSummary } from '../../i18n/fr-summary';",
      'export const line = (cents: number, when: string): string => `${frSummary.subtitle(formatMoney(cents), when)}`;',
      '',
    ].join('\n'),
  },
  coreImportsAdapter: { file: 'src/core/summary/x.ts', code: "import { renderMarkdown } from '../../adapters/markdown/render';\nexport const r = renderMarkdown;\n" },
  coreImportsAdapterRoundabout: {
    file: 'src/core/summary/x.ts',
    code: "import { renderMarkdown } from '../domain/../../adapters/markdown/render';\nexport const r = renderMarkdown;\n",
  },
  domainImportsWorkbook: { file: 'src/core/domain/x.ts', code: "export { TAB } from '../../i18n/fr-workbook';\nexport { a1 } from '../workbook/layout';\n" },
  domainImportsOwn: { file: 'src/core/domain/x.ts', code: "export { isConventionYear } from './years';\n" },
  coreNamesGlobals: {
    file: 'src/core/workbook/x.ts',
    code: 'export const a = () => SpreadsheetApp.getActive();\nexport const b = () => process.env.HOME;\nexport const c = () => document.title;\n',
  },
  adapterRedeclaresGlobal: { file: 'src/adapters/sheets/x.ts', code: 'declare const SpreadsheetApp: { flush(): void };\nexport const f = () => SpreadsheetApp.flush();\n' },
  coreImportsNode: { file: 'src/core/import/x.ts', code: "import * as fs from 'fs';\nimport { join } from 'node:path';\nexport const f = [fs, join];\n" },
  i18nImportsCore: { file: 'src/i18n/fr-x.ts', code: "import type { Finding } from '../core/domain/report';\nexport const f = (x: Finding) => x.message;\n" },
  appImportsHost: { file: 'src/app/x.ts', code: "import { UsageError } from '../hosts/cli/usage';\nexport const E = UsageError;\n" },
  hostUsesAnything: {
    file: 'src/hosts/cli/x.ts',
    code: "import * as fs from 'fs';\nimport { renderMarkdown } from '../../adapters/markdown/render';\nexport const f = () => [fs, renderMarkdown, process.argv];\n",
  },
};
type Case = keyof typeof CASES;

let reported: Record<Case, string[]>;
beforeAll(() => {
  const names = Object.keys(CASES) as Case[];
  const out = execFileSync(process.execPath, [path.join(root, 'tests/helpers/lint-texts.mjs')], {
    cwd: root,
    input: JSON.stringify(names.map((n) => CASES[n])),
    encoding: 'utf8',
  });
  const messages = JSON.parse(out) as string[][];
  reported = Object.fromEntries(names.map((n, i) => [n, messages[i]])) as Record<Case, string[]>;
});

describe('ESLint layer rules', () => {
  test('a correct core file passes', () => {
    expect(reported.correctCore).toEqual([]);
  });

  test('core importing an adapter is reported (resolved path, however it is spelled)', () => {
    for (const c of ['coreImportsAdapter', 'coreImportsAdapterRoundabout'] as const) {
      expect(reported[c]).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*core imports only core and i18n/)]);
    }
  });

  test('core/domain importing the rest of core, or French words, is reported; importing itself is not', () => {
    expect(reported.domainImportsWorkbook).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: Unexpected path "..\/..\/i18n\/fr-workbook".*core\/domain is the bottom of core/),
      expect.stringMatching(/^import-x\/no-restricted-paths: Unexpected path "..\/workbook\/layout".*core\/domain is the bottom of core/),
    ]);
    expect(reported.domainImportsOwn).toEqual([]);
  });

  test('core naming SpreadsheetApp, process or document is reported', () => {
    const text = reported.coreNamesGlobals.join('\n');
    expect(text).toMatch(/no-restricted-globals: Unexpected use of 'SpreadsheetApp'/);
    expect(text).toMatch(/no-restricted-globals: Unexpected use of 'process'/);
    expect(text).toMatch(/no-restricted-globals: Unexpected use of 'document'/);
  });

  test('a runtime object is reported even when declared locally', () => {
    expect(reported.adapterRedeclaresGlobal).toEqual([expect.stringMatching(/^no-restricted-syntax: /)]);
  });

  test('core importing a Node built-in is reported', () => {
    expect(reported.coreImportsNode).toEqual([
      expect.stringMatching(/^import-x\/no-nodejs-modules: .*"fs"/),
      expect.stringMatching(/^import-x\/no-nodejs-modules: .*"node:path"/),
    ]);
  });

  test('i18n importing core is reported: i18n is a leaf', () => {
    expect(reported.i18nImportsCore).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*i18n is a leaf/)]);
  });

  test('app importing a host is reported', () => {
    expect(reported.appImportsHost).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*app imports only core and i18n/)]);
  });

  test('hosts may import anything and name their runtime', () => {
    expect(reported.hostUsesAnything).toEqual([]);
  });
});

describe('TypeScript settings of the pure layers', () => {
  /** Type errors of `code` compiled as the file `file` under the tsconfig `config`. */
  function compile(config: string, file: string, code: string): string[] {
    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!parsed) throw new Error(`cannot read ${config}`);
    const fileName = path.join(root, file);
    const host = ts.createCompilerHost(parsed.options);
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (name, languageVersion, ...rest) =>
      path.resolve(name) === fileName ? ts.createSourceFile(name, code, languageVersion) : getSourceFile(name, languageVersion, ...rest);
    const fileExists = host.fileExists;
    host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
    const program = ts.createProgram({ rootNames: [fileName], options: parsed.options, host });
    const sourceFile = program.getSourceFile(fileName);
    return [...program.getSemanticDiagnostics(sourceFile), ...program.getSyntacticDiagnostics(sourceFile)].map((d) =>
      ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    );
  }

  test('a correct core file compiles under src/core/tsconfig.json', () => {
    expect(compile('src/core/tsconfig.json', 'src/core/domain/x.ts', "import { formatMoney } from './money';\nexport const s: string = formatMoney(1234);\n")).toEqual([]);
  });

  test.each([
    ['SpreadsheetApp', 'export const a = SpreadsheetApp.getActiveSpreadsheet();'],
    ['document', 'export const a = document.title;'],
    ['process', 'export const a = process.argv;'],
  ])('a core file naming %s does not compile under src/core/tsconfig.json', (name, code) => {
    expect(compile('src/core/tsconfig.json', 'src/core/domain/x.ts', code)).toEqual([expect.stringContaining(`Cannot find name '${name}'`)]);
  });

  test('the same file compiles under the settings of the host that owns that runtime', () => {
    expect(compile('src/hosts/apps-script/tsconfig.json', 'src/hosts/apps-script/x.ts', 'export const a = SpreadsheetApp.getActiveSpreadsheet();')).toEqual([]);
    expect(compile('src/hosts/sidebar/tsconfig.json', 'src/hosts/sidebar/x.ts', 'export const a = document.title;')).toEqual([]);
  });
});
