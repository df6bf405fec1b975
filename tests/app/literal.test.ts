// The literal-text rule against the fake's typing parser: every string Sheets would
// convert in a French spreadsheet (numbers with either separator, 1e5, percentages,
// currency, (100), times, numeric and month-name dates, fractions, booleans) is quoted,
// and what it keeps as text is not; written through the applier and read back, every
// string is the exact same string.
import fc from 'fast-check';
import { applyPlanToSpreadsheet } from '../../src/adapters/sheets/apply';
import { readSpreadsheet } from '../../src/adapters/sheets/read';
import { needsQuotePrefix } from '../../src/adapters/sheets/literal';
import type { SpreadsheetAppLike, SpreadsheetLike } from '../../src/adapters/sheets/sheets-api';
import { fakeAppsScript } from '../fakes/globals';

/** Writes the strings in one column through the applier and reads them back. */
function roundTrip(texts: string[]): unknown[] {
  const world = fakeAppsScript({ sheets: [] });
  const app = world.globals.SpreadsheetApp as unknown as SpreadsheetAppLike;
  const book = world.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike;
  applyPlanToSpreadsheet(app, book, {
    ops: [
      { kind: 'addSheet', sheet: 'Actions', index: 0 },
      { kind: 'setValues', sheet: 'Actions', row: 1, col: 1, values: texts.map((t) => [t]) },
    ],
  });
  const values = readSpreadsheet(book).sheets[0].values;
  return texts.map((_, i) => values[i]?.[0] ?? '');
}

/** What the fake (like Sheets) makes of the string typed as is, without the rule. */
function typedAsIs(text: string): unknown {
  const world = fakeAppsScript();
  const range = world.spreadsheet.tab('Feuille 1').getRange(1, 1);
  range.setValue(text);
  return range.getValue();
}

const CONVERTED: [string, string[]][] = [
  ['numbers, French separators', ['2025', '1 234', '1\u00A0234,56', '1\u202F234,5', '0,5', ',5', '-12', '+3', '\u22127', ' 42 ']],
  ['numbers, English separators', ['1,234.56', '12.5', '1,000,000', '.5']],
  ['scientific notation', ['1e5', '1E5', '2,5E-3', '1.5e+10']],
  ['percentages', ['15 %', '15%', '12,5 %', '-3%']],
  ['currency', ['12,50 €', '€100', '100 €', '$100', '100$', '100 EUR', 'EUR 100', '-5 €', '1 234,56 €']],
  ['negatives in parentheses', ['(100)', '(1 234,56 €)', '( 12,5 )']],
  ['times', ['10:30', '10:30:15', '9:05 PM', '23:59', '100:00:00']],
  ['numeric dates', ['30/11/2022', '1/3/24', '2022-11-30', '01-03-2024', '01.03.2024', '03/2024', '1/3', '2024/3/1']],
  ['fractions', ['1/2', '3/4', '1 1/2']],
  [
    'French month-name dates',
    ['mars 2024', '1 mars 2024', '01-mars-2024', '1er mars 2024', 'Février 2025', 'févr. 2025', '15 août 2023', 'déc. 2024', '1 mai'],
  ],
  ['English month-name dates', ['March 2024', '1 March 2024', 'March 1, 2024', 'Dec 2025']],
  ['booleans', ['TRUE', 'false', 'VRAI', 'Faux']],
];

describe.each(CONVERTED)('%s', (_kind, texts) => {
  test.each(texts)('%j: Sheets converts it typed as is, the applier keeps the exact text', (text) => {
    expect(typedAsIs(text)).not.toBe(text); // the fake parses it: without the rule the text would be lost
    expect(needsQuotePrefix(text)).toBe(true);
    expect(roundTrip([text])).toEqual([text]);
  });
});

const KEPT_AS_TEXT = [
  'Crèche « Les Galopins »',
  'FA01',
  'AX1',
  'L01 – EAJE',
  '12abc',
  'Année 2025',
  'Mars',
  'mai',
  'Le 1er mars, réunion',
  '2023–2025',
  'Axe 2',
  'Ouverture à 10h30 le samedi',
  'CAF',
  'vraiment',
  'ABC-123',
  'Réf. 2024/A',
  'n° 12',
  'Objectif : 50 % des familles',
];

test.each(KEPT_AS_TEXT)('%j stays text typed as is: no needless apostrophe, same text back', (text) => {
  expect(typedAsIs(text)).toBe(text);
  expect(needsQuotePrefix(text)).toBe(false);
  expect(roundTrip([text])).toEqual([text]);
});

test('any string made of digits, separators, signs, currency, month names and words comes back as the exact same string (property)', () => {
  const piece = fc.constantFrom(
    '0',
    '1',
    '2',
    '5',
    '12',
    '30',
    '2024',
    ' ',
    '\u00A0',
    '\u202F',
    ',',
    '.',
    '/',
    '-',
    ':',
    '%',
    '€',
    '$',
    'EUR',
    '(',
    ')',
    'e',
    'E',
    '+',
    'mars',
    'mai',
    'janv.',
    'août',
    'March',
    'er',
    'h',
    'PM',
    'TRUE',
    'faux',
    'vrai',
    'Axe',
    'L',
    "'",
    '=',
    '@',
    '#N/A',
  );
  fc.assert(
    fc.property(
      fc.array(
        fc.array(piece, { minLength: 1, maxLength: 7 }).map((p) => p.join('')),
        { minLength: 1, maxLength: 20 },
      ),
      (texts) => {
        expect(roundTrip(texts)).toEqual(texts);
      },
    ),
    { numRuns: 300 },
  );
});
