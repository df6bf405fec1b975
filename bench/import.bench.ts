// Import speed: the seed 001 page and a long synthetic convention text
// (what a 60-page PDF copy gives). Prints figures; never fails on timing.
import * as fs from 'fs';
import * as path from 'path';
import { importText } from '../src/core/import';
import { medianMs, fmtMs } from './util';
import { serverApi } from '../src/app/server-api';
import { gasPort } from '../src/hosts/apps-script/port';
import { fakeAppsScript, installGlobals } from '../tests/fakes/globals';

/** Spreadsheet service calls of writing an imported draft on the counting Apps Script fakes. */
function applyCalls(text: string): string {
  const world = fakeAppsScript();
  const uninstall = installGlobals(world);
  try {
    const api = serverApi(gasPort());
    const { draft } = api.previewImport(text);
    world.counter.reset();
    api.applyImport(draft);
    return `${world.counter.total()} Spreadsheet calls for ${draft.actions.length} fiches and ${draft.budget.length} budget lines`;
  } finally {
    uninstall();
  }
}

function longText(axes: number, actionsPerAxis: number): string {
  const out: string[] = ['Convention territoriale globale 2023-2026', 'Signée entre la CAF du Tarn et la Communauté de communes du Sor.'];
  for (let a = 1; a <= axes; a++) {
    out.push('', `Axe ${a} : Soutenir les familles du secteur ${a}`, 'Objectifs :', '- Développer les modes de garde', '- Accompagner les parents');
    for (let f = 1; f <= actionsPerAxis; f++) {
      const n = (a - 1) * actionsPerAxis + f;
      out.push(
        '',
        `Fiche action n°${n} : Action ${n} du secteur ${a}`,
        'Pilote : mairie',
        'Partenaires : CAF, PMI',
        'Description : ' + 'un texte de description assez long. '.repeat(5),
      );
    }
  }
  out.push('', 'L’enveloppe annuelle versée par la CAF sera de 100 000 € répartis ainsi :');
  for (let l = 1; l <= 100; l++) out.push(`- 1 000 € pour la structure ${l}`);
  return out.join('\n');
}

export function run() {
  const seedDir = path.join(__dirname, '..', '..', 'shared', 'seeds');
  const seed = fs.existsSync(seedDir) ? fs.readdirSync(seedDir).find((f) => f.startsWith('001_')) : undefined;
  if (seed) {
    const text = fs.readFileSync(path.join(seedDir, seed), 'utf8');
    console.log(`import of seed 001 (${text.length} characters): ${fmtMs(medianMs(() => importText(text)))} (median of 5); applyImport: ${applyCalls(text)}`);
  }
  const long = longText(8, 25);
  const r = importText(long);
  console.log(`applyImport of the ${long.split('\n').length}-line text: ${applyCalls(long)}`);
  const huge = longText(40, 50);
  const h = importText(huge);
  console.log(
    `import of a synthetic text (${huge.split('\n').length} lines, ${h.counts.actions} fiches): ${fmtMs(medianMs(() => importText(huge), 3))} (median of 3)`,
  );
  console.log(
    `import of a synthetic text (${long.split('\n').length} lines, ${r.counts.axes} axes, ${r.counts.actions} fiches, ${r.counts.budgetLines} lines): ${fmtMs(medianMs(() => importText(long)))} (median of 5)`,
  );
}
