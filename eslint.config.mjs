// ESLint for the whole tree (src, tests, bench, scripts): typescript-eslint's
// recommended rules, plus the layer rules of src/ (see README, "Checks"):
//   core → i18n;  app → core, i18n;  adapters → app, core, i18n;  hosts → anything;
//   i18n → nothing in src;  core/domain → nothing outside itself (not even i18n).
// Imports are resolved to real files (eslint-plugin-import-x with the TypeScript
// resolver), so '../../adapters/x' is caught whatever way it is spelled.
// Below hosts, no file may name the Apps Script, Node (`process`…) or DOM globals:
// only src/hosts/* talk to a runtime.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** Apps Script services and namespaces: only src/hosts/apps-script may name them. */
export const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'SlidesApp',
  'FormApp',
  'DriveApp',
  'GmailApp',
  'CalendarApp',
  'MailApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'HtmlService',
  'ContentService',
  'CardService',
  'ScriptApp',
  'Session',
  'Utilities',
  'Logger',
  'UrlFetchApp',
  'Browser',
  'Charts',
  'XmlService',
  'Jdbc',
  'Maps',
  'Drive',
  'Sheets',
  'Docs',
  'google',
  'GoogleAppsScript',
];
/** Node's globals: only src/hosts/cli and src/hosts/preview (and tests, scripts) may name them. */
export const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'exports', 'global', 'setImmediate'];
/** The browser's globals: only src/hosts/sidebar may name them. */
export const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'alert',
  'confirm',
  'prompt',
  'self',
  'HTMLElement',
  'Element',
  'Node',
  'Event',
  'CustomEvent',
  'DOMParser',
  'XMLHttpRequest',
  'getComputedStyle',
  'requestAnimationFrame',
];

const restrictedGlobals = (names, where) => names.map((name) => ({ name, message: `${name} is a runtime global: ${where}` }));
const HOSTS_ONLY = 'only src/hosts/* may use it; take it as a parameter or through a port.';

/** Member access on a runtime object, even one redeclared locally (`declare const SpreadsheetApp: …`). */
const memberSelectors = (names) => ({
  selector: `MemberExpression[object.type='Identifier'][object.name=/^(${names.join('|')})$/]`,
  message: `Runtime object: ${HOSTS_ONLY}`,
});

const SRC_LAYERS = ['src/core', 'src/app', 'src/adapters', 'src/i18n'];
const inLayers = (layers) => layers.map((l) => `${l}/**/*.ts`);

export default defineConfig(
  { ignores: ['build/**', 'dist/**', 'out/**', 'coverage/**', 'test-output/**', 'node_modules/**', 'examples/**'] },

  // ---- Rules for everything ----
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      // Unused names are errors, except deliberately ignored ones (_x) and rest siblings.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ['src/hosts/sidebar/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // ---- Layers: who may import whom (paths resolved to files) ----
  {
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            { target: './src/core', from: ['./src/app', './src/adapters', './src/hosts'], message: 'core imports only core and i18n.' },
            {
              target: './src/core/domain',
              from: ['./src/core/workbook', './src/core/summary', './src/core/import', './src/core/wording', './src/i18n'],
              message: 'core/domain is the bottom of core: it imports only itself (findings are codes; words are chosen in core/wording and above).',
            },
            { target: './src/app', from: ['./src/adapters', './src/hosts'], message: 'app imports only core and i18n (adapters come in through ports).' },
            { target: './src/adapters', from: ['./src/hosts'], message: 'adapters import only app, core and i18n.' },
            { target: './src/i18n', from: './src', except: ['./i18n'], message: 'i18n is a leaf: it imports nothing from src.' },
          ],
        },
      ],
    },
  },

  // ---- Layers below hosts: no runtime globals ----
  {
    files: inLayers(SRC_LAYERS),
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(APPS_SCRIPT_GLOBALS, HOSTS_ONLY),
        ...restrictedGlobals(['process', 'globalThis'], HOSTS_ONLY),
        ...restrictedGlobals(DOM_GLOBALS, HOSTS_ONLY),
      ],
      'no-restricted-syntax': ['error', memberSelectors([...APPS_SCRIPT_GLOBALS, 'process', 'globalThis', 'window'])],
    },
  },
  {
    // The pure layers do not even know they run on Node.
    files: inLayers(['src/core', 'src/app', 'src/i18n']),
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictedGlobals(APPS_SCRIPT_GLOBALS, HOSTS_ONLY),
        ...restrictedGlobals(['globalThis'], HOSTS_ONLY),
        ...restrictedGlobals(NODE_GLOBALS, HOSTS_ONLY),
        ...restrictedGlobals(DOM_GLOBALS, HOSTS_ONLY),
      ],
    },
  },

  // ---- Node built-in modules (fs, path, node:*…): only where a file system or a server is real ----
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/xlsx/**', 'src/hosts/cli/**', 'src/hosts/preview/**', 'src/hosts/paths.ts'],
    rules: { 'import-x/no-nodejs-modules': ['error', { allow: [] }] },
  },
);
