// One voice in French (issue 13, point 6): every wording of src/i18n, called with sample
// parameters, and what `ctg` prints on its error paths, follow the same typography —
// agreed plurals, typographic apostrophes, « » with no-break spaces, a no-break space
// before : ; ? !, no double spaces.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFile } from 'child_process';
import ExcelJS from 'exceljs';
import * as addon from '../../src/i18n/fr-addon';
import * as bilan from '../../src/i18n/fr-bilan';
import * as cli from '../../src/i18n/fr-cli';
import * as domain from '../../src/i18n/fr-domain';
import * as findings from '../../src/i18n/fr-findings';
import * as followUp from '../../src/i18n/fr-follow-up';
import * as grammar from '../../src/i18n/fr-grammar';
import * as importPanel from '../../src/i18n/fr-import-panel';
import * as importWords from '../../src/i18n/fr-import';
import * as partnerFile from '../../src/i18n/fr-partner-file';
import * as partner from '../../src/i18n/fr-partner';
import * as summary from '../../src/i18n/fr-summary';
import * as workbook from '../../src/i18n/fr-workbook';
import { FindingDetail, FindingKind } from '../../src/core/domain/report';
import { findingMessage } from '../../src/core/wording/finding-message';
import { formatMoney } from '../../src/core/domain/money';
import { FINDING_SAMPLES } from '../helpers/finding-samples';
import { voiceProblems } from '../helpers/french-voice';
import { smallConvention } from '../workbook/fixture';
import { main } from '../../src/hosts/cli/main';

// ---- Samples: the mapped type asks for one (or more) argument lists for every function
// exported by src/i18n, at any depth; a new wording without a sample is a type error.

type Fn = (...args: never[]) => unknown;
type Leaf = string | number | boolean | RegExp | readonly unknown[] | null | undefined;
type HasFn<T> = T extends Fn
  ? true
  : T extends Leaf
    ? false
    : T extends object
      ? true extends { [K in keyof T]-?: HasFn<T[K]> }[keyof T]
        ? true
        : false
      : false;
type Samples<T> = {
  [K in keyof T as HasFn<T[K]> extends true ? K : never]: T[K] extends (...args: infer A) => unknown ? readonly [A, ...A[]] : Samples<T[K]>;
};

const money = (euros: number) => formatMoney(euros * 100);
const M = money(241801);
const LINES = ['L01 (Crèche Les Lutins)', 'L02'];

