// First-run forms, as the sidebar sends them.
import type { Convention } from '../../src/core/domain/schema';
import type { InitForm } from '../../src/app/contract';
import { formatMoney } from '../../src/core/domain/money';

/** The form a coordinator would fill in for convention `c`. */
export const formFor = (c: Convention): InitForm => ({
  name: c.name,
  territory: c.territory,
  signatories: c.signatories.map((s) => ({ name: s.name, role: s.role })),
  startYear: String(c.period.startYear),
  endYear: String(c.period.endYear),
  envelopes: c.envelopes.map((e) => ({ year: e.year, amount: formatMoney(e.amountCents) })),
});

/** A small form with an amount typed the French way and one typed plain. */
export const SMALL_FORM: InitForm = {
  name: '',
  territory: 'Commune de Test',
  signatories: [{ name: 'CAF du Tarn', role: 'caf' }],
  startYear: '2024',
  endYear: '2025',
  envelopes: [
    { year: 2024, amount: '1 000 €' },
    { year: 2025, amount: '1000' },
  ],
};
