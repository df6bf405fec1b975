// Signatories and territory. A body named in the text is a signatory when the
// sentence says it signs ("signée entre…", "ont signé", "les maires des communes
// signataires", "Entre :", "Pour la Caf du Loiret" under a signature block); a body
// that only takes part ("implique la mobilisation du Département", "une étude
// réalisée par…", "en présence de…") is listed as an uncertain item, not a row. The
// same body named twice ("Caf du Gers", "la Caf 32", "Caisse d'allocations familiales
// du Gers") is one row.
import { Signatory, PartnerRole } from '../domain/schema';
import { SourceLine, fold, isListLine } from './text';
import { Notes } from './collect';
import { PARTY_PATTERNS, NAME, NOT_A_NAME, cleanName } from './parties';
import { departementName } from './departements';
import { frImport } from '../../i18n/fr-import';

/** Words by which a sentence says its bodies sign or are the parties of the convention. */
const SIGNING =
  /\b(?:sign\w*|paraph\w*|conclu\w*|conventionn\w*|contractu\w*|engag\w*|partenari\w*|partenaires?|entre|renouvel\w*|porte(?:nt)?|portee?s?|represente\w*|lie|lient|liera|lieront)\b/;
/** Words by which a body only takes part: what follows them is a participant, not a party. */
const TAKING_PART =
  /\b(?:mobilis\w*|impliqu\w*|associ(?:e|es|ee|ees)\b|en association avec|avec (?:le|l'|son|leur) (?:soutien|concours|appui|aide)|soutenue?s? par|(?:realise|mene|conduit|pilote|accompagne|elabore|finance|anime|assure|redige|coordonne)e?s? par|en presence d|particip\w*|en lien avec|aux cotes d|representants? d|invit\w*|consult\w*|sollicit\w*|intervention d|appui d|cabinet)/g;
/** After a comma, these words go on with the same list of participants ("…, de la MSA", "…, maire de X"). */
const SAME_LIST = /^,\s*(?:(?:de|du|des|d'|et|ainsi que|maire|adjointe?|president\w*|vice|directeu\w*|directrice|elu\w*|represent\w*)\b|m\.|mme)/;
/** "Entre :" opens the list of parties of a contract; it runs until "il est convenu" or the first article. */
const PARTIES_OPEN = /^(?:entre\s*:?|entre les soussignes\s*:?|les parties\s*:?|signataires\s*:?|les signataires\s*:?)$/;
const PARTIES_CLOSE = /\b(?:il est convenu|il a ete convenu|preambule|article|vu la|vu le|vu les)\b/;
/** "La présente convention est signée par :", "Signataires de la convention :": the list that follows names the parties. */
const LIST_OF_PARTIES = /\b(?:sign\w*|conclue? entre|entre les parties)\b[^:]*:$/;
/** A signature block: "Pour la Caf du Loiret", "Pour la Communauté de communes X Le Président". */
const SIGNATURE_BLOCK = /^pour (?:la|le|l')\s*/;

/** Words one of the party patterns needs (folded): a quick test before running them all. */
const MAY_NAME_A_BODY =
  /caf|caisse|msa|mutualite|conseil|departement|communaut|commune|communal|mairie|ville|maire|metropole|\bcc\b|\bca\b|agglo|carsat|cpam|syndicat|sivo|sivu|smi|ccas|cias|association|region|prefecture/;

type Standing = 'signing' | 'participant' | 'mention';

interface Hit {
  role: PartnerRole;
  name: string;
  line: number;
  start: number;
  end: number;
  standing: Standing;
  contained?: boolean;
}

/** Lines as a reader sees them: a line broken inside a name ("…des Coteaux du" / "Savès") is joined to the next. */
interface Passage {
  text: string;
  /** Offset in `text` where each source line starts. */
  starts: { at: number; line: number }[];
  inParties: boolean;
  block: boolean;
}

const ENDS_BROKEN = /(?:\s(?:de|du|des|la|le|les|et|en|sur|à)|\s[dl]['’])$/iu;

function passages(lines: SourceLine[], skip: Set<number>): Passage[] {
  const out: Passage[] = [];
  let inParties = false;
  let listOfParties = false; // "La présente convention est signée par :" then one party per item
  let open: Passage | undefined;
  let previous: SourceLine | undefined;
  for (const l of lines) {
    if (l.kind === 'noise' || l.kind === 'blank' || skip.has(l.n)) {
      open = undefined;
      previous = undefined;
      if (l.kind === 'blank') continue;
      continue;
    }
    const f = fold(l.text);
    if (PARTIES_CLOSE.test(f)) inParties = false; // blank lines do not close: PDF copies space the parties out
    if (!isListLine(l)) listOfParties = false;
    const text = l.cells ? l.cells.join(' | ') : l.text;
    const broken = open && previous && !previous.cells && !l.cells && ENDS_BROKEN.test(previous.text) && l.kind === 'text';
    if (broken && open) {
      open.starts.push({ at: open.text.length + 1, line: l.n });
      open.text = `${open.text} ${text}`;
    } else {
      const block = SIGNATURE_BLOCK.test(f) || (l.cells !== undefined && /\bpour\b/.test(f));
      open = { text, starts: [{ at: 0, line: l.n }], inParties: inParties || listOfParties, block };
      out.push(open);
    }
    previous = l;
    if (PARTIES_OPEN.test(f)) inParties = true;
    if (LIST_OF_PARTIES.test(f)) listOfParties = true;
  }
  return out;
}

/** Sentence bounds in a passage; "M. Dupont" and "St. Jean" do not end a sentence. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]\s+(?=[«"A-ZÀ-ÖØ-Þ])/gu)) {
    const before = text.slice(Math.max(0, m.index! - 4), m.index!);
    if (/(?:^|\s)(?:M|Mme|Mlle|Dr|St|Ste|art|n°)$/u.test(before)) continue;
    out.push({ start, end: m.index! + 1 });
    start = m.index! + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Where participation cues reach in a folded sentence: from the cue to the end of its list. */
function takingPartSpans(f: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of f.matchAll(TAKING_PART)) {
    let end = f.length;
    for (const c of f.slice(m.index!).matchAll(/[,;(]|\s(?:qui|dont|ont|a|sont|est|avec)\s/g)) {
      const at = m.index! + c.index!;
      if (c[0] === ',' && SAME_LIST.test(f.slice(at))) continue;
      end = at;
      break;
    }
    spans.push({ start: m.index!, end });
  }
  return spans;
}

function standingOf(f: string, at: number, spans: { start: number; end: number }[], inParties: boolean, block: boolean): Standing {
  if (spans.some((s) => at >= s.start && at < s.end)) return 'participant';
  if (inParties || block) return 'signing';
  if (SIGNING.test(f)) return 'signing';
  return new RegExp(TAKING_PART.source).test(f) ? 'participant' : 'mention';
}

function lineAt(p: Passage, at: number): number {
  let line = p.starts[0].line;
  for (const s of p.starts) if (s.at <= at) line = s.line;
  return line;
}

function hitsIn(p: Passage): Hit[] {
  const hits: Hit[] = [];
  for (const s of sentences(p.text)) {
    const text = p.text.slice(s.start, s.end);
    const f = fold(text);
    if (!MAY_NAME_A_BODY.test(f)) continue; // most sentences name no body: the patterns are not run on them
    const spans = takingPartSpans(f);
    for (const pattern of PARTY_PATTERNS) {
      for (const m of text.matchAll(pattern.re)) {
        const match = m as RegExpExecArray;
        if (pattern.accept && !pattern.accept(match)) continue;
        const standing = standingOf(f, match.index!, spans, p.inParties, p.block);
        for (const raw of pattern.names(match)) {
          const name = cleanName(raw);
          if (name === '') continue;
          const start = s.start + match.index!;
          hits.push({ role: pattern.role, name, line: lineAt(p, start), start, end: start + match[0].length, standing });
        }
      }
    }
  }
  // A name inside a longer one ("Communauté de communes X" inside "les communes de la Communauté de communes X") is the same party.
  hits.sort((a, b) => a.start - b.start);
  return hits.map((h) => ({ ...h, contained: hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start) }));
}

/** The words telling one body from another of the same kind: "gers" for "la Caf du Gers", "la Caf 32" and "CAF du Gers". */
const cores = new Map<string, string>();

function coreName(h: { role: PartnerRole; name: string }): string {
  const key = `${h.role}:${h.name}`;
  let core = cores.get(key);
  if (core === undefined) {
    core = computeCore(h);
    if (cores.size > 5000) cores.clear(); // a cache, bounded: the same names come back in every text
    cores.set(key, core);
  }
  return core;
}

function computeCore(h: { role: PartnerRole; name: string }): string {
  let f = fold(h.name).replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();
  if (h.role === 'caf') {
    f = f.replace(/^(?:caf|caisse (?:d |des )allocations? familiales?)\s*/, '');
    const num = /^(\d{2,3}|2[ab])$/.exec(f);
    const named = num ? departementName(num[1]) : undefined;
    if (named) f = fold(named).replace(/[-'’]/g, ' ');
  }
  if (h.role === 'commune') f = f.replace(/^(?:commune|mairie|ville)\s+/, '');
  if (h.role === 'epci') f = f.replace(/^(?:communaute (?:de communes|d agglomeration|urbaine)|cc|ca|metropole)\s+/, '');
  return f.replace(/^(?:du|de la|de l|des|de|d)\s+/, '').trim();
}

/** Same body: same role and the same name, or one name the start of the other ("Coteaux du" / "Coteaux du Savès"). */
function sameBody(a: Hit, b: Hit): boolean {
  if (a.role !== b.role) return false;
  // One MSA and one Conseil départemental per convention, however they are written.
  if (a.role === 'msa' || a.role === 'conseil-departemental') return true;
  const x = coreName(a);
  const y = coreName(b);
  if (x === '' || y === '') return x === y;
  return x === y || y.startsWith(`${x} `) || x.startsWith(`${y} `);
}

export interface Parties {
  signatories: Signatory[];
  territory: string;
  territoryLine: number;
  territoryFromParty: boolean;
}

interface Body {
  first: Hit;
  standing: Standing;
  mentions: Hit[];
}

/** Bodies named in the text, each once, signing if any mention says so. */
function bodiesOf(hits: Hit[]): Body[] {
  const bodies: Body[] = [];
  for (const h of hits) {
    if (h.contained) continue;
    const same = bodies.find((b) => sameBody(b.first, h));
    if (!same) {
      bodies.push({ first: h, standing: h.standing, mentions: [h] });
      continue;
    }
    same.mentions.push(h);
    if (h.standing === 'signing' || (h.standing === 'mention' && same.standing === 'participant')) same.standing = h.standing;
    // "Caf 32" then "Caf du Gers", or a name cut by a line end: the fuller, named form is kept.
    const numbered = /\d/.test(same.first.name) && !/\d/.test(h.name);
    if (numbered || coreName(h).startsWith(`${coreName(same.first)} `)) same.first = { ...h, line: same.first.line };
  }
  return bodies;
}

/** Parties named in the text; the lines of fiches actions (their partners) are left out unless they say the convention is signed. */
export function readSignatories(lines: SourceLine[], notes: Notes, ficheLines: Set<number> = new Set()): Parties {
  const skip = new Set(
    [...ficheLines].filter((n) => !/\bsign\w*\b.*\b(?:convention|ctg)\b|\b(?:convention|ctg)\b.*\bsign/.test(fold(lines[n - 1]?.text ?? ''))),
  );
  const hits = passages(lines, skip).flatMap(hitsIn);
  const bodies = bodiesOf(hits);
  const collectivity = (b: Body) => b.first.role === 'commune' || b.first.role === 'epci';
  // A CTG is signed by a CAF and a collectivity: when no sentence says which collectivity
  // signs and the text names only one, that one is kept, flagged uncertain.
  const mentioned = bodies.filter((b) => collectivity(b) && b.standing === 'mention');
  const loneCollectivity = !bodies.some((b) => collectivity(b) && b.standing === 'signing') && mentioned.length === 1 ? mentioned[0] : undefined;
  const signatories: Signatory[] = [];
  for (const b of bodies) {
    const h = b.first;
    const row = b.standing === 'signing' || b === loneCollectivity || (h.role === 'caf' && b.standing === 'mention');
    if (row) {
      signatories.push({ name: h.name, role: h.role });
      const ref = `S${signatories.length}`;
      if (b.standing === 'signing' || h.role === 'caf') notes.recognised('signatory', h.name, h.line, { ref });
      else notes.uncertain('signatory', h.name, h.line, frImport.signatoryWithoutSigning, ref);
      for (const other of b.mentions) {
        if (fold(other.name) !== fold(h.name) && other !== h) notes.uncertain('signatory', other.name, other.line, frImport.sameBodyAs(h.name), ref);
      }
    } else if (b.standing === 'participant') notes.uncertain('signatory', h.name, h.line, frImport.signatoryParticipant);
    else if (h.role !== 'autre') notes.uncertain('signatory', h.name, h.line, frImport.signatoryMentioned);
  }
  if (!signatories.some((s) => s.role === 'caf') && !bodies.some((b) => b.first.role === 'caf')) addBareCaf(lines, signatories, notes);
  const territorial = allTerritoryHits(hits, signatories, lines);
  return { signatories, territory: territorial?.name ?? '', territoryLine: territorial?.line ?? 0, territoryFromParty: territorial?.fromParty ?? false };
}

/** "les familles du territoire des Vallées du Clain": the territory as the text names it. */
const TERRITORY = new RegExp(`\\bterritoire\\s+(?:(?:du|de\\s+la|de\\s+l['’]|des|de|d['’])\\s*)?(${NAME})`, 'u');

/** An EPCI names the territory; failing that, a single commune; failing that, "le territoire de …". */
function allTerritoryHits(hits: Hit[], signatories: Signatory[], lines: SourceLine[]): { name: string; line: number; fromParty: boolean } | undefined {
  const signed = new Set(signatories.map((s) => s.name));
  const named = territoryHit(hits.filter((h) => signed.has(h.name))) ?? territoryHit(hits.filter((h) => h.standing !== 'participant'));
  if (named) return { ...named, fromParty: true };
  for (const l of lines) {
    const m = l.kind === 'noise' ? null : TERRITORY.exec(l.text);
    if (m && !NOT_A_NAME.test(m[1])) return { name: m[1], line: l.n, fromParty: false };
  }
  return undefined;
}

function territoryHit(hits: Hit[]): { name: string; line: number } | undefined {
  const epci = hits.find((h) => h.role === 'epci');
  if (epci) return epci;
  const communes = [...new Set(hits.filter((h) => h.role === 'commune' && /^(?:Mairie|Commune|Ville)\s/u.test(h.name)).map((h) => h.name))];
  if (communes.length === 1) {
    const h = hits.find((x) => x.name === communes[0])!;
    return { name: h.name.replace(/^(?:Mairie|Commune|Ville)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*/u, ''), line: h.line };
  }
  return undefined;
}

const BARE_CAF = /\b(?:CAF|Caf|[Cc]aisse\s+(?:d['’]|des\s+)[Aa]llocations?\s+[Ff]amiliales?)\b/u;

function addBareCaf(lines: SourceLine[], signatories: Signatory[], notes: Notes): void {
  const l = lines.find((x) => x.kind !== 'noise' && BARE_CAF.test(x.text));
  if (!l) return;
  signatories.push({ name: frImport.bareCafName, role: 'caf' });
  notes.uncertain('signatory', BARE_CAF.exec(l.text)![0], l.n, frImport.cafWithoutDepartment, `S${signatories.length}`);
}

/** "CTG Thoré Montagne Noire" from "Communauté de communes Thoré Montagne Noire". */
export function conventionName(territory: string): string {
  const short = territory
    .replace(
      /^(?:Communauté\s+(?:de\s+communes|d['’]agglomération|urbaine)|Métropole|CC|CA|Mairie|Commune|Ville)\s+(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?/iu,
      '',
    )
    .replace(/\s+(?:communauté|agglo|agglomération|métropole)$/iu, '')
    .trim();
  return short === '' ? '' : frImport.conventionName(short);
}