const SAMPLES: { [M in keyof typeof MODULES]: Samples<(typeof MODULES)[M]> } = {
  'fr-addon': {
    frAddon: {
      unexpected: [['délai dépassé']],
      invalidArgument: [['cellule manquante']],
      initDone: [['5 onglets créés, 16 fiches.']],
      refreshDone: [['2 onglets calculés mis à jour.']],
      importDone: [['3 onglets créés.']],
      importKept: [[['Convention!B3']], [Array.from({ length: 12 }, (_, i) => `Budget!G${i + 2}`)]],
      checkDone: [
        [0, 0],
        [1, 1],
        [2, 3],
      ],
      unknownTab: [['Budget']],
      badCell: [['ZZ']],
      moreFindings: [[1], [4]],
      summaryReady: [['https://docs.google.com/document/d/abc/edit']],
      checkLine: [[2024, '✔ équilibré', M, M, money(0)]],
    },
    frFormLabels: { envelopeFor: [[2024]] },
    frSidebar: {
      signatoryLegend: [[2]],
      envelopeFor: [[2025]],
      findingsTitle: [[3]],
      deltaOf: [[M]],
      summaryDone: [
        [true, []],
        [false, ['{{inconnu}}', '{{autre}}']],
      ],
      goToCell: [['Budget!G4']],
      periodLine: [
        [2023, 2025],
        [undefined, undefined],
      ],
      bilanOpen: [[2024]],
      typedTabs: [[{ tabs: 3, axes: 6, actions: 16, lines: 9 }], [{ tabs: 1, axes: 1, actions: 0, lines: 0 }]],
      periodTooLong: [[8, 6]],
      notAYear: [['Année de début', '23']],
      bilanWriting: [[2024]],
      checkedAt: [[14, 5]],
      severityGroup: [
        ['error', 1],
        ['warning', 2],
        ['info', 3],
      ],
      tabGroup: [['Budget']],
      showMore: [[1], [12]],
      bilanDone: [
        [2024, true],
        [2024, false],
      ],
    },
    frForm: { required: [['Territoire']], year: [['Année de début', '23']], period: [[6]], amount: [['Enveloppe CAF 2024', 'la cellule est vide']] },
    frPreview: { selected: [['Budget!G4']], badCell: [['ZZ']], unknownTab: [['Budget']], listening: [['http://localhost:8080']], badPort: [['abc']] },
  },
  'fr-bilan': {
    frNumber: [[1234.5], [-12]],
    frBilan: {
      documentName: [[2024, 'CTG Thoré']],
      title: [[2024]],
      pageFooter: [['CTG Thoré', 2024, '30/11/2026']],
      subtitle: [['CTG Thoré', 'Thoré', '2023–2025']],
      provisional: [[2026]],
      keyFiguresHeader: [[2024]],
      cafSentence: [[2024, '87 %', M, M]],
      cafNothing: [[2024]],
      nothingMissing: [[2024]],
      noRealisedAtAll: [[2024]],
      linesWithoutRealised: [
        [2024, ['L01']],
        [2024, LINES],
      ],
      fichesWithoutFollowUp: [
        [2024, ['FA01']],
        [2024, ['FA01', 'FA02']],
      ],
      indicatorsWithoutValue: [
        [2024, ['Places créées']],
        [2024, ['Places créées', 'Taux d’occupation']],
      ],
      noEnvelope: [[2024]],
      lineName: [
        ['L01', 'Crèche'],
        ['L02', ''],
      ],
      statusFromActions: [['En cours']],
      progress: [[45]],
      unreadable: [['la moitié']],
      budgetIntro: [[2024]],
      groupHeader: [['Bénéficiaire', 2024]],
      indicatorHeader: [[2024]],
      remaining: [
        [12, 'places', 40],
        [3, undefined, null],
      ],
      decision: [['FA01', 'prolonger l’action']],
      noDecisions: [[2024]],
      outsidePeriod: [[2030, 2023, 2025]],
      rate: [[87.25]],
    },
    frChart: { amount: [[24180100], [123456789], [95000]] },
    frBilanCli: { badYear: [['20']], written: [['bilan.docx']], hasErrors: [[1], [3]] },
  },
  'fr-cli': {
    frCli: {
      commandUsage: [['summary'], ['check'], ['nope']],
      unknownCommand: [['nope']],
      fileMissing: [['a.json']],
      outFolderMissing: [['x/a.xlsx', 'x']],
      invalidJson: [
        ['a.json', { line: 3, column: 7 }],
        ['a.json', null],
      ],
      version: [['1.0.0']],
      invalidConvention: [['a.json']],
      reportTitle: [['CTG Thoré']],
      findingsTitle: [[2]],
    },
  },
  'fr-domain': {
    frMoney: {
      unreadable: [
        ['12abc', 'characters'],
        ['x'.repeat(50), 'no-digits'],
      ],
      subCent: [[40513.004]],
    },
    statusWords: [['balanced'], ['over']],
    severityWords: [['error'], ['info']],
    frFindings: {
      incompleteYear: [[2024, domain.GAP_REASON['funder-unreadable']]],
      over: [[2024, M, M, M]],
      under: [[2024, M, M, M]],
      missingEnvelope: [[2024, M]],
      envelopeOutsidePeriod: [[2030, 2023, 2025]],
      envelopeTotalMismatch: [[M, M]],
      totalOver: [[M, M, M]],
      totalUnder: [[M, M, M]],
      yearOutsidePeriod: [['L07', '2022', M]],
      negativeAmount: [['L02', '2023', money(-5)]],
      negativeEnvelope: [[2023, money(-1)]],
      zeroEnvelope: [[2024]],
      implausibleAmount: [['L03', '2024', M, M]],
      implausibleEnvelope: [[2024, M, M]],
      unreadableAmount: [['L03', '2024', domain.frMoney.unreadable('12abc', 'characters')]],
      unknownAction: [['L01', 'FA99']],
      unknownAxis: [['FA07', 'AX9']],
      duplicateId: [['L01', 2]],
      emptyField: [
        ['Convention', 'territory'],
        ['Convention', 'startYear'],
      ],
      periodIncomplete: [['année de fin']],
    },
    frBreakdown: { lineLabel: [[6], [undefined]] },
    frParse: {
      issue: [
        ['signatories.0.name', 'ne doit pas être vide'],
        ['', 'valeur invalide'],
      ],
      zodIssue: [
        [{ code: 'invalid_type', expected: 'int', input: 'a' }],
        [{ code: 'invalid_type', input: undefined }],
        [{ code: 'too_big', origin: 'string', maximum: 200 }],
        [{ code: 'too_big', origin: 'array', maximum: 6 }],
        [{ code: 'too_big', origin: 'number', maximum: 2100, inclusive: true }],
        [{ code: 'too_small', origin: 'string', minimum: 1 }],
        [{ code: 'too_small', origin: 'string', minimum: 3 }],
        [{ code: 'too_small', origin: 'array', minimum: 1 }],
        [{ code: 'too_small', origin: 'number', minimum: 0, inclusive: false }],
        [{ code: 'invalid_format' }],
        [{ code: 'invalid_value', values: ['caf', 'commune'] }],
        [{ code: 'invalid_key' }],
        [{ code: 'custom', params: { rule: 'period-span' } }],
        [{ code: 'custom' }],
        [{ input: 1e300 }],
      ],
    },
  },
  // Every kind of finding is worded through findingMessage below, from FINDING_SAMPLES.
  'fr-findings': { itemName: [[{ by: 'row', id: '', row: 7 }], [{ by: 'position', item: 'axis', id: '', position: 2 }], [{ by: 'convention' }]] },
  'fr-follow-up': {
    frFollowUpFindings: {
      realisedOverPlanned: [['L01', '2023', M, M]],
      realisedUnknownLine: [['L42']],
      realisedFutureYear: [['L02', '2027', 2026]],
      unreadableRealised: [['L03', '2024', domain.frMoney.unreadable('environ', 'characters')]],
      negativeRealised: [['L04', '2024', money(-1)]],
      actionDoneWithoutRealised: [
        ['FA03', 2024],
        ['FA03', undefined],
      ],
      indicatorUnknownAction: [['Places créées', 'FA99']],
      indicatorWithoutUnit: [['FA01', 'Places créées']],
      implausibleIndicator: [['FA01', 'Taux', '2024', 180.5, followUp.IMPLAUSIBLE_MEASURE['over-percent']]],
      unreadableMeasure: [
        ['indicator', 'FA01', '2024', 'beaucoup'],
        ['progress', 'FA02', '2024', 'la moitié'],
      ],
      followUpUnknownAction: [['FA77', 2024]],
      followUpOutsidePeriod: [['FA01', 2030, 2023, 2025]],
      implausibleProgress: [['FA01', 2024, 150]],
    },
  },
  'fr-grammar': {
    plural: [[1, 'ligne', 'lignes']],
    counted: [
      [0, 'erreur'],
      [2, 'point d’attention', 'points d’attention'],
    ],
    quoted: [['Budget']],
  },
  'fr-import-panel': {
    frImportPanel: {
      previewDone: [
        [1, 0],
        [12, 3],
      ],
      counts: [
        [{ signatories: 1, axes: 0, objectives: 1, actions: 1, budgetLines: 1 }],
        [{ signatories: 3, axes: 4, objectives: 9, actions: 16, budgetLines: 9 }],
      ],
      badYear: [['Année de début', '23']],
      objectives: [[1], [3]],
      envelope: [
        [M, '2023 à 2025'],
        [M, ''],
      ],
      envelopeYear: [[2024, M]],
      envelopeTotal: [[M]],
      perYear: [[M]],
      lineRef: [[12], [0]],
      include: [['Axe 1']],
      editTitle: [['AX1']],
    },
  },
  'fr-import': {
    frImport: {
      rangeAt: [[2023, 2026, 4]],
      otherRanges: [['2023-2026', ['2019-2022', '2027']]],
      durationMismatch: [
        [1, '2023-2026'],
        [4, '2023-2025'],
      ],
      periodFromDuration: [[4, 2023]],
      periodFromDurationAndEnd: [[1, 2026]],
      periodFromSignature: [[4, '12/03/2023']],
      durationOnly: [[1], [5]],
      horizonLabel: [[2026]],
      yearFromWeekday: [['lundi 12 mars 2023']],
      yearFromPublication: [['12/03/2023']],
      sameBodyAs: [['CAF du Tarn']],
      conventionName: [['Thoré']],
      communeOf: [['Anglès'], ['Brassac']],
      mairieOf: [['Anglès']],
      joinTitles: [[['Petite enfance']], [['Petite enfance', 'enfance', 'jeunesse']]],
      objectiveByPosition: [['AX1']],
      actionsUnattached: [[1], [3]],
      actionAxisUnknown: [['Axe 7']],
      actionByPosition: [['AX1']],
      actionByThemes: [['AX2']],
      actionSingleAxis: [['AX1']],
      countMatches: [
        [1, { one: 'axe', word: 'axes', fem: false }],
        [4, { one: 'orientation', word: 'orientations', fem: true }],
      ],
      countDiffers: [
        [4, 0, { one: 'axe', word: 'axes', fem: false }, false],
        [4, 1, { one: 'ambition', word: 'ambitions', fem: true }, true],
        [4, 3, { one: 'axe', word: 'axes', fem: false }, false],
      ],
      countMismatch: [
        [1, 0, { one: 'fiche action', word: 'fiches actions', fem: true }],
        [4, 3, { one: 'objectif', word: 'objectifs', fem: false }],
      ],
      countWhat: [['axes', 'enjeu'], ['actions'], ['objectives']],
      repeatedLine: [[12]],
      oneYear: [[2024]],
      eachYear: [[[2023, 2024, 2025]], [[2023, 2025]]],
      annualEnvelope: [[[2023, 2024]]],
      linesVsEnvelope: [[[2023, 2024], M, M]],
      linesMatchEnvelope: [[1], [3]],
      envelopesVsTotal: [
        [1, M, M],
        [3, M, M],
      ],
      envelopesMatchTotal: [
        [1, M],
        [3, M],
      ],
      linesVsTotal: [[M, M]],
      linesMatchTotal: [[M]],
    },
    frImportCli: {
      outExists: [['convention.json']],
      binaryFile: [['convention.pdf']],
      unreadableText: [['convention.txt', 'accès refusé']],
      title: [['convention.txt']],
      counts: [
        [{ signatories: 1, axes: 1, objectives: 0, actions: 1, budgetLines: 1, envelopes: 1 }],
        [{ signatories: 3, axes: 4, objectives: 9, actions: 16, budgetLines: 9, envelopes: 3 }],
      ],
      period: [['2023-2026']],
      uncertainTitle: [[0], [3]],
      uncertainLine: [
        [12, 'Axe', 'Accès aux droits', 'élément de liste lu comme un axe'],
        [0, 'Territoire', 'Territoire', 'à confirmer'],
      ],
      consistencyLine: [
        ['⚠ Attention', 12, 'écart'],
        ['ℹ Info', undefined, 'cohérent'],
      ],
      written: [['convention.json']],
    },
  },
  'fr-partner-file': {
    frDay: [[new Date(2026, 10, 30)]],
    PARTNER_HEADER: { planned: [[2024]], realised: [[2024]] },
    partnerReadme: [
      [{ beneficiary: 'Crèche', convention: 'CTG Thoré', territory: 'Thoré', source: 'ctg.xlsx', date: '30/11/2026', years: [2024], lines: 1 }],
      [{ beneficiary: 'Crèche', convention: 'CTG Thoré', territory: '', source: 'ctg.xlsx', date: '30/11/2026', years: [2023, 2024], lines: 3 }],
    ],
    frPartnerFile: {
      noYears: [['Réalisé']],
      unknownYear: [['2030', [2023, 2024]]],
      extracted: [
        ['p.xlsx', 'Crèche', 1, [2024], 'ctg.xlsx'],
        ['p.xlsx', 'Crèche', 3, [2023, 2024], 'ctg.xlsx'],
      ],
      refused: [
        ['ctg.xlsx', 'p.xlsx', ['Vos lignes!B2\u00A0: montant illisible.'], 0],
        ['ctg.xlsx', 'p.xlsx', ['un', 'deux'], 1],
        ['ctg.xlsx', 'p.xlsx', ['un'], 4],
      ],
      notPartnerFile: [['p.xlsx']],
      markerAltered: [['p.xlsx']],
      otherConvention: [['CTG A', 'CTG B']],
      tabMissing: [['Vos lignes']],
      idChanged: [
        ['Vos lignes!A2', 'L01', ''],
        ['Vos lignes!A2', 'L01', 'L09'],
      ],
      readOnlyChanged: [
        ['Vos lignes!B2', '', 'x'],
        ['Vos lignes!B2', 'Crèche', ''],
      ],
      outsideCell: [['Vos lignes!Z9', '12']],
      unreadableAmount: [['Vos lignes!G2', '12abc', 'characters']],
      subCentAmount: [['Vos lignes!G2', 1.234]],
      negativeAmount: [['Vos lignes!G2', money(-3)]],
      lineGone: [['L01', 'Réalisé']],
      yearGone: [[2024, 'Réalisé']],
      taken: [
        ['Réalisé!D2', M, undefined],
        ['Réalisé!D2', M, M],
      ],
      conflict: [
        ['Réalisé!D2', M, undefined, M],
        ['Réalisé!D2', M, M, M],
      ],
      cleared: [['Réalisé!D2', M]],
      quoted: [['12abc']],
      summary: [
        ['ctg.xlsx', 1, 0, 0, 0],
        ['ctg.xlsx', 3, 2, 1, 4],
      ],
      nothingChanged: [['p.xlsx']],
      replacedNote: [['30/11/2026', 'p.xlsx', 'Crèche', M]],
    },
  },
  'fr-partner': {
    plural: [[2, 'ligne', 'lignes']],
    quotedList: [[['Crèche']], [['Crèche', 'Centre social', 'Mairie']]],
    yearList: [[[2024]], [[2023, 2024, 2025]]],
    frPartner: {
      unknownBeneficiary: [
        ['Inconnu', []],
        ['Inconnu', ['Crèche', 'Mairie']],
      ],
      lineWithoutId: [['Budget!A7', 'Crèche']],
      duplicateId: [['L01']],
      noRealisedColumn: [['Réalisé', 'Réalisé 2024']],
      missingRealisedRow: [['L01', 'Réalisé']],
      repeatedRealisedRow: [['L01', ['Réalisé!A2', 'Réalisé!A5']]],
      protectionDescription: [['Crèche']],
      badEmail: [['pas-une-adresse']],
      protectedRows: [
        ['Crèche', 1, ['a@b.fr']],
        ['Crèche', 3, ['a@b.fr', 'c@d.fr']],
      ],
    },
  },
  'fr-summary': {
    frSummary: {
      label: [['Territoire']],
      listLabel: [['Objectifs']],
      documentTitle: [['CTG Thoré']],
      subtitle: [['Thoré', '2023–2025']],
      periodRange: [[2023, 2025]],
      periodFrom: [[2023]],
      periodUntil: [[2026]],
      signatory: [['CAF du Tarn', 'CAF']],
      axisHeading: [['Axe', 1, 'Petite enfance']],
      budgetHeader: [[[2023, 2024]]],
      unreadable: [['12abc']],
      yearSentence: {
        balanced: [[2024, M, M]],
        over: [[2024, M, M, M]],
        under: [[2024, M, M, M]],
        missing: [[2024, M]],
        incomplete: [[2024]],
      },
      totalSentence: [['équilibré', M, M]],
      finding: [['error', 'Budget!G4', 'montant illisible.']],
      pageFooter: [['CTG Thoré', '30/11/2026']],
      generatedOn: [['30/11/2026']],
      templateBadLink: [['mon modèle']],
      templateSet: [['Modèle CAF']],
      templateUnavailable: [['https://docs.google.com/document/d/abc/edit']],
      documentUnavailable: [['https://docs.google.com/document/d/abc/edit']],
    },
    frFiche: { fichesTitle: [['CTG Thoré']], ficheTitle: [['FA01', 'Crèche']], unknownAction: [['FA99', 'FA01, FA02']] },
    frSummaryCli: {
      badExtension: [['a.pdf']],
      extraArgument: [['b.xlsx']],
      unsupportedInput: [['a.txt']],
      written: [['synthese.docx']],
      writtenWithErrors: [[1], [4]],
      outExists: [['synthese.docx']],
      unknownPlaceholders: [[['{{x}}', '{{y}}']]],
    },
  },
  'fr-workbook': {
    TAB: { axis: [[1, 'Soutien aux familles']] },
    frControl: {
      staleNotice: [
        ['B30', '30/11/2026 à 09:15'],
        ['B30', undefined],
      ],
      checkedAt: [[new Date(2026, 10, 30, 9, 5)]],
      helpYear: [[2020, 2035]],
    },
    frReader: {
      missingTab: [['Axes']],
      typedTabRenamed: [['Budget 2023', 'Budget']],
      missingColumn: [['Budget', 'Nature']],
      missingField: [['Territoire']],
      errorCell: [['#REF!']],
      notAYear: [['23']],
      notADate: [['31/02']],
      unknownLabel: [['Région', ['CAF', 'Autre'], 'Autre']],
      unreadableMoney: [[domain.frMoney.unreadable('1,234', 'ambiguous')]],
      amountAsText: [['1 000 €']],
      totalRow: [[11]],
      commentRow: [[12]],
      merged: [['A2:B3']],
      badPeriod: [[2023, 2030]],
      axisTabRenamed: [['Axe 1 – Ancien', 'Axe 1 – Nouveau']],
      tabNameTaken: [['Contrôle', 'Contrôle (2)']],
      keptValue: [['Brassac', 'Anglès']],
      typedOverFormula: [['Contrôle', '241801']],
      generatedStale: [['Contrôle']],
      generatedBlocked: [['Contrôle']],
      axisTabOrphan: [['Axe 4 – Jeunesse']],
      labelNotCounted: [['Caf', 'CAF']],
      notANumber: [['beaucoup']],
    },
    frPlanCounts: {
      tabsCreated: [[1], [5]],
      axes: [[1], [6]],
      actions: [[1], [16]],
      budgetLines: [[1], [9]],
      columnsAdded: [[1], [2]],
      cellsFilled: [[1], [3]],
      generatedRefreshed: [[1], [2]],
    },
    frXlsx: {
      fileMissing: [['a.xlsx']],
      unreadable: [['a.xlsx']],
      readOnly: [['a.xlsx']],
      exists: [['a.xlsx']],
      written: [['a.xlsx', '5 onglets créés.']],
      refreshed: [['a.xlsx', '1 onglet calculé mis à jour.']],
      upToDate: [['a.xlsx']],
      needsWorkbook: [['check']],
      notCtg: [['a.xlsx']],
      notXlsx: [['a.ods']],
      unknownOption: [['--bogus']],
      optionNeedsValue: [['--out']],
      unexpected: [['boom']],
    },
    frLimits: {
      cellTooLong: [[61234, 50000]],
      badTabName: [['Axe 1', 'son nom est vide.']],
      tabNameProblem: { empty: [[100]], 'too-long': [[100]], 'forbidden-character': [[100]], apostrophe: [[100]] },
      tooManyColumns: [['Budget', 20000, 18278]],
      tooManyCells: [[10026000, 10000000]],
      refused: [[['Budget\u00A0: trop de colonnes.', 'Axes\u00A0: trop long.']]],
    },
  },
};

