import { renderMarkdown } from '../../src/adapters/markdown/render';
import { buildConventionSummary } from '../../src/core/summary/convention-summary';
import { table, para, text, heading } from '../../src/core/summary/blocks';
import { plainSpaces } from '../../src/core/domain/money';
import { GENERATED_AT, SHEET_URL, thore } from './fixtures';

describe('Markdown renderer', () => {
  it('renders headings, bold total rows, right-aligned amount columns and the link', () => {
    const { convention, report } = thore();
    const md = plainSpaces(renderMarkdown(buildConventionSummary(convention, report, { generatedAt: GENERATED_AT, spreadsheetUrl: SHEET_URL })));
    expect(md.startsWith('# Synthèse — CTG Thoré Montagne Noire\n')).toBe(true);
    expect(md).toContain('\n### Enjeu 3 — L’inclusion des handicapés\n');
    expect(md).toContain('| Bénéficiaire | Équipement | Financeur | 2023 | 2024 | 2025 | Total |\n| --- | --- | --- | ---: | ---: | ---: | ---: |');
    expect(md).toContain('| **Total CAF** |  |  | **241 801,00 €** | **241 801,00 €** | **241 801,00 €** | **725 403,00 €** |');
    expect(md).toContain(`[Ouvrir le classeur](${SHEET_URL})`);
  });

  it('escapes what a person typed so it cannot break a table or become markup', () => {
    const md = renderMarkdown({
      name: 'x',
      orientation: 'portrait',
      blocks: [heading(1, 'Axe #1'), para(text('gras ', { bold: true }), text('a*b_c')), table({ header: ['A|B'], rows: [['x|y']] })],
    });
    expect(md).toContain('## Axe \\#1');
    expect(md).toContain('**gras** a\\*b\\_c');
    expect(md).toContain('| A\\|B |\n| --- |\n| x\\|y |');
  });
});
