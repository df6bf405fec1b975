// The chargé(e) de coopération CTG, when the text names the person:
// "Chargée de coopération CTG : Mme Lucie Martin", "Contact : Paul Durand, chargé de coopération".
import { SourceLine } from './text';
import { Notes } from './collect';

const PERSON = "(?:(?:M\\.|Mme|Mlle|Madame|Monsieur)\\s+)?[A-ZÀ-ÖØ-Þ][\\p{L}'’-]+(?:\\s+[A-ZÀ-ÖØ-Þ][\\p{L}'’-]+){1,3}";
const ROLE = '[Cc]harg[ée]e?\\s+de\\s+(?:coop[ée]ration|mission)(?:\\s+(?:CTG|convention territoriale globale))?';
const ROLE_THEN_NAME = new RegExp(`${ROLE}\\s*(?::|,|–|-)\\s*(${PERSON})`, 'u');
const NAME_THEN_ROLE = new RegExp(`(${PERSON})\\s*,\\s*(?:notre\\s+|la\\s+|le\\s+)?${ROLE}`, 'u');

export function readCoordinator(lines: SourceLine[], notes: Notes): string {
  for (const l of lines) {
    if (l.kind === 'noise') continue;
    const m = ROLE_THEN_NAME.exec(l.text) ?? NAME_THEN_ROLE.exec(l.text);
    if (!m) continue;
    notes.recognised('coordinator', m[1], l.n);
    return m[1];
  }
  return '';
}
