import fc from 'fast-check';
import { parseMoney, formatMoney, centsFromEuros, plainSpaces } from '../../src/core/domain/money';
import { frMoney } from '../../src/i18n/fr-domain';

const ok = (text: string) => {
  const r = parseMoney(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.reason}`);
  return r.cents;
};

describe('parseMoney', () => {
  test.each([
    ['241 801 €', 24180100],
    ['1 234,56 €', 123456],
    ['40513', 4051300],
    ['40 513,00', 4051300],
    ['241\u00A0801\u00A0€', 24180100],
    ['241\u202F801,00\u00A0€', 24180100],
    ['16 782 € euros', 1678200],
    ['3 095 euros', 309500],
    ['12,5', 1250],
    ['40513.5', 4051350],
    ['-12,00 €', -1200],
    ['  7 €  ', 700],
    ['0', 0],
  ])('reads %j as %i cents', (text, cents) => {
    expect(ok(text)).toBe(cents);
  });

  test.each([
    ['12abc', 'seuls des chiffres'],
    ['1.234,5.6', 'mélange'],
    ['1.234,56', 'mélange'],
    ['1,234', 'milliers ou les décimales'],
    ['1.234', 'milliers ou les décimales'],
    ['12,345 6', 'décimales'],
    ['24 1801', 'groupes de trois'],
    ['1,2,3', 'plusieurs'],
    ['', 'vide'],
    ['€', 'aucun chiffre'],
    ['abc', 'aucun chiffre'],
    ['12,567', 'milliers ou les décimales'],
  ])('refuses %j with a French reason naming the value', (text, reason) => {
    const r = parseMoney(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const message = frMoney.unreadable(text, r.reason);
      expect(message).toContain(`«\u00A0${text}\u00A0»`);
      expect(message).toContain(reason);
    }
  });
});

describe('formatMoney', () => {
  test('prints French typography', () => {
    expect(plainSpaces(formatMoney(24180100))).toBe('241 801,00 €');
    expect(formatMoney(24180100)).toBe('241\u202F801,00\u00A0€');
    expect(plainSpaces(formatMoney(72540300))).toBe('725 403,00 €');
    expect(plainSpaces(formatMoney(100))).toBe('1,00 €');
    expect(plainSpaces(formatMoney(5))).toBe('0,05 €');
    expect(plainSpaces(formatMoney(-123456))).toBe('-1 234,56 €');
    expect(plainSpaces(formatMoney(24180100, { decimals: false }))).toBe('241 801 €');
  });

  test('parse(format(x)) = x for any cent amount up to 10^12', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const r = parseMoney(formatMoney(cents));
        return r.ok && r.cents === cents;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('centsFromEuros', () => {
  test('converts spreadsheet numbers without float drift', () => {
    expect(centsFromEuros(40513)).toBe(4051300);
    expect(centsFromEuros(0.1 + 0.2)).toBe(30);
    expect(centsFromEuros(1234.56)).toBe(123456);
    expect(centsFromEuros(1.005)).toBeNull();
    expect(centsFromEuros(Number.NaN)).toBeNull();
  });
});