const MODULES = {
  'fr-addon': addon,
  'fr-bilan': bilan,
  'fr-cli': cli,
  'fr-domain': domain,
  // The findings' table is worded kind by kind through findingMessage below.
  'fr-findings': { itemName: findings.itemName },
  'fr-follow-up': followUp,
  'fr-grammar': grammar,
  'fr-import-panel': importPanel,
  'fr-import': importWords,
  'fr-partner-file': partnerFile,
  'fr-partner': partner,
  'fr-summary': summary,
  'fr-workbook': workbook,
};

/**
 * Wordings that are not sentences people read as French text: earlier field labels kept only
 * so that older workbooks are still read, and the general help's aligned columns (checked apart).
 */
const NOT_PROSE = new Set(['fr-workbook.FIELD_LABEL_ALIASES', 'fr-cli.frCli.usage']);

/** Every text a value yields: strings as they are, functions called with each of their samples. */
function texts(value: unknown, samples: unknown, where: string, out: { where: string; text: string }[]): void {
  if (NOT_PROSE.has(where)) return;
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function') {
    if (!Array.isArray(samples)) throw new Error(`${where}: no sample arguments (add them to SAMPLES)`);
    samples.forEach((args: unknown[], i) => texts((value as (...a: unknown[]) => unknown)(...args), undefined, `${where}#${i}`, out));
  } else if (Array.isArray(value)) value.forEach((v, i) => texts(v, undefined, `${where}[${i}]`, out));
  else if (value && typeof value === 'object' && !(value instanceof RegExp)) {
    for (const [k, v] of Object.entries(value)) texts(v, (samples as Record<string, unknown> | undefined)?.[k], `${where}.${k}`, out);
  }
}

