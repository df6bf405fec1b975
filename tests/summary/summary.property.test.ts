// On any convention the schema accepts (messy ones included): the summary is a
// valid document, loses no action and no budget line, and its CAF totals are the check's.
import fc from 'fast-check';
import { conventionArb } from '../helpers/arbitraries';
import { checkAsGenerated } from '../../src/core/workbook/refresh';
import { formatMoney } from '../../src/core/domain/money';
import { buildConventionSummary } from '../../src/core/summary/convention-summary';
import { buildActionFiches } from '../../src/core/summary/action-fiche';
import { renderMarkdown } from '../../src/adapters/markdown/render';
import { expectWellFormedDocument } from '../helpers/well-formed';
import { tableWithHeader } from './fixtures';

const meta = { generatedAt: new Date('2026-11-22T09:00:00Z') };

describe('summary properties', () => {
  it('every action and every budget line appears once; CAF totals equal the check’s', () => {
    fc.assert(
      fc.property(conventionArb, (c) => {
        const report = checkAsGenerated(c);
        const doc = buildConventionSummary(c, report, meta);
        expectWellFormedDocument(doc);
        const actionRows = tableWithHeader(doc, 'N°').flatMap((t) => t.rows);
        expect(actionRows.map((r) => r[0]).sort()).toEqual(c.actions.map((a) => a.id).sort());
        if (c.budget.length === 0) return;
        const [budget] = tableWithHeader(doc, 'Bénéficiaire');
        expect(budget.rows).toHaveLength(c.budget.length);
        if (report.years.length > 0) {
          const caf = budget.totals[0];
          expect(caf.slice(3)).toEqual([...report.years.map((y) => formatMoney(y.allocatedCents)), formatMoney(report.total.allocatedCents)]);
        }
        expect(() => renderMarkdown(doc)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('the fiches of all actions: one heading per action, whatever their content', () => {
    fc.assert(
      fc.property(conventionArb, (c) => {
        const doc = buildActionFiches(c, checkAsGenerated(c), meta);
        expect(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1)).toHaveLength(c.actions.length);
        expect(doc.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(Math.max(0, c.actions.length - 1));
      }),
      { numRuns: 100 },
    );
  });
});
