// `ctg import <texte.txt> --out <convention.json>`: reads the plain text of a
// convention, prints what was recognised and what must be checked, and writes
// the draft convention (schema-valid, ready for `ctg init`).
import * as fs from 'fs';
import { importText } from '../../core/import';
import { ImportResult } from '../../core/import/result';
import { requireOutFolder } from './usage';
import { UserError } from '../../app/errors';
import { frImportCli, ITEM_KIND_LABEL } from '../../i18n/fr-import';
import { frCli } from '../../i18n/fr-cli';
import { severityWords } from '../../i18n/fr-domain';

export function parseImportArgs(args: string[]): { input: string; out?: string } {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const rest = outAt < 0 ? args : args.filter((_, i) => i !== outAt && i !== outAt + 1);
  if (rest.length !== 1 || (outAt >= 0 && (out === undefined || out.startsWith('--')))) throw new UserError(frImportCli.missingArgs);
  return { input: rest[0], ...(out ? { out } : {}) };
}

/**
 * Text files saved from Word are UTF-8, UTF-16 ("Texte Unicode") or Windows-1252
 * ("Texte brut" on older Windows): read each as it was written.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || '' : String.fromCharCode(b))).join('');
  }
}

/** Windows-1252 bytes 0x80–0x9F (the rest is Latin-1): €, curly quotes, dashes, œ… ('' where undefined). */
const CP1252_HIGH = [
  '€',
  '',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '',
  'Ž',
  '',
  '',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '',
  'ž',
  'Ÿ',
];

export function printImport(file: string, result: ImportResult): string {
  const { draft, counts, items, consistency } = result;
  const p = draft.period;
  const period = p.startYear !== undefined || p.endYear !== undefined ? `${p.startYear ?? '?'}-${p.endYear ?? '?'}` : frImportCli.periodUnknown;
  const uncertain = items.filter((i) => i.status === 'uncertain');
  const lines = [frImportCli.title(file), '', frImportCli.counts(counts), frImportCli.period(period), '', frImportCli.uncertainTitle(uncertain.length)];
  for (const i of uncertain) lines.push(frImportCli.uncertainLine(i.line, ITEM_KIND_LABEL[i.kind], shorten(i.label), i.note ?? ''));
  if (consistency.length > 0) {
    lines.push('', frImportCli.consistencyTitle);
    for (const f of consistency) lines.push(frImportCli.consistencyLine(severityWords(f.severity), f.line, f.message));
  }
  return lines.join('\n');
}

/** Long titles cut to one terminal line's worth; the JSON keeps them whole. */
const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s);

export async function cmdImport(args: string[]): Promise<number> {
  const { input, out } = parseImportArgs(args);
  if (!fs.existsSync(input)) throw new UserError(frCli.fileMissing(input));
  // A draft someone has started to correct is never overwritten.
  if (out && fs.existsSync(out)) throw new UserError(frImportCli.outExists(out));
  if (out) requireOutFolder(out);
  let text: string;
  try {
    text = decodeText(fs.readFileSync(input));
  } catch (e) {
    throw new UserError(frImportCli.unreadableText(input, (e as Error).message));
  }
  // Decoded text never holds NUL characters (UTF-16 ones are gone by now): a binary file would give an empty draft.
  if (text.includes('\u0000')) throw new UserError(frImportCli.binaryFile(input));
  const result = importText(text);
  console.log(printImport(input, result));
  if (out) {
    fs.writeFileSync(out, JSON.stringify(result.draft, null, 2) + '\n', { encoding: 'utf8', flag: 'wx' });
    console.log('\n' + frImportCli.written(out));
  }
  return 0;
}
