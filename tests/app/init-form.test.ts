// The first-run form → convention fields, and the literal-text guard.
import { conventionFromForm } from '../../src/app/init-form';
import { needsQuotePrefix, toSheetValue } from '../../src/adapters/sheets/literal';
import type { InitForm } from '../../src/app/contract';

const form = (patch: Partial<InitForm> = {}): InitForm => ({
  name: '',
  territory: 'Sumène Artense',
  signatories: [
    { name: 'CAF du Cantal', role: 'caf' },
    { name: ' ', role: 'commune' },
  ],
  startYear: '2024',
  endYear: '2026',
  envelopes: [
    { year: 2024, amount: '100 000 €' },
    { year: 2025, amount: '1 234,56' },
    { year: 2026, amount: '0' },
  ],
  ...patch,
});

describe('conventionFromForm', () => {
  test('reads years and French amounts; blank signatories are dropped; the name defaults from the territory', () => {
    expect(conventionFromForm(form())).toEqual({
      name: 'CTG Sumène Artense',
      territory: 'Sumène Artense',
      signatories: [{ name: 'CAF du Cantal', role: 'caf' }],
      period: { startYear: 2024, endYear: 2026 },
      envelopes: [
        { year: 2024, amountCents: 10000000 },
        { year: 2025, amountCents: 123456 },
        { year: 2026, amountCents: 0 },
      ],
    });
  });

  test('every problem is named in French, all at once', () => {
    const bad = form({ startYear: '20x4', endYear: '', envelopes: [] });
    expect(() => conventionFromForm(bad)).toThrow(
      'Année de début\u00A0: «\u00A020x4\u00A0» n’est pas une année (par exemple 2023).\nAnnée de fin\u00A0: ce champ est obligatoire.',
    );
    expect(() =>
      conventionFromForm(
        form({
          envelopes: [
            { year: 2024, amount: '1,234' },
            { year: 2025, amount: '' },
            { year: 2026, amount: '1' },
          ],
        }),
      ),
    ).toThrow(/^Enveloppe CAF 2024\u00A0: «\u00A01,234\u00A0» n’est pas un montant lisible.*\nEnveloppe CAF 2025\u00A0: ce champ est obligatoire\.$/s);
    expect(() => conventionFromForm(form({ startYear: '2020', endYear: '2026' }))).toThrow('La période doit couvrir de 1 à 6 années');
  });

  test('the territory and the signatories may wait for the Convention tab; the name then says CTG alone', () => {
    expect(conventionFromForm(form({ territory: ' ', signatories: [] }))).toMatchObject({ name: 'CTG', territory: '', signatories: [] });
  });
});

describe('literal text guard', () => {
  test.each([
    '=1+1',
    '+33 6 00 00 00 00',
    '-',
    '-x',
    '@pseudo',
    '\tx',
    '\rx',
    "'déjà",
    '2025',
    '12,50 €',
    '1 234',
    '30/11/2022',
    '2022-11-30',
    'TRUE',
    'faux',
    '15 %',
  ])('%j gets the quote prefix', (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(toSheetValue(text)).toBe(`'${text}`);
  });
  test.each(['', 'Crèche «\u00A0Les Galopins\u00A0»', 'FA01', 'AX1', '12abc', 'Année 2025', 'L01 – EAJE'])('%j is written as is', (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
    expect(toSheetValue(text)).toBe(text);
  });
  test('numbers and dates are not touched', () => {
    const d = new Date(2022, 10, 30);
    expect(toSheetValue(241801)).toBe(241801);
    expect(toSheetValue(d)).toBe(d);
  });
});
