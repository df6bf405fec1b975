// Runs LibreOffice headless with a private profile per call, so parallel test
// workers never share (and lock) one user installation.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function requireTool(name: string): void {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
  } catch {
    throw new Error(`${name} est introuvable : installez LibreOffice (apt-get install -y libreoffice-writer-nogui poppler-utils).`);
  }
}

/** Converts `file` to `format` (pdf, "txt:Text"…) into a fresh temp dir; returns the output path. */
export function convert(file: string, format: string): string {
  requireTool('soffice');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-lo-out-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-summary-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], { stdio: 'pipe', timeout: 90_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const ext = format.split(':')[0];
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice n'a pas produit ${out}`);
  return out;
}
