// Document model → Markdown, for reading a summary in a terminal or a code review.
import type { Block, Chart, Run, SummaryDocument, Table } from '../../core/summary/model';
import { formatMoney, plainSpaces } from '../../core/domain/money';
import { frChart } from '../../i18n/fr-bilan';

const escapeMd = (s: string) => s.replace(/([\\`*_[\]|#<>])/g, '\\$1');

function runMd(r: Run): string {
  if (r.text === '') return '';
  let s = escapeMd(r.text);
  if (r.link) s = `[${s}](${r.link.replace(/\)/g, '%29')})`;
  // Emphasis markers must hug the text: keep surrounding spaces outside them.
  const wrap = (mark: string) => {
    const m = /^(\s*)(.*?)(\s*)$/s.exec(s)!;
    s = m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : s;
  };
  if (r.bold) wrap('**');
  if (r.italic) wrap('_');
  return s;
}

const runsMd = (runs: Run[]) => runs.map(runMd).join('');

function tableMd(t: Table): string {
  const cell = (c: string, bold: boolean) => {
    const e = escapeMd(c).replace(/\n/g, ' ');
    return bold && e ? `**${e}**` : e;
  };
  const row = (cells: string[], bold = false) => `| ${cells.map((c) => cell(c, bold)).join(' | ')} |`;
  const rule = `|${t.align.map((a) => (a === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [row(t.header), rule, ...t.rows.map((r) => row(r)), ...t.totals.map((r) => row(r, true))].join('\n');
}

const BAR_WIDTH = 30;

/**
 * A chart as text a terminal shows: its title, then one bar of █ per series and category,
 * scaled to the largest value, with the amount (or « non saisi ») after it, in a code block.
 */
function chartMd(c: Chart): string {
  const max = Math.max(1, ...c.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const nameWidth = Math.max(...c.series.map((s) => s.name.length));
  const categoryWidth = Math.max(...c.categories.map((k) => k.length));
  const lines = c.categories.flatMap((category, i) =>
    c.series.map((s, j) => {
      const v = s.values[i];
      const bar = v === null ? '' : '█'.repeat(Math.round((Math.max(0, v) / max) * BAR_WIDTH));
      const label = v === null ? frChart.notEntered : plainSpaces(formatMoney(v));
      return `${(j === 0 ? category : '').padEnd(categoryWidth)}  ${s.name.padEnd(nameWidth)}  ${bar.padEnd(BAR_WIDTH)} ${label}`;
    }),
  );
  return [`**${escapeMd(c.title)}**`, '', '```text', ...lines, '```'].join('\n');
}

function blockMd(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `# ${escapeMd(b.text)}`;
    case 'subtitle':
      return `_${escapeMd(b.text)}_`;
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${escapeMd(b.text)}`;
    case 'paragraph':
      return runsMd(b.runs);
    case 'bullets':
      return b.items.map((item) => `- ${runsMd(item)}`).join('\n');
    case 'table':
      return tableMd(b);
    case 'chart':
      return chartMd(b);
    case 'pageBreak':
      return '---';
  }
}

export function renderMarkdown(doc: SummaryDocument): string {
  return doc.blocks.map(blockMd).join('\n\n') + '\n';
}
