#!/usr/bin/env node
// The `ctg` command. Runs the TypeScript sources through tsx, so the command
// always matches the code in the repository (no stale compiled copy).
require('tsx/cjs');
require('../src/hosts/cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
