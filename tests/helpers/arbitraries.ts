// fast-check generators of conventions the schema accepts, messy ones included.
import fc from 'fast-check';
import { Convention, PartnerRole, AxisType, ActionStatus } from '../../src/core/domain/schema';

const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', ' ', 'AX1', 'FA01', 'L01', '=SUM(A1)', 'Crèche « Les Galopins »'));
const id = (prefix: string) =>
  fc.oneof(
    fc.integer({ min: 1, max: 12 }).map((n) => `${prefix}${n}`),
    fc.constantFrom('', `${prefix}1`),
  );

export const conventionArb: fc.Arbitrary<Convention> = fc
  .record({ start: fc.integer({ min: 2015, max: 2030 }), length: fc.integer({ min: 1, max: 6 }) })
  .chain(({ start, length }) => {
    const years = Array.from({ length: length + 1 }, (_, i) => start - 1 + i); // one year outside the period too
    const amount = fc.oneof(fc.integer({ min: -1e9, max: 1e10 }), fc.constantFrom('12abc', '1 234,56 €', '', '1.234,5.6'));
    return fc.record({
      name: text,
      territory: text,
      signatories: fc.array(fc.record({ name: text, role: fc.constantFrom(...PartnerRole.options) }), { maxLength: 4 }),
      period: fc.constantFrom({ startYear: start, endYear: start + length - 1 }, { startYear: start }, {}),
      coordinator: text,
      toleranceCents: fc.integer({ min: 0, max: 1000 }),
      envelopes: fc.array(fc.record({ year: fc.constantFrom(...years), amountCents: fc.integer({ min: -1e6, max: 1e10 }) }), { maxLength: 8 }),
      envelopeTotalCents: fc.option(fc.integer({ min: 0, max: 1e11 }), { nil: undefined }),
      axes: fc.array(
        fc.record({
          id: id('AX'),
          title: text,
          type: fc.constantFrom(...AxisType.options),
          themes: fc.array(text, { maxLength: 3 }),
          objectives: fc.array(text, { maxLength: 3 }),
        }),
        { maxLength: 5 },
      ),
      actions: fc.array(
        fc.record({
          id: id('FA'),
          title: text,
          axisId: id('AX'),
          themes: fc.array(text, { maxLength: 2 }),
          objectives: fc.array(text, { maxLength: 2 }),
          context: text,
          description: text,
          audience: text,
          territory: text,
          lead: text,
          partners: fc.array(text, { maxLength: 2 }),
          means: text,
          schedule: text,
          status: fc.constantFrom(...ActionStatus.options),
          indicators: fc.array(
            fc.record({
              label: text,
              baseline: fc.option(fc.integer(), { nil: undefined }),
              target: fc.option(fc.integer(), { nil: undefined }),
              unit: fc.option(text, { nil: undefined }),
            }),
            { maxLength: 2 },
          ),
        }),
        { maxLength: 6 },
      ),
      budget: fc.array(
        fc.record({
          id: id('L'),
          beneficiary: text,
          equipment: text,
          nature: text,
          funder: fc.constantFrom(...PartnerRole.options),
          actionId: id('FA'),
          amounts: fc.dictionary(fc.constantFrom(...years.map(String)), amount, { maxKeys: years.length }),
        }),
        { maxLength: 10 },
      ),
    });
  })
  .map((c) => Convention.parse(c));
