// `ctg bilan <classeur.xlsx|convention.json> --year 2024 --out <fichier.docx|fichier.md>`
// The bilan annuel of one year of the period, as .docx or Markdown, from the same
// document model as the add-on's Google Doc.
import * as fs from 'fs';
import * as path from 'path';
import { hasErrors } from '../../core/domain/report';
import { buildAnnualReview, reviewYearProblem } from '../../core/summary/annual-review';
import { frBilanCli } from '../../i18n/fr-bilan';
import { frSummaryCli } from '../../i18n/fr-summary';
import { UserError } from '../../app/errors';
import { parseArgs } from './args';
import { requireOutFolder } from './usage';
import { loadChecked, writeDocument } from './cmd-summary';

export type BilanArgs = { input: string; out: string; format: 'docx' | 'md'; year: number };

export function parseBilanArgs(args: string[]): BilanArgs {
  const { positional, options } = parseArgs(args, { options: ['--out', '--year'] });
  const [input, ...extra] = positional;
  if (extra.length) throw new UserError(`${frSummaryCli.extraArgument(extra[0])}\n${frBilanCli.usage}`);
  if (!input) throw new UserError(`${frBilanCli.missingInput}\n${frBilanCli.usage}`);
  const yearText = options.get('--year');
  if (yearText === undefined) throw new UserError(`${frBilanCli.missingYear}\n${frBilanCli.usage}`);
  if (!/^\d{4}$/.test(yearText.trim())) throw new UserError(frBilanCli.badYear(yearText));
  const out = options.get('--out');
  if (!out) throw new UserError(`${frBilanCli.missingOut}\n${frBilanCli.usage}`);
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.docx' && ext !== '.md') throw new UserError(frSummaryCli.badExtension(out));
  return { input, out, format: ext === '.docx' ? 'docx' : 'md', year: Number(yearText.trim()) };
}

export async function bilanCommand(args: string[], now: () => Date = () => new Date()): Promise<number> {
  const parsed = parseBilanArgs(args);
  // Like `ctg summary`: a document someone may have edited is never overwritten.
  if (fs.existsSync(parsed.out)) throw new UserError(frSummaryCli.outExists(parsed.out));
  requireOutFolder(parsed.out);
  const { convention, report } = await loadChecked(parsed.input);
  const problem = reviewYearProblem(convention, parsed.year);
  if (problem) throw new UserError(problem);
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  if (hasErrors(report.findings)) console.error(frBilanCli.hasErrors(errors));
  await writeDocument(buildAnnualReview(convention, report, parsed.year, { generatedAt: now() }), parsed.out, parsed.format);
  console.log(frBilanCli.written(parsed.out));
  return 0;
}
