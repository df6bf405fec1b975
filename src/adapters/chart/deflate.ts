// A small zlib encoder (RFC 1950/1951), pure TypeScript so that the Apps Script bundle
// and the CLI make the same PNG bytes (Apps Script has no zlib). One block of fixed
// Huffman codes; matches are looked for at two distances only — 1 (a run of the same
// byte) and `stride` (the same bytes one image row above) — which is what a chart of
// flat colours repeats. Not a general-purpose compressor.

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const MAX_MATCH = 258;
const MAX_DISTANCE = 32768;

/** Writes bits least significant first, as deflate packs them. */
class BitWriter {
  readonly bytes: number[] = [];
  private acc = 0;
  private count = 0;
  put(value: number, bits: number): void {
    this.acc |= value << this.count;
    this.count += bits;
    while (this.count >= 8) {
      this.bytes.push(this.acc & 0xff);
      this.acc >>>= 8;
      this.count -= 8;
    }
  }
  /** A Huffman code goes most significant bit first. */
  code(value: number, bits: number): void {
    let reversed = 0;
    for (let i = 0; i < bits; i++) reversed |= ((value >> i) & 1) << (bits - 1 - i);
    this.put(reversed, bits);
  }
  end(): number[] {
    if (this.count > 0) this.bytes.push(this.acc & 0xff);
    this.acc = this.count = 0;
    return this.bytes;
  }
}

/** The fixed literal/length code of RFC 1951 §3.2.6. */
function literal(w: BitWriter, symbol: number): void {
  if (symbol < 144) w.code(0x30 + symbol, 8);
  else if (symbol < 256) w.code(0x190 + symbol - 144, 9);
  else if (symbol < 280) w.code(symbol - 256, 7);
  else w.code(0xc0 + symbol - 280, 8);
}

/** Index of the last base not above `value`. */
function slot(bases: number[], value: number): number {
  let i = bases.length - 1;
  while (bases[i] > value) i--;
  return i;
}

function match(w: BitWriter, length: number, distance: number): void {
  const l = slot(LENGTH_BASE, length);
  literal(w, 257 + l);
  if (LENGTH_EXTRA[l]) w.put(length - LENGTH_BASE[l], LENGTH_EXTRA[l]);
  const d = slot(DIST_BASE, distance);
  w.code(d, 5);
  if (DIST_EXTRA[d]) w.put(distance - DIST_BASE[d], DIST_EXTRA[d]);
}

function matchLength(data: Uint8Array, at: number, distance: number): number {
  if (distance > at || distance > MAX_DISTANCE) return 0;
  const limit = Math.min(MAX_MATCH, data.length - at);
  let n = 0;
  while (n < limit && data[at + n] === data[at + n - distance]) n++;
  return n;
}

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** `data` as a zlib stream; `stride` is the length of one image row (0: runs only). */
export function zlibCompress(data: Uint8Array, stride = 0): Uint8Array {
  const w = new BitWriter();
  w.put(1, 1); // the last block
  w.put(1, 2); // fixed Huffman codes
  let i = 0;
  while (i < data.length) {
    const run = matchLength(data, i, 1);
    const above = stride > 1 ? matchLength(data, i, stride) : 0;
    const [length, distance] = above > run ? [above, stride] : [run, 1];
    if (length >= 3) {
      match(w, length, distance);
      i += length;
    } else literal(w, data[i++]);
  }
  literal(w, 256);
  const body = w.end();
  const sum = adler32(data);
  // 0x78 0x01: deflate, 32 KB window, no preset dictionary, fastest level (a valid header check).
  return Uint8Array.from([0x78, 0x01, ...body, sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff]);
}
