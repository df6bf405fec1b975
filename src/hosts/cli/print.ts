// Plain-text rendering of a check report for the terminal.
import { CheckReport, WordedFinding } from '../../core/domain/report';
import { wordFinding } from '../../core/wording/finding-message';
import { findingPlace } from '../../core/domain/finding-place';
import { formatMoney, plainSpaces } from '../../core/domain/money';
import { severityWords, statusWords } from '../../i18n/fr-domain';
import { frCli } from '../../i18n/fr-cli';
import { maxOf } from '../../core/max';

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => maxOf(rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function printReport(name: string, report: CheckReport): string {
  // Plain spaces in the table's amounts: every terminal gives them one column, so the columns line up.
  const money = (c: number | null) => (c === null ? '—' : plainSpaces(formatMoney(c)));
  const signed = (c: number) => (c > 0 ? '+' : '') + money(c);
  const lines = [frCli.reportTitle(name), ''];
  if (report.years.length === 0) lines.push(frCli.noYears);
  else {
    const rows = [
      frCli.tableHeader,
      ...report.years.map((y) => [String(y.year), money(y.envelopeCents), money(y.allocatedCents), signed(y.deltaCents), statusWords(y.status)]),
      [
        frCli.totalRow,
        money(report.total.envelopeCents),
        money(report.total.allocatedCents),
        signed(report.total.deltaCents),
        statusWords(report.total.status),
      ],
    ];
    lines.push(table(rows));
    // The follow-up, once partners have entered some réalisé: what the CAF lines cost, and the rate.
    if (report.years.some((y) => y.realisedCents !== null)) {
      const rate = (y: CheckReport['years'][number]) =>
        y.realisedCents === null || y.allocatedCents === 0 ? '—' : `${Math.round((y.realisedCents / y.allocatedCents) * 100)} %`;
      lines.push('', table([frCli.realisedHeader, ...report.years.map((y) => [String(y.year), money(y.realisedCents), money(y.allocatedCents), rate(y)])]));
    }
  }
  lines.push('');
  if (report.findings.length === 0) lines.push(frCli.noFindings);
  else {
    lines.push(frCli.findingsTitle(report.findings.length));
    for (const f of report.findings) lines.push(printFinding(wordFinding(f)));
  }
  return lines.join('\n');
}

/** One finding as a line of the command's output: severity — place — message. */
export function printFinding(f: WordedFinding): string {
  return `  ${severityWords(f.severity)} — ${findingPlace(f)} — ${f.message}`;
}
