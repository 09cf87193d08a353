import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, pixelDifference, pixelStats } from '@flatrender/templates';

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Encodes RGB pixels, row y using filter y % 5, so the decoder meets all five filters. */
function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const value = rgb[y * stride + x] ?? 0;
      const left = x >= 3 ? (rgb[y * stride + x - 3] ?? 0) : 0;
      const up = y > 0 ? (rgb[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 3 && y > 0 ? (rgb[(y - 1) * stride + x - 3] ?? 0) : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      raw[y * (stride + 1) + 1 + x] = (value - predicted) & 0xff;
    }
  }
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]); // CRC unchecked
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng', () => {
  it('undoes every row filter', () => {
    const width = 7;
    const height = 10;
    const rgb = Uint8Array.from({ length: width * height * 3 }, (_, index) => (index * 37 + (index >> 3) * 11) & 0xff);
    const image = decodePng(encodePng(width, height, rgb));
    expect([image.width, image.height, image.channels]).toEqual([width, height, 3]);
    expect(Buffer.from(image.data).equals(Buffer.from(rgb))).toBe(true);
  });

  it('tells a flat frame from a drawn one', () => {
    const flat = decodePng(encodePng(4, 4, new Uint8Array(48).fill(30)));
    const drawn = decodePng(encodePng(4, 4, Uint8Array.from({ length: 48 }, (_, index) => (index % 6 < 3 ? 0 : 255))));
    expect(pixelStats(flat).stddev).toBe(0);
    expect(pixelStats(drawn).stddev).toBeGreaterThan(50);
    expect(pixelDifference(flat, flat)).toBe(0);
    expect(pixelDifference(flat, drawn)).toBeGreaterThan(50);
  });

  it('rejects what it cannot read', () => {
    expect(() => decodePng(Buffer.from('not a png'))).toThrow(/not a PNG/);
  });
});
