// The glue between findings (codes with parameters) and their French words.
import { CODE_OF_KIND, FindingKind, FindingParams, FindingDetail } from '../../src/core/domain/report';
import { findingMessage, wordFinding, breakdownLabel } from '../../src/core/wording/finding-message';
import { plainSpaces } from '../../src/core/domain/money';

/** One sample per kind: the mapped type makes a kind without a sample a type error. */
const SAMPLES: { [K in FindingKind]: FindingParams[K] } = {
  'over-allocation': { year: 2024, deltaCents: 100, allocatedCents: 24180200, envelopeCents: 24180100 },
  'under-allocation': { year: 2024, deltaCents: -4080000, allocatedCents: 20100100, envelopeCents: 24180100 },
  'missing-envelope': { year: 2026, allocatedCents: 123456 },
  'incomplete-year': { year: 2024, reason: 'funder-unreadable' },
  'envelope-outside-period': { year: 2030, startYear: 2023, endYear: 2025 },
  'envelope-total-mismatch': { statedCents: 1, sumCents: 72540300 },
  'total-over-allocation': { deltaCents: 50, allocatedCents: 72540350, envelopeCents: 72540300 },
  'total-under-allocation': { deltaCents: -50, allocatedCents: 72540250, envelopeCents: 72540300 },
  'year-outside-period': { line: { by: 'row', id: 'L07' }, year: '2022', amountCents: 1000 },
  'negative-amount': { line: { by: 'row', id: 'L02' }, year: '2023', amountCents: -500 },
  'unreadable-amount': { line: { by: 'row', id: '', row: 6 }, year: '2024', text: '12abc', reason: 'characters' },
  'negative-envelope': { year: 2023, amountCents: -100 },
  'zero-envelope': { year: 2024 },
  'implausible-amount': { line: { by: 'row', id: 'L03' }, year: '2024', amountCents: 40_513_000_000, limitCents: 10_000_000_000 },
  'implausible-envelope': { year: 2024, amountCents: 24_180_100_000, limitCents: 10_000_000_000 },
  'unknown-action': { line: { by: 'row', id: '', row: undefined }, actionId: 'FA99' },
  'unknown-axis': { action: { by: 'row', id: 'FA07' }, axisId: 'AX9' },
  'duplicate-id': { id: 'L01', count: 2 },
  'empty-field': { item: { by: 'position', item: 'axis', id: '', position: 2 }, field: 'axisTitle' },
  'period-incomplete': { field: 'endYear' },
  'no-caf-signatory': {},
  'realised-over-planned': { line: { by: 'row', id: 'L01' }, year: '2023', realisedCents: 4_200_000, plannedCents: 4_051_300 },
  'realised-unknown-line': { lineId: 'L42' },
  'realised-future-year': { line: { by: 'row', id: 'L02' }, year: '2027', currentYear: 2026 },
  'unreadable-realised': { line: { by: 'row', id: 'L03' }, year: '2024', text: 'environ 3000', reason: 'characters' },
  'negative-realised': { line: { by: 'row', id: 'L04' }, year: '2024', amountCents: -100 },
  'action-done-without-realised': { action: { by: 'row', id: 'FA03' }, year: 2024 },
  'indicator-unknown-action': { label: 'Places créées', actionId: 'FA99' },
  'indicator-without-unit': { actionId: 'FA01', label: 'Places créées' },
  'implausible-indicator': { actionId: 'FA01', label: 'Taux d’occupation', year: '2024', value: 180, reason: 'over-percent' },
  'unreadable-measure': { what: 'progress', actionId: 'FA02', year: '2024', text: 'la moitié' },
  'follow-up-unknown-action': { actionId: 'FA77', year: 2024 },
  'follow-up-outside-period': { actionId: 'FA01', year: 2030, startYear: 2023, endYear: 2025 },
  'implausible-progress': { actionId: 'FA01', year: 2024, value: 150 },
  'not-a-number': { value: 'beaucoup' },
  'merged-cells': { range: 'A2:B3' },
  'error-cell': { value: '#REF!' },
  'not-a-year': { value: '23' },
  'not-a-date': { value: '31/02' },
  'amount-as-text': { value: '1 000 €' },
  'unreadable-money': { text: '1,234', reason: 'ambiguous' },
  'sub-cent-number': { value: 40513.004 },
  'label-not-counted': { value: 'caf ', label: 'CAF' },
  'unknown-label': { value: 'Région', allowed: ['CAF', 'Autre'], fallback: 'Autre' },
  'comment-row': { row: 12 },
  'total-row': { row: 11 },
  'bad-period': { startYear: 2023, endYear: 2030 },
  'missing-tab': { tab: 'Axes' },
  'typed-tab-renamed': { tab: 'Budget 2023', wanted: 'Budget' },
  'missing-column': { tab: 'Budget', header: 'Nature' },
  'missing-field': { label: 'Territoire' },
  'axis-tab-renamed': { tab: 'Axe 1 – Ancien', wanted: 'Axe 1 – Nouveau' },
  'tab-name-taken': { tab: 'Contrôle', used: 'Contrôle (2)' },
  'kept-value': { typed: 'Brassac', proposed: 'Anglès' },
  'generated-blocked': { tab: 'Contrôle' },
  'generated-stale': { tab: 'Contrôle' },
  'typed-over-formula': { tab: 'Contrôle', value: '241801' },
  'axis-tab-orphan': { tab: 'Axe 4 – Jeunesse' },
  'cell-too-long': { length: 61_234, max: 50_000 },
  'bad-tab-name': { tab: "Axe 1 – L'enfance'", problem: 'apostrophe', max: 100 },
  'too-many-columns': { tab: 'Budget', columns: 20_000, max: 18_278 },
  'too-many-cells': { cells: 10_026_000, max: 10_000_000 },
};

