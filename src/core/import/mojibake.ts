// Text copied from a page or a PDF whose UTF-8 was read as Windows-1252 ("signÃ©",
// "lâ€™accÃ¨s", "2022-2026Â"): the bytes are put back together. Only sequences that
// never occur in French text are touched.

/** Windows-1252 characters of the bytes 0x80–0x9F. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};
const CONT = `[\\u0080-\\u00BF${Object.keys(CP1252).join('')}]`;
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}`, 'gu');
const TELLTALE = new RegExp(`[ÂÃâ]${CONT}|Ã |\\dÂ|Â$`, 'u');

const byte = (c: string) => CP1252[c] ?? c.charCodeAt(0);

function decode(seq: string): string {
  const b = [...seq].map(byte);
  const code = b.length === 2 ? ((b[0] & 0x1f) << 6) | (b[1] & 0x3f) : ((b[0] & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f);
  const valid = b.slice(1).every((x) => x >= 0x80 && x <= 0xbf) && code >= (b.length === 2 ? 0x80 : 0x800);
  return valid ? String.fromCharCode(code) : seq;
}

export function repairMojibake(line: string): string {
  if (!TELLTALE.test(line)) return line;
  return (
    line
      .replace(SEQUENCE, decode)
      // "à" is C3 A0: once its no-break space became a plain one, "Ã " is left.
      .replace(/Ã /gu, 'à')
      // A no-break space whose second byte was lost in the copy leaves "Â" alone after a figure or a word.
      .replace(/(?<=[\p{L}\d.,;:!?)»])Â(?=[\s.,;:!?«»]|$)/gu, '')
  );
}