function allWordings(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const [name, mod] of Object.entries(MODULES)) texts(mod, SAMPLES[name as keyof typeof MODULES], name, out);
  for (const kind of Object.keys(FINDING_SAMPLES) as FindingKind[]) {
    out.push({ where: `finding ${kind}`, text: findingMessage({ detail: { kind, ...FINDING_SAMPLES[kind] } as FindingDetail }) });
  }
  return out;
}

const problemsOf = (items: { where: string; text: string }[], options?: { columns?: boolean }) =>
  items.flatMap(({ where, text }) => voiceProblems(text, options).map((p) => `${where}: ${p}`));

describe('the checker of the French rules', () => {
  test('catches each broken rule, and lets URLs, times, cell references and indentation through', () => {
    expect(voiceProblems('2 erreur(s)')).toEqual([expect.stringContaining('parentheses')]);
    expect(voiceProblems('intitulé non renseigné(e).')).toHaveLength(1);
    expect(voiceProblems("n'est pas")).toEqual([expect.stringContaining('straight apostrophe')]);
    expect(voiceProblems('le nom « Budget\u00A0»')).toEqual([expect.stringContaining('« not followed')]);
    expect(voiceProblems('le nom «\u00A0Budget »')).toEqual([expect.stringContaining('» not preceded')]);
    expect(voiceProblems('Fichier introuvable : a.xlsx')).toEqual([expect.stringContaining('before : ; ? !')]);
    expect(voiceProblems('Fichier introuvable: a.xlsx')).toHaveLength(1);
    expect(voiceProblems('supprimé ?) ; voir')).toHaveLength(2);
    expect(voiceProblems('Attention !')).toHaveLength(1);
    expect(voiceProblems('deux  espaces')).toEqual([expect.stringContaining('double space')]);
    expect(voiceProblems('deux  colonnes', { columns: true })).toEqual([]);
    const fine = [
      'Synthèse prête\u00A0: https://docs.google.com/document/d/abc/edit',
      'Dernière vérification\u00A0: 30/11/2026 à 09:15',
      'Aller à Budget!G4',
      '  ✖ Erreur — Budget!G4 — l’enveloppe de «\u00A0Budget\u00A0» est vide\u00A0; voir\u00A0?',
      "n’est pas un nom d’onglet valide (apostrophe droite\u00A0: ')",
    ];
    for (const text of fine) expect(voiceProblems(text)).toEqual([]);
  });
});