const detail = <K extends FindingKind>(kind: K): FindingDetail => ({ kind, ...SAMPLES[kind] }) as FindingDetail;
const words = (kind: FindingKind) => plainSpaces(findingMessage({ detail: detail(kind) }));

test('every kind of finding has a code and a French wording', () => {
  for (const kind of Object.keys(CODE_OF_KIND) as FindingKind[]) {
    const text = words(kind);
    expect(typeof text).toBe('string');
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  }
  expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(CODE_OF_KIND).sort());
});

test('the wordings are the French sentences people see, amounts formatted from cents', () => {
  expect(words('over-allocation')).toBe('2024 : dépassement de 1,00 € (alloué CAF 241 802,00 € pour une enveloppe de 241 801,00 €).');
  expect(words('under-allocation')).toBe('2024 : reste à répartir 40 800,00 € (alloué CAF 201 001,00 € pour une enveloppe de 241 801,00 €).');
  expect(words('total-under-allocation')).toBe('Sur toute la période : reste à répartir 0,50 € (alloué CAF 725 402,50 € pour 725 403,00 €).');
  expect(words('unreadable-amount')).toBe(
    "Ligne 6, 2024 : « 12abc » n'est pas un montant lisible : seuls des chiffres, des espaces, une virgule décimale et le signe € sont acceptés.",
  );
  expect(words('zero-envelope')).toBe("2024 : l'enveloppe CAF est de 0 € : saisissez son montant, ou videz la cellule si elle n'est pas encore connue.");
  expect(words('implausible-amount')).toBe(
    'L03, 2024 : 405 130 000,00 € sur une seule ligne, plus de 100 000 000,00 € : vérifiez la saisie (un zéro de trop, une année ou un numéro collé dans le montant ?).',
  );
  expect(words('unknown-action')).toBe('Ligne sans identifiant : fiche action FA99 inconnue.');
  expect(words('unknown-axis')).toBe('FA07 : axe AX9 inconnu.');
  expect(words('incomplete-year')).toBe(
    '2024 : total CAF incomplet, l’équilibre de l’enveloppe n’est pas vérifié — le financeur d’une ligne qui a un montant cette année est vide ou inconnu : choisissez-le dans la liste.',
  );
  expect(words('empty-field')).toBe('Axe 2 : intitulé non renseigné(e).');
  expect(words('period-incomplete')).toBe('Période incomplète : année de fin non renseignée.');
  expect(words('no-caf-signatory')).toBe('Aucun signataire CAF : une CTG est signée par la CAF du département.');
  expect(words('sub-cent-number')).toBe("« 40513.004 » a plus de deux décimales : un montant s'arrête aux centimes. La valeur est ignorée.");
  expect(words('unreadable-money')).toBe(
    "« 1,234 » n'est pas un montant lisible : on ne sait pas si le séparateur marque les milliers ou les décimales, écrivez 1 234 € ou 1,23 €. La valeur est ignorée.",
  );
  expect(words('cell-too-long')).toBe(
    'Ce texte compte 61 234 caractères : une cellule Google Sheets en contient au plus 50 000. Raccourcissez-le (dans le texte importé ou le fichier de la convention), puis recommencez.',
  );
  expect(words('bad-tab-name')).toBe(
    "L’onglet « Axe 1 – L'enfance' » ne peut pas être créé : un nom d’onglet ne peut ni commencer ni finir par une apostrophe droite ('). Raccourcissez ou corrigez l’intitulé dont il vient, puis recommencez.",
  );
  expect(words('missing-tab')).toBe(
    'Onglet « Axes » introuvable (renommé ou supprimé ?) : redonnez-lui son nom « Axes » ; l’actualisation ne recrée pas un onglet saisi.',
  );
  expect(words('typed-tab-renamed')).toBe('L’onglet « Budget 2023 » est lu comme l’onglet « Budget » (ses en-têtes sont les siens) : renommez-le « Budget ».');
  expect(words('total-row')).toBe(
    'Ligne 11 ignorée : c’est une ligne de total saisie à la main, pas une ligne du budget (les totaux sont calculés dans l’onglet Contrôle).',
  );
  expect(findingMessage({ detail: { kind: 'empty-field', item: { by: 'convention' }, field: 'territory' } })).toBe('Convention : territoire non renseigné(e).');
  expect(findingMessage({ detail: { kind: 'empty-field', item: { by: 'position', item: 'signatory', id: '', position: 1 }, field: 'signatoryName' } })).toBe(
    'Signataire 1 : nom du signataire non renseigné(e).',
  );
  expect(findingMessage({ detail: { kind: 'empty-field', item: { by: 'row', id: '', row: 6 }, field: 'funder' } })).toBe(
    'Ligne 6 : financeur non renseigné(e).',
  );
});

test('a worded finding has the shape of `ctg check --json`: severity, code, message, sheet, cell only', () => {
  const f = { severity: 'warning' as const, code: 'unknown-axis' as const, detail: detail('unknown-axis'), sheet: 'Actions', cell: 'C8' };
  expect(wordFinding(f)).toEqual({ severity: 'warning', code: 'unknown-axis', message: 'FA07 : axe AX9 inconnu.', sheet: 'Actions', cell: 'C8' });
  expect(Object.keys(wordFinding(f))).toEqual(['severity', 'code', 'message', 'sheet', 'cell']);
  expect(wordFinding({ ...f, cell: undefined })).not.toHaveProperty('cell');
});

test('breakdown groups are named by the convention, else by their funder role or "Sans axe"', () => {
  expect(breakdownLabel({ key: 'AX1', label: 'Le soutien aux familles' })).toBe('Le soutien aux familles');
  expect(breakdownLabel({ key: 'conseil-departemental' })).toBe('Conseil départemental');
  expect(breakdownLabel({ key: '' })).toBe('Sans axe');
});
