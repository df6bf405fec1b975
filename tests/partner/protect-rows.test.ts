// A partner's rows of Réalisé protected in Google Sheets (through the counting fakes): only
// the coordinator running the add-on, the owner and the partner's addresses edit them.
// The fake spreadsheet is owned by mairie@exemple.fr, run by coordination@exemple.fr, shared
// with partenaire@petiteloco.fr, autre-partenaire@exemple.fr and collegue@exemple.fr, and
// editable by anyone of exemple.fr.
import ExcelJS from 'exceljs';
import { gasPort } from '../../src/hosts/apps-script/port';
import { serverFunctions } from '../../src/app/server-functions';
import { planWorkbook } from '../../src/core/workbook/plan';
import { emptyWorkbook } from '../../src/core/workbook/snapshot-apply';
import { planPartnerProtection } from '../../src/core/partner/protect-rows';
import { applyPlanToWorkbook } from '../../src/adapters/xlsx/apply';
import { snapshotOfWorkbook } from '../../src/adapters/xlsx/read';
import { fakeAppsScript, withGlobals, FakeWorld } from '../fakes/globals';
import { loadExample } from '../helpers/examples';
import type { Convention } from '../../src/core/domain/schema';

/** Seed 001 plus a commune line of La Petite Loco: its lines are L02 (Réalisé row 3) and L10 (row 11); Réalisé spans A:G. */
function convention(): Convention {
  const c = loadExample('thore-montagne-noire');
  c.budget.push({
    id: 'L10',
    beneficiary: 'La petite Loco',
    equipment: 'EAJE',
    nature: 'Subvention de fonctionnement',
    funder: 'commune',
    actionId: 'FA01',
    amounts: { '2023': 1000000, '2024': 1000000, '2025': 1000000 },
  });
  return c;
}

function world(): FakeWorld {
  const w = fakeAppsScript({ sheets: [] });
  withGlobals(w, () => gasPort().apply(planWorkbook(convention(), emptyWorkbook()).plan));
  w.counter.reset();
  return w;
}

const call = (w: FakeWorld, ...args: unknown[]) => withGlobals(w, () => serverFunctions(gasPort).protectPartnerRows(...args)) as { message: string };
const ours = (w: FakeWorld) => w.spreadsheet.tab('Réalisé').protections.filter((p) => p.description === 'Réalisé de La Petite Loco (CTG)');

describe('protectPartnerRows', () => {
  test('blocks the partner’s rows for everyone but the coordinator, the owner and the partner', () => {
    const w = world();
    const result = call(w, 'la petite loco', ['partenaire@petiteloco.fr']);
    expect(result.message).toBe(
      '2 lignes de «\u00A0La Petite Loco\u00A0» protégées dans Réalisé\u00A0: seuls vous, le propriétaire du classeur et partenaire@petiteloco.fr peuvent les modifier. Une ligne triée ou déplacée à la main ne garde pas sa protection\u00A0: protégez de nouveau après un tri.',
    );
    const protections = ours(w);
    expect(protections.map((p) => [p.rangeA1, p.warningOnly])).toEqual([
      ['A3:G3', false],
      ['A11:G11', false],
    ]);
    for (const p of protections) {
      expect(['partenaire@petiteloco.fr', 'coordination@exemple.fr', 'mairie@exemple.fr'].map((e) => p.canEdit(e))).toEqual([true, true, true]);
      // Another partner, and a colleague of the domain (domain editing is switched off), may not.
      expect(['autre-partenaire@exemple.fr', 'collegue@exemple.fr'].map((e) => p.canEdit(e))).toEqual([false, false]);
    }
    // Calls, counted: one read of Réalisé's protections (the header's is looked at), then per run of rows
    // protect, describe, warning off, editors read, removed, domain off, partner added. No cell written.
    const n = w.counter.toJSON();
    expect([n['Sheet.getProtections'], n['Protection.getDescription'], n['Range.protect'], n['Protection.setDescription']]).toEqual([1, 1, 2, 2]);
    expect([
      n['Protection.setWarningOnly'],
      n['Protection.getEditors'],
      n['Protection.removeEditors'],
      n['Protection.setDomainEdit'],
      n['Protection.addEditors'],
    ]).toEqual([2, 2, 2, 2, 2]);
    expect(w.counter.total('Range.setValues', 'Range.setFormulas', 'Range.clearContent')).toBe(0);
  });

  test('protecting again replaces the partner’s protections rather than stacking them', () => {
    const w = world();
    call(w, 'La Petite Loco', ['partenaire@petiteloco.fr']);
    call(w, 'La Petite Loco', ['compta@petiteloco.fr', ' compta@petiteloco.fr ']);
    const protections = ours(w);
    expect(protections.map((p) => p.rangeA1)).toEqual(['A3:G3', 'A11:G11']);
    for (const p of protections) expect([p.canEdit('compta@petiteloco.fr'), p.canEdit('partenaire@petiteloco.fr')]).toEqual([true, false]);
    // The header's warning-only protection is left as it was.
    expect(w.spreadsheet.tab('Réalisé').protections.filter((p) => p.warningOnly)).toHaveLength(1);
  });

  test('an unknown partner or a malformed address is refused in French, and nothing is protected', () => {
    const w = world();
    expect(() => call(w, 'Petite Loco', ['partenaire@petiteloco.fr'])).toThrow(
      'Aucune ligne du Budget n’a pour bénéficiaire «\u00A0Petite Loco\u00A0». Bénéficiaires du classeur\u00A0: «\u00A0Coordination et animation de la CTG\u00A0», «\u00A0La Petite Loco\u00A0»',
    );
    expect(() => call(w, 'La Petite Loco', ['partenaire.petiteloco.fr'])).toThrow('«\u00A0partenaire.petiteloco.fr\u00A0» n’est pas une adresse e-mail.');
    expect(() => call(w, 'La Petite Loco', [])).toThrow('Indiquez au moins une adresse e-mail du partenaire.');
    expect(ours(w)).toEqual([]);
  });

  test('the .xlsx applier writes no protection for named editors (.xlsx knows no accounts)', () => {
    const wb = new ExcelJS.Workbook();
    applyPlanToWorkbook(wb, planWorkbook(convention(), emptyWorkbook()).plan);
    const result = planPartnerProtection(snapshotOfWorkbook(wb), 'La Petite Loco', ['partenaire@petiteloco.fr']);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.plan.ops).toHaveLength(2);
    const before = JSON.stringify(snapshotOfWorkbook(wb));
    applyPlanToWorkbook(wb, result.plan);
    expect((wb.getWorksheet('Réalisé') as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
    expect(JSON.stringify(snapshotOfWorkbook(wb))).toBe(before);
  });
});
