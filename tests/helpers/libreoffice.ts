// LibreOffice headless, as the tests use it: each call gets a private profile and
// a fresh output folder, so parallel jest workers never share (and lock) one
// user installation. Missing tools fail plainly (CI installs them: see .ci/run).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function requireTool(name: string): void {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
  } catch {
    throw new Error(`${name} est introuvable : installez-le (apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils, voir .ci/run).`);
  }
}

/** Runs `soffice --convert-to format` on file into a new temp folder, which it returns (the caller removes it). */
export function sofficeConvert(file: string, format: string): string {
  requireTool('soffice');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-lo-out-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `lo-profile-${process.pid}-`));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return outDir;
}

/** Converts `file` to `format` (pdf, "txt:Text"…); returns the output file's path. */
export function convert(file: string, format: string): string {
  const outDir = sofficeConvert(file, format);
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice n'a pas produit ${out}`);
  return out;
}
