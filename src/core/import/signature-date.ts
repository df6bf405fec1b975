// The date the convention was signed: "signée le 12 mars 2023", "Fait à Albi, le
// 30/11/2022". Press articles often leave the year out ("ont signé mercredi 30
// novembre"): the year is then taken from the weekday, among the years around the
// period or before the page's publication date, or from the publication date alone
// (the latest such date before it) — always flagged uncertain.
import { Period } from '../domain/schema';
import { SourceLine, fold } from './text';
import { Notes } from './collect';
import { frImport } from '../../i18n/fr-import';

const YEAR = '((?:19|20)\\d{2})';
const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const DATE = new RegExp(`\\b(?:(${WEEKDAYS.join('|')})\\s+)?(1er|\\d{1,2})\\s+(${MONTHS.join('|')})(?:\\s+${YEAR})?`);
const NUMERIC_DATE = new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`);
const PUBLISHED = new RegExp(`^(?:publie|mis en ligne|date de publication)\\b.*?\\b(1er|\\d{1,2})\\s+(${MONTHS.join('|')})\\s+${YEAR}`);

/** A signature date whose year the text does not write. */
export interface DayWithoutYear {
  day: number;
  month: number;
  weekday?: number;
  line: number;
  label: string;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const realDate = (y: number, m: number, d: number) => new Date(`${iso(y, m, d)}T00:00:00Z`).getUTCDate() === d;
const weekdayOf = (y: number, m: number, d: number) => new Date(`${iso(y, m, d)}T00:00:00Z`).getUTCDay();

/** "signée le …", or the closing formula of French contracts: "Fait à Albi, le 30 novembre 2022". */
export function readSignatureDate(lines: SourceLine[], notes: Notes): { date?: string; withoutYear?: DayWithoutYear } {
  for (const l of lines) {
    const f = fold(l.text);
    if (!/\bsign/.test(f) && !/^fait a\b.*\ble\b/.test(f)) continue;
    const m = DATE.exec(f);
    const num = NUMERIC_DATE.exec(f);
    const day = m ? (m[2] === '1er' ? 1 : Number(m[2])) : num ? Number(num[1]) : undefined;
    const month = m ? MONTHS.indexOf(m[3]) + 1 : num ? Number(num[2]) : undefined;
    const year = m ? m[4] : num?.[3];
    if (day === undefined || month === undefined || day < 1 || day > 31 || month < 1 || month > 12) continue;
    const hit = (m ?? num)!;
    const skip = m?.[1] ? m[0].indexOf(m[2], m[1].length) : 0; // the weekday is not part of the date
    const label = l.text.substr(hit.index + skip, hit[0].length - skip); // as written (fold keeps lengths), accents included
    if (!year) return { withoutYear: { day, month, ...(m?.[1] ? { weekday: WEEKDAYS.indexOf(m[1]) } : {}), line: l.n, label } };
    if (!realDate(Number(year), month, day)) continue;
    const date = iso(Number(year), month, day);
    notes.recognised('signature-date', label, l.n, { note: date });
    return { date };
  }
  return {};
}

/** The year of a date written without one, when the weekday or the publication date leaves a single choice. */
export function dateWithoutYear(d: DayWithoutYear, period: Period, lines: SourceLine[], notes: Notes): string | undefined {
  const published = publication(lines);
  const candidates: number[] = [];
  if (period.startYear !== undefined || period.endYear !== undefined) {
    // Signed the year before the period starts at the earliest, within the period at the latest.
    const from = (period.startYear ?? period.endYear! - 5) - 1;
    for (let y = from; y <= (period.endYear ?? period.startYear! + 5); y++) candidates.push(y);
  } else if (published) candidates.push(published.year - 1, published.year);
  const possible = candidates.filter(
    (y) =>
      realDate(y, d.month, d.day) &&
      (d.weekday === undefined || weekdayOf(y, d.month, d.day) === d.weekday) &&
      (!published || iso(y, d.month, d.day) <= published.date),
  );
  // Without a weekday only the publication date decides: the latest such day before it.
  const year = d.weekday !== undefined ? (possible.length === 1 ? possible[0] : undefined) : published ? possible[possible.length - 1] : undefined;
  if (year === undefined) {
    notes.uncertain('signature-date', d.label, d.line, frImport.dateWithoutYear);
    return undefined;
  }
  const date = iso(year, d.month, d.day);
  notes.uncertain('signature-date', d.label, d.line, d.weekday !== undefined ? frImport.yearFromWeekday(date) : frImport.yearFromPublication(date));
  return date;
}

function publication(lines: SourceLine[]): { year: number; date: string } | undefined {
  for (const l of lines) {
    const m = PUBLISHED.exec(fold(l.text));
    if (!m) continue;
    const day = m[1] === '1er' ? 1 : Number(m[1]);
    const month = MONTHS.indexOf(m[2]) + 1;
    if (realDate(Number(m[3]), month, day)) return { year: Number(m[3]), date: iso(Number(m[3]), month, day) };
  }
  return undefined;
}
