// The chart images: our zlib stream inflates with Node's zlib to the very bytes given, the
// PNG's chunks are well formed, and the picture holds bars where the values are.
import * as zlib from 'zlib';
import fc from 'fast-check';
import { zlibCompress, adler32 } from '../../src/adapters/chart/deflate';
import { encodePng } from '../../src/adapters/chart/png';
import { chartImage } from '../../src/adapters/chart/bar-chart';
import type { Chart } from '../../src/core/summary/model';

type Png = { width: number; height: number; palette: number[]; rows: Uint8Array[]; types: string[] };

/** A minimal PNG reader for the tests: chunk CRCs checked with zlib.crc32, IDAT inflated by Node. */
function readPng(png: Uint8Array): Png {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const types: string[] = [];
  const idat: Buffer[] = [];
  let [width, height, palette] = [0, 0, [] as number[]];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    expect(buf.readUInt32BE(at + 8 + length)).toBe(zlib.crc32(buf.subarray(at + 4, at + 8 + length)));
    types.push(type);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'PLTE') palette = [...data];
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const rows = Array.from({ length: height }, (_, y) => {
    expect(raw[y * (width + 1)]).toBe(0); // filter: none
    return new Uint8Array(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)));
  });
  return { width, height, palette, rows, types };
}

describe('zlib stream', () => {
  it('inflates back to the same bytes, for any data and row length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 0, max: 300 }), (data, stride) => {
        expect(new Uint8Array(zlib.inflateSync(zlibCompress(data, stride)))).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });

  it('compresses the long runs and repeated rows of a flat picture', () => {
    const row = Uint8Array.from({ length: 1001 }, (_, i) => (i < 300 ? 0 : i < 700 ? 4 : 1));
    const picture = new Uint8Array(1001 * 400);
    for (let y = 0; y < 400; y++) picture.set(row, y * 1001);
    const packed = zlibCompress(picture, 1001);
    expect(zlib.inflateSync(packed).equals(Buffer.from(picture))).toBe(true);
    expect(packed.length).toBeLessThan(picture.length / 100);
    expect(adler32(Uint8Array.from([...'Wikipedia'].map((c) => c.charCodeAt(0))))).toBe(0x11e60398); // the worked example of Adler-32
  });
});

describe('PNG', () => {
  it('has IHDR, PLTE, IDAT and IEND with valid CRCs, and the pixels given', () => {
    const pixels = Uint8Array.from([0, 1, 1, 0, 2, 2]);
    const png = readPng(encodePng({ width: 3, height: 2, palette: ['#ffffff', '#1f3a5f', '#e0a526'], pixels }));
    expect(png.types).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([png.width, png.height]).toEqual([3, 2]);
    expect(png.palette).toEqual([255, 255, 255, 0x1f, 0x3a, 0x5f, 0xe0, 0xa5, 0x26]);
    expect(png.rows.map((r) => [...r])).toEqual([
      [0, 1, 1],
      [0, 2, 2],
    ]);
  });
});

describe('bar chart image', () => {
  const chart: Chart = {
    kind: 'chart',
    title: 'Prévu et réalisé',
    categories: ['2023', '2024'],
    series: [
      { name: 'Prévu', values: [200_000_00, 100_000_00] },
      { name: 'Réalisé', values: [150_000_00, null] },
    ],
  };
  const image = chartImage(chart, 400, 200);
  const png = readPng(image.png);
  // Palette indices 4 and 5 are the first and second series (legend squares are drawn above y = 24 pt).
  const plotRows = png.rows.slice(24 * 3);
  const columnsOf = (colour: number, rows: Uint8Array[]) => {
    const xs = new Set<number>();
    rows.forEach((r) => r.forEach((p, x) => p === colour && xs.add(x)));
    return [...xs].sort((a, b) => a - b);
  };
  const heightOf = (colour: number, x: number) => plotRows.filter((r) => r[x] === colour).length;

  it('is drawn at 3 pixels a point', () => {
    expect([png.width, png.height, image.widthPt, image.heightPt]).toEqual([1200, 600, 400, 200]);
  });

  it('draws one bar per value, heights in proportion, none for a value not entered', () => {
    const planned = columnsOf(4, plotRows);
    const done = columnsOf(5, plotRows);
    const left = planned.filter((x) => x < png.width / 2);
    const right = planned.filter((x) => x >= png.width / 2);
    expect(left.length).toBeGreaterThan(0);
    expect(right.length).toBeGreaterThan(0);
    expect(done.every((x) => x < png.width / 2)).toBe(true); // 2024 has no réalisé bar
    const [h2023, h2024, hDone] = [heightOf(4, left[0]), heightOf(4, right[0]), heightOf(5, done[0])];
    expect(Math.abs(h2024 / h2023 - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(hDone / h2023 - 0.75)).toBeLessThan(0.02);
  });
});
