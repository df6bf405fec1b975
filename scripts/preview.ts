// npm run preview -- --port 8787 [--example empty|typed|full] [--build <dir>]
// Serves the built sidebar and an in-memory workbook on http://127.0.0.1:<port>/.
import * as path from 'path';
import { createPreviewServer } from '../src/hosts/preview/server';
import { START_MODES, StartMode } from '../src/hosts/preview/example';
import { frPreview } from '../src/i18n/fr-addon';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const portText = option('port', '8787');
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(frPreview.badPort(portText));
  process.exit(2);
}
const mode = option('example', 'typed') as StartMode;
const buildDir = path.resolve(option('build', path.join(__dirname, '..', 'build')));
const server = createPreviewServer({ buildDir, mode: START_MODES.includes(mode) ? mode : 'typed' });
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(frPreview.listening(`http://127.0.0.1:${actual}/`));
});
