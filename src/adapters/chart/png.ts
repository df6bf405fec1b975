// PNG encoding of an indexed-colour image (palette of up to 256 colours, one byte a pixel).
import { zlibCompress } from './deflate';

let crcTable: number[] | undefined;
function crc32(bytes: number[]): number {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function chunk(type: string, data: ArrayLike<number>): number[] {
  const typed = [...type].map((c) => c.charCodeAt(0));
  const body = typed.concat(Array.from(data));
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** An image whose pixels are indices into `palette` (#rrggbb), row by row. */
export type IndexedImage = { width: number; height: number; palette: string[]; pixels: Uint8Array };

export function encodePng(image: IndexedImage): Uint8Array {
  const { width, height, palette, pixels } = image;
  const stride = width + 1;
  // Each row starts with its filter byte: 0, none (flat colours compress as runs anyway).
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * stride + 1);
  const header = [...u32(width), ...u32(height), 8, 3, 0, 0, 0]; // 8 bits, indexed colour, deflate, no interlace
  const plte = palette.flatMap((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const bytes = [
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...chunk('IHDR', header),
    ...chunk('PLTE', plte),
    ...chunk('IDAT', zlibCompress(raw, stride)),
    ...chunk('IEND', []),
  ];
  return Uint8Array.from(bytes);
}