describe('every wording of src/i18n', () => {
  test('every file of src/i18n is walked here', () => {
    const files = fs
      .readdirSync(path.join(__dirname, '../../src/i18n'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.filter((f) => !(f in MODULES))).toEqual([]);
  });

  test('follows the French rules: agreed plurals, ’, « » with no-break spaces, a no-break space before : ; ? !, no double spaces', () => {
    const all = allWordings();
    expect(all.length).toBeGreaterThan(500);
    expect(problemsOf(all)).toEqual([]);
  });

  test('plurals agree with their number', () => {
    expect(addon.frAddon.checkDone(1, 1)).toBe('Contrôle terminé\u00A0: 1 erreur, 1 point d’attention.');
    expect(addon.frAddon.checkDone(2, 0)).toBe('Contrôle terminé\u00A0: 2 erreurs, 0 point d’attention.');
    expect(domain.frFindings.emptyField('Convention', 'territory')).toBe('Convention\u00A0: territoire non renseigné.');
    expect(domain.frFindings.emptyField('Convention', 'endYear')).toBe('Convention\u00A0: année de fin non renseignée.');
    expect(importPanel.frImportPanel.previewDone(1, 0)).toMatch(/^Aperçu prêt\u00A0: 1 élément reconnu, 0 à vérifier\./);
    expect(importWords.frImport.countMatches(1, importWords.frImport.countWhat('actions'))).toBe('1 fiche action annoncée, 1 trouvée.');
    expect(importWords.frImport.countMismatch(4, 3, importWords.frImport.countWhat('axes', 'ambition'))).toBe('Le texte annonce 4 ambitions, 3 trouvées.');
    expect(importWords.frImport.actionsUnattached(1)).toMatch(/^1 fiche action n’est rattachée à aucun axe/);
  });

  test('the general help lines up its columns and follows the other rules', () => {
    const usage = cli.frCli.usage;
    expect(voiceProblems(usage, { columns: true })).toEqual([]);
    expect(usage).toContain('  refresh <classeur.xlsx>      actualise les onglets calculés');
  });
});

// ---- The command line: what `ctg` prints on its error paths, from the built bundle.

const repo = path.join(__dirname, '..', '..');
const bin = path.join(repo, 'bin', 'ctg.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-voice-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

/** Runs `ctg` in-process, on absolute paths, and keeps what it prints exactly as printed (no-break spaces too). */
async function ctgHere(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const capture = (...a: unknown[]) => void out.push(a.join(' '));
  const log = jest.spyOn(console, 'log').mockImplementation(capture);
  const error = jest.spyOn(console, 'error').mockImplementation(capture);
  try {
    const code = await main(args.map((a) => (/\.(json|xlsx|txt|md|pdf)$/.test(a) ? at(a) : a)));
    return { code, out: out.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Runs the built command (bin/ctg.js), as people do. */
function ctg(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

describe('every message ctg prints on a bad input', () => {
  beforeAll(async () => {
    fs.writeFileSync(at('convention.json'), JSON.stringify(smallConvention()));
    fs.writeFileSync(at('syntax.json'), '{\n  "name": "CTG",\n  "territory" "Thoré"\n}');
    fs.writeFileSync(at('cut.json'), '{ "name": "CTG"');
    fs.writeFileSync(at('invalid.json'), JSON.stringify({ name: '', startYear: 'deux mille', signatories: [{ name: 'X', role: 'banque' }] }));
    fs.writeFileSync(at('notes.txt'), 'Rien d’utile ici.');
    fs.writeFileSync(at('broken.xlsx'), 'pas un classeur');
    fs.writeFileSync(at('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe]));
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Feuille 1').getCell('A1').value = 'autre chose';
    await other.xlsx.writeFile(at('other.xlsx'));
    expect((await ctgHere(['init', 'convention.json', '--out', 'ctg.xlsx'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('ctg.xlsx'));
    wb.getWorksheet('Budget')!.getCell('H2').value = 30250;
    wb.getWorksheet('Budget')!.getCell('G3').value = '12abc';
    wb.getWorksheet('Budget')!.getCell('B4').value = '';
    await wb.xlsx.writeFile(at('errors.xlsx'));
  }, 60_000);

  const CASES: string[][] = [
    ['nope'],
    ['init'],
    ['init', 'absent.json', '--out', 'a.xlsx'],
    ['init', 'syntax.json', '--out', 'a.xlsx'],
    ['init', 'cut.json', '--out', 'a.xlsx'],
    ['init', 'invalid.json', '--out', 'a.xlsx'],
    ['init', 'convention.json', '--out', 'absent/a.xlsx'],
    ['init', 'convention.json', '--out'],
    ['init', 'convention.json', '--bogus'],
    ['init', 'convention.json', '--out', 'ctg.xlsx'],
    ['check'],
    ['check', 'absent.xlsx'],
    ['check', 'notes.txt'],
    ['check', 'broken.xlsx'],
    ['check', 'broken.xlsx', '--json'],
    ['check', 'other.xlsx'],
    ['check', 'errors.xlsx'],
    ['refresh'],
    ['refresh', 'other.xlsx'],
    ['summary'],
    ['summary', 'ctg.xlsx'],
    ['summary', 'ctg.xlsx', '--out', 'a.pdf'],
    ['summary', 'notes.txt', '--out', 'a.md'],
    ['summary', 'ctg.xlsx', 'b.xlsx', '--out', 'a.md'],
    ['summary', 'ctg.xlsx', '--action', 'FA99', '--out', 'fiche.md'],
    ['summary', 'errors.xlsx', '--out', 'errors.md'],
    ['bilan'],
    ['bilan', 'ctg.xlsx', '--out', 'b.md'],
    ['bilan', 'ctg.xlsx', '--year', '20', '--out', 'b.md'],
    ['bilan', 'ctg.xlsx', '--year', '2024'],
    ['bilan', 'ctg.xlsx', '--year', '2030', '--out', 'b.md'],
    ['import'],
    ['import', 'absent.txt'],
    ['import', 'binary.txt'],
    ['import', 'notes.txt'],
    ['extract', 'ctg.xlsx', '--out', 'p.xlsx'],
    ['extract', 'ctg.xlsx', '--beneficiaire', 'Inconnu', '--out', 'p.xlsx'],
    ['merge', 'ctg.xlsx'],
    ['merge', 'ctg.xlsx', 'ctg.xlsx'],
    ['merge', 'ctg.xlsx', 'other.xlsx'],
  ];

  test('follow the French rules (the general help, which some of them show, is checked apart)', async () => {
    const usage = cli.frCli.usage;
    const results: { args: string[]; code: number; out: string }[] = [];
    for (const args of CASES) results.push({ args, ...(await ctgHere(args)) });
    // --json prints JSON: its strings are the French text.
    // --json prints a JSON object (then the message on stderr): its strings are the French text.
    const prose = (out: string) => {
      if (!out.startsWith('{')) return out;
      const end = out.indexOf('\n}') + 2;
      const strings = Object.values(JSON.parse(out.slice(0, end)) as Record<string, unknown>).filter((v) => typeof v === 'string');
      return [...strings, out.slice(end)].join('\n');
    };
    const printed = results.map(({ args, out }) => ({ where: `ctg ${args.join(' ')}`, text: prose(out).replace(usage, '') }));
    // Every case prints something in French; most are refusals.
    for (const { where, text } of printed) expect({ where, empty: text.trim() === '' }).toEqual({ where, empty: false });
    expect(results.filter((r) => r.code === 2).length).toBeGreaterThan(30);
    // The check's table lines up its columns: its rows are checked without the double-space rule.
    const table = /^(?:Année|Total|\d{4}) .*$/gm;
    expect(problemsOf(printed.map((p) => ({ ...p, text: p.text.replace(table, '') })))).toEqual([]);
    expect(
      problemsOf(
        printed.map((p) => ({ ...p, text: (p.text.match(table) ?? []).join('\n') })),
        { columns: true },
      ),
    ).toEqual([]);
  }, 120_000);

  test('-h or --help anywhere after a command shows that command’s help and exits 0', async () => {
    for (const args of [
      ['summary', '-h'],
      ['summary', 'ctg.xlsx', '--help'],
      ['init', '--out', 'x.xlsx', '-h'],
    ]) {
      const r = await ctg(args);
      expect(r).toEqual({ code: 0, out: `${cli.frCli.commandUsage(args[0])}\n` });
    }
    expect((await ctg(['summary', '-h'])).out).toMatch(/^Usage\u00A0: ctg summary <classeur\.xlsx> --out <fichier\.docx\|fichier\.md>/);
    expect((await ctg(['help', 'bilan'])).out).toMatch(/^Usage\u00A0: ctg bilan /);
  }, 60_000);
});
