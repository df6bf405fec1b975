// Lints texts as if they were files of the tree, with the ESLint Node API and the
// project's eslint.config.mjs, and prints the messages as JSON. Run as a child
// process by tests/build/boundaries.test.ts: ESLint loads its ESM config through
// import(), which jest's module sandbox does not allow.
// Input (stdin): [{ "file": "src/core/x.ts", "code": "…" }, …]
// Output (stdout): [["rule-id: message", …], …], one array per input, in order.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  out.push(result.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
process.stdout.write(JSON.stringify(out));
