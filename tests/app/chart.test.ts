// Contrôle's chart in Google Sheets (through the counting fake): enveloppe, alloué and réalisé
// CAF per year, drawn from the year table, inserted once when the tab is made.
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverApi } from '../../src/app/server-api';
import { fakeAppsScript, withGlobals } from '../fakes/globals';
import { loadExample } from '../helpers/examples';

test('initialising seed 001 puts one column chart in Contrôle over years, envelope, CAF allocated and CAF réalisé; a refresh adds none', () => {
  const world = fakeAppsScript();
  withGlobals(world, () => serverApi(gasPort()).applyImport(loadExample('thore-montagne-noire')));
  const control = world.spreadsheet.tab('Contrôle');
  expect(control.charts).toHaveLength(1);
  const [chart] = control.charts;
  expect(chart.type).toBe('COLUMN');
  // Row 1 holds the headers (the series' names), rows 2–4 the years 2023–2025.
  expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['A1:C4', 'F1:F4']);
  expect(chart.ranges.map((r) => r.getValues()[0])).toEqual([['Année', 'Enveloppe CAF', 'Alloué CAF'], ['Réalisé CAF']]);
  expect(
    chart.ranges[0]
      .getValues()
      .slice(1)
      .map((r) => r[0]),
  ).toEqual([2023, 2024, 2025]);
  expect(chart.options).toEqual({ useFirstColumnAsDomain: true, title: 'Enveloppe, alloué et réalisé CAF par année' });
  // Right of every table of the tab (its widest, the breakdowns, end in column F for three years).
  expect(chart.anchor).toEqual({ row: 1, col: 9 });
  withGlobals(world, () => serverApi(gasPort()).refreshAxisTabs());
  expect(control.charts).toHaveLength(1);
});
