// `ctg summary <classeur.xlsx|convention.json> --out <fichier.docx|fichier.md> [--action FA07 | --actions]`
// The convention summary, or the fiche of one action (or of all of them), as
// .docx or Markdown, from the same document model as the Google Docs summary.
import * as fs from 'fs';
import * as path from 'path';
import { Convention } from '../../core/domain/schema';
import { CheckReport } from '../../core/domain/report';
import { checkAsGenerated, checkWorkbook } from '../../core/workbook/refresh';
import { buildConventionSummary, SummaryMeta } from '../../core/summary/convention-summary';
import { buildActionFiches, UnknownActionError } from '../../core/summary/action-fiche';
import type { SummaryDocument } from '../../core/summary/model';
import { renderDocx } from '../../adapters/docx/render';
import { writeFileWhole } from './files';
import { renderMarkdown } from '../../adapters/markdown/render';
import { frSummaryCli } from '../../i18n/fr-summary';
import { readConventionFile, requireOutFolder } from './usage';
import { UserError } from '../../app/errors';
import { readXlsxFile, requireCtgWorkbook } from '../../adapters/xlsx/read-file';
import { parseArgs } from './args';

export type SummaryArgs = { input: string; out: string; format: 'docx' | 'md'; action?: string; allActions: boolean };

export function parseSummaryArgs(args: string[]): SummaryArgs {
  const { positional, flags, options } = parseArgs(args, { flags: ['--actions'], options: ['--out', '--action'] });
  const [input, ...extra] = positional;
  if (extra.length) throw new UserError(`${frSummaryCli.extraArgument(extra[0])}\n${frSummaryCli.usage}`);
  if (!input) throw new UserError(`${frSummaryCli.missingInput}\n${frSummaryCli.usage}`);
  const out = options.get('--out');
  if (!out) throw new UserError(`${frSummaryCli.missingOut}\n${frSummaryCli.usage}`);
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.docx' && ext !== '.md') throw new UserError(frSummaryCli.badExtension(out));
  const action = options.get('--action')?.trim();
  if (action === '') throw new UserError(frSummaryCli.usage);
  return { input, out, format: ext === '.docx' ? 'docx' : 'md', ...(action !== undefined ? { action } : {}), allActions: flags.has('--actions') };
}

/** A workbook (.xlsx, read and checked with cell positions) or a convention (.json). */
export async function loadChecked(file: string): Promise<{ convention: Convention; report: CheckReport }> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return checkWorkbook(requireCtgWorkbook(file, await readXlsxFile(file)), { today: new Date() });
  if (ext === '.json') {
    const convention = readConventionFile(file);
    return { convention, report: checkAsGenerated(convention) };
  }
  throw new UserError(frSummaryCli.unsupportedInput(file));
}

export function summaryDocument(
  convention: Convention,
  report: CheckReport,
  meta: SummaryMeta,
  args: Pick<SummaryArgs, 'action' | 'allActions'>,
): SummaryDocument {
  if (args.action === undefined && !args.allActions) return buildConventionSummary(convention, report, meta);
  try {
    return buildActionFiches(convention, report, meta, args.action);
  } catch (e) {
    if (e instanceof UnknownActionError) throw new UserError(e.message);
    throw e;
  }
}

export async function writeDocument(doc: SummaryDocument, file: string, format: 'docx' | 'md'): Promise<void> {
  writeFileWhole(file, format === 'docx' ? await renderDocx(doc) : renderMarkdown(doc));
}

export async function summaryCommand(args: string[], now: () => Date = () => new Date()): Promise<number> {
  const parsed = parseSummaryArgs(args);
  // As init and import: a document someone may have edited is never overwritten (the demo writes its own files).
  if (fs.existsSync(parsed.out)) throw new UserError(frSummaryCli.outExists(parsed.out));
  requireOutFolder(parsed.out);
  const { convention, report } = await loadChecked(parsed.input);
  const doc = summaryDocument(convention, report, { generatedAt: now() }, parsed);
  await writeDocument(doc, parsed.out, parsed.format);
  console.log(frSummaryCli.written(parsed.out));
  // The document is written all the same (it lists them), but nobody should hand it out unaware.
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) console.error(frSummaryCli.writtenWithErrors(errors));
  return 0;
}
