// The first-run form → the convention's own fields. Years and amounts arrive as
// typed; every problem is reported in French, naming the field and quoting the value.
import type { InitForm } from './contract';
import { Convention, periodYears } from '../core/domain/schema';
import { MAX_PERIOD_YEARS, isPeriodSpan, yearFromText } from '../core/domain/years';
import { parseMoney } from '../core/domain/money';
import { frForm, frFormLabels } from '../i18n/fr-addon';
import { frMoney } from '../i18n/fr-domain';
import { UserError } from './errors';

export type FormFields = Pick<Convention, 'name' | 'territory' | 'signatories' | 'period' | 'envelopes'>;

function readYear(label: string, text: string, errors: string[]): number | undefined {
  const t = text.trim();
  if (t === '') return void errors.push(frForm.required(label));
  const year = yearFromText(t);
  if (year === null) return void errors.push(frForm.year(label, t));
  return year;
}

export function conventionFromForm(form: InitForm): FormFields {
  const errors: string[] = [];
  // The territory and the signatories may wait (the check then lists them in the Convention tab):
  // the period and the envelopes are what the tabs are built from.
  const territory = form.territory.trim();
  const signatories = form.signatories.map((s) => ({ name: s.name.trim(), role: s.role })).filter((s) => s.name !== '');
  const startYear = readYear(frFormLabels.startYear, form.startYear, errors);
  const endYear = readYear(frFormLabels.endYear, form.endYear, errors);
  let years: number[] = [];
  if (startYear !== undefined && endYear !== undefined) {
    if (!isPeriodSpan(startYear, endYear)) errors.push(frForm.period(MAX_PERIOD_YEARS));
    else years = periodYears({ startYear, endYear });
  }
  const envelopes = years.flatMap((year) => {
    const typed = form.envelopes.find((e) => e.year === year)?.amount ?? '';
    const label = frFormLabels.envelopeFor(year);
    if (typed.trim() === '') return (errors.push(frForm.required(label)), []);
    const parsed = parseMoney(typed);
    if (!parsed.ok) return (errors.push(frForm.amount(label, frMoney.unreadable(typed, parsed.reason))), []);
    return [{ year, amountCents: parsed.cents }];
  });
  if (errors.length > 0) throw new UserError(errors.join('\n'));
  const name = form.name.trim() || (territory ? `CTG ${territory}` : 'CTG');
  return { name, territory, signatories, period: { startYear, endYear }, envelopes };
}
