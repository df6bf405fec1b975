// The glue between findings (codes with parameters) and their French words.
import { CODE_OF_KIND, FindingKind, FindingDetail } from '../../src/core/domain/report';
import { FINDING_SAMPLES as SAMPLES } from '../helpers/finding-samples';
import { findingMessage, wordFinding, breakdownLabel } from '../../src/core/wording/finding-message';
import { plainSpaces } from '../../src/core/domain/money';

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
    'Ligne 6, 2024 : « 12abc » n’est pas un montant lisible : seuls des chiffres, des espaces, une virgule décimale et le signe € sont acceptés.',
  );
  expect(words('zero-envelope')).toBe('2024 : l’enveloppe CAF est de 0 € : saisissez son montant, ou videz la cellule si elle n’est pas encore connue.');
  expect(words('implausible-amount')).toBe(
    'L03, 2024 : 405 130 000,00 € sur une seule ligne, plus de 100 000 000,00 € : vérifiez la saisie (un zéro de trop, une année ou un numéro collé dans le montant ?).',
  );
  expect(words('unknown-action')).toBe('Ligne sans identifiant : fiche action FA99 inconnue.');
  expect(words('unknown-axis')).toBe('FA07 : axe AX9 inconnu.');
  expect(words('incomplete-year')).toBe(
    '2024 : total CAF incomplet, l’équilibre de l’enveloppe n’est pas vérifié — le financeur d’une ligne qui a un montant cette année est vide ou inconnu : choisissez-le dans la liste.',
  );
  expect(words('empty-field')).toBe('Axe 2 : intitulé non renseigné.');
  expect(words('period-incomplete')).toBe('Période incomplète : année de fin non renseignée.');
  expect(words('no-caf-signatory')).toBe('Aucun signataire CAF : une CTG est signée par la CAF du département.');
  expect(words('sub-cent-number')).toBe('« 40513.004 » a plus de deux décimales : un montant s’arrête aux centimes. La valeur est ignorée.');
  expect(words('unreadable-money')).toBe(
    '« 1,234 » n’est pas un montant lisible : on ne sait pas si le séparateur marque les milliers ou les décimales, écrivez 1 234 € ou 1,23 €. La valeur est ignorée.',
  );
  expect(words('cell-too-long')).toBe(
    'Ce texte compte 61 234 caractères : une cellule Google Sheets en contient au plus 50 000. Raccourcissez-le (dans le texte importé ou le fichier de la convention), puis recommencez.',
  );
  expect(words('bad-tab-name')).toBe(
    "L’onglet « Axe 1 – L’enfance' » ne peut pas être créé : un nom d’onglet ne peut ni commencer ni finir par une apostrophe droite ('). Raccourcissez ou corrigez l’intitulé dont il vient, puis recommencez.",
  );
  expect(words('missing-tab')).toBe(
    'Onglet « Axes » introuvable (renommé ou supprimé ?) : redonnez-lui son nom « Axes » ; l’actualisation ne recrée pas un onglet saisi.',
  );
  expect(words('typed-tab-renamed')).toBe('L’onglet « Budget 2023 » est lu comme l’onglet « Budget » (ses en-têtes sont les siens) : renommez-le « Budget ».');
  expect(words('total-row')).toBe(
    'Ligne 11 ignorée : c’est une ligne de total saisie à la main, pas une ligne du budget (les totaux sont calculés dans l’onglet Contrôle).',
  );
  expect(findingMessage({ detail: { kind: 'empty-field', item: { by: 'convention' }, field: 'territory' } })).toBe(
    'Convention\u00A0: territoire non renseigné.',
  );
  expect(findingMessage({ detail: { kind: 'empty-field', item: { by: 'position', item: 'signatory', id: '', position: 1 }, field: 'signatoryName' } })).toBe(
    'Signataire 1\u00A0: nom du signataire non renseigné.',
  );
  expect(findingMessage({ detail: { kind: 'empty-field', item: { by: 'row', id: '', row: 6 }, field: 'funder' } })).toBe(
    'Ligne 6\u00A0: financeur non renseigné.',
  );
  expect(words('period-incomplete')).toBe('Période incomplète : année de fin non renseignée.');
});

test('a worded finding has the shape of `ctg check --json`: severity, code, message, sheet, cell only', () => {
  const f = { severity: 'warning' as const, code: 'unknown-axis' as const, detail: detail('unknown-axis'), sheet: 'Actions', cell: 'C8' };
  expect(wordFinding(f)).toEqual({ severity: 'warning', code: 'unknown-axis', message: 'FA07\u00A0: axe AX9 inconnu.', sheet: 'Actions', cell: 'C8' });
  expect(Object.keys(wordFinding(f))).toEqual(['severity', 'code', 'message', 'sheet', 'cell']);
  expect(wordFinding({ ...f, cell: undefined })).not.toHaveProperty('cell');
});

test('breakdown groups are named by the convention, else by their funder role or "Sans axe"', () => {
  expect(breakdownLabel({ key: 'AX1', label: 'Le soutien aux familles' })).toBe('Le soutien aux familles');
  expect(breakdownLabel({ key: 'conseil-departemental' })).toBe('Conseil départemental');
  expect(breakdownLabel({ key: '' })).toBe('Sans axe');
});
