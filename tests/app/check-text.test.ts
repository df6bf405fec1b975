// The menu's "Vérifier l'enveloppe CAF" alert text.
import { checkAlertText } from '../../src/app/check-text';
import type { SidebarState } from '../../src/app/contract';

const state = (findings: number): SidebarState => ({
  initialized: true,
  title: 'CTG',
  territory: 'T',
  startYear: 2024,
  endYear: 2024,
  years: [{ year: 2024, envelopeCents: 24180100, allocatedCents: 24180200, deltaCents: 100, status: 'over', realisedCents: null }],
  total: { envelopeCents: 24180100, allocatedCents: 24180200, deltaCents: 100, status: 'over' },
  findings: Array.from({ length: findings }, (_, i) => ({
    severity: 'warning' as const,
    code: 'unknown-axis' as const,
    message: `FA${i} : axe AX9 inconnu.`,
    sheet: 'Actions',
    cell: `C${i + 2}`,
  })),
  summaryUrl: null,
});

test('one line per year with icon, word and amounts; then the findings with their cell', () => {
  const text = checkAlertText({ message: 'Contrôle terminé.', state: state(2) });
  expect(text).toBe(
    [
      '2024\u00A0: ✖ dépassement — alloué CAF 241 802,00 € pour 241 801,00 € (écart 1,00 €)',
      '',
      'Contrôle terminé.',
      '⚠ Actions!C2 — FA0 : axe AX9 inconnu.',
      '⚠ Actions!C3 — FA1 : axe AX9 inconnu.',
    ].join('\n'),
  );
});

test('long lists are cut at ten, saying how many are left', () => {
  const lines = checkAlertText({ message: 'x', state: state(13) }).split('\n');
  expect(lines).toHaveLength(3 + 10 + 1);
  expect(lines[lines.length - 1]).toBe('… et 3 autres\u00A0: voir le panneau CTG.');
});
