#!/usr/bin/env node
// The `ctg` command: runs the JavaScript bundle that `npm install` (the `prepare` script) and
// `npm run build` write to dist/cli/ctg.cjs; nothing is compiled on a call. On a checkout
// where the bundle is missing (prepare skipped), it is built once, then run.
const path = require('path');
const fs = require('fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'ctg.cjs');
if (!fs.existsSync(bundle)) {
  require('child_process').execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build-cli.mjs'), '--quiet'], { stdio: 'inherit' });
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
