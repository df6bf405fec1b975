// A 5×9 bitmap font for the labels of the chart images: digits, Latin letters and the
// French accented lowercase, some punctuation, €. A glyph is up to 9 rows of 5 columns,
// rows 0–6 above the baseline and 7–8 for descenders; each row is one base-32 digit whose
// five bits are its columns, left column first ('e' = 01110, 'h' = 10001: A is 'ehhvhhh').
// A character without a glyph falls back to its letter without accent (É → E), then to a box.

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 9;

const GLYPHS: Record<string, string> = {
  ' ': '',
  '0': 'ehjlphe',
  '1': '4c4444e',
  '2': 'eh1248v',
  '3': 'v2421he',
  '4': '26aiv22',
  '5': 'vgu11he',
  '6': '68guhhe',
  '7': 'v124888',
  '8': 'ehhehhe',
  '9': 'ehhf12c',
  A: 'ehhvhhh',
  B: 'uhhuhhu',
  C: 'ehggghe',
  D: 'uhhhhhu',
  E: 'vgguggv',
  F: 'vgguggg',
  G: 'ehgnhhf',
  H: 'hhhvhhh',
  I: 'e44444e',
  J: '72222ic',
  K: 'hikokih',
  L: 'ggggggv',
  M: 'hrllhhh',
  N: 'hhpljhh',
  O: 'ehhhhhe',
  P: 'uhhuggg',
  Q: 'ehhhlid',
  R: 'uhhukih',
  S: 'fgge11u',
  T: 'v444444',
  U: 'hhhhhhe',
  V: 'hhhhha4',
  W: 'hhhllla',
  X: 'hha4ahh',
  Y: 'hha4444',
  Z: 'v1248gv',
  a: '00e1fhf',
  b: 'ggmphhu',
  c: '00egghe',
  d: '11djhhf',
  e: '00ehvge',
  f: '698s888',
  g: '00fhhhf1e',
  h: 'ggmphhh',
  i: '40c444e',
  j: '2062222ic',
  k: 'ggikoki',
  l: 'c44444e',
  m: '00qllll',
  n: '00mphhh',
  o: '00ehhhe',
  p: '00uhhhugg',
  q: '00fhhhf11',
  r: '00mpggg',
  s: '00ege1u',
  t: '88s8896',
  u: '00hhhjd',
  v: '00hhha4',
  w: '00hhlla',
  x: '00ha4ah',
  y: '00hhhhf1e',
  z: '00v248v',
  é: '24ehvge',
  è: '84ehvge',
  ê: '4aehvge',
  à: '84e1fhf',
  â: '4ae1fhf',
  ô: '4aehhhe',
  î: '4a0c44e',
  ù: '84hhhjd',
  ç: '00egghe4c',
  ',': '00000c48',
  '.': '00000cc',
  '-': '000e000',
  '+': '044v440',
  '%': 'pp248jj',
  '€': '78u8u87',
  '(': '2488842',
  ')': '8422248',
  '/': '11248gg',
  ':': '0cc0cc0',
  '’': '4480000',
  '?': 'eh12404',
};
GLYPHS["'"] = GLYPHS['’'];
GLYPHS['–'] = GLYPHS['—'] = GLYPHS['-'];

const BOX = 'vhhhhhv';

/** The glyph of a character as rows of booleans (ink), GLYPH_HEIGHT rows of GLYPH_WIDTH. */
export function glyph(ch: string): boolean[][] {
  const plain = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const spec = GLYPHS[ch] ?? GLYPHS[plain] ?? (/\s/.test(ch) ? '' : BOX);
  const rows = [...spec].map((digit) => parseInt(digit, 32));
  return Array.from({ length: GLYPH_HEIGHT }, (_, r) => Array.from({ length: GLYPH_WIDTH }, (_, c) => (((rows[r] ?? 0) >> (GLYPH_WIDTH - 1 - c)) & 1) === 1));
}
