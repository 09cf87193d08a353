import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLANK_STDDEV, decodePng, pixelStats, type DecodedPng } from '@flatrender/templates';
import { runCli } from './support/cli';

const out = mkdtempSync(join(tmpdir(), 'flatrender-still-3d-'));

/** Pixels in a region (fractions of the frame) whose colour clearly leans to one channel. */
function dominantShare(image: DecodedPng, channel: 0 | 1 | 2, region: { x: [number, number]; y: [number, number] }): number {
  const [x0, x1] = region.x.map((f) => Math.round(f * image.width));
  const [y0, y1] = region.y.map((f) => Math.round(f * image.height));
  let hits = 0;
  for (let y = y0!; y < y1!; y++) {
    for (let x = x0!; x < x1!; x++) {
      const at = (y * image.width + x) * image.channels;
      const rgb = [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
      const others = rgb.filter((_, index) => index !== channel);
      if (rgb[channel]! > 90 && others.every((value) => rgb[channel]! > value + 60)) hits++;
    }
  }
  return hits / ((x1! - x0!) * (y1! - y0!));
}

async function hero3dStill(name: string, secondary: string): Promise<DecodedPng> {
  const path = join(out, `${name}.png`);
  const { code, stderr } = await runCli(['templates', 'still', 'Hero3D', '--frame', '120', '--scale', '0.25', '--set', `secondary=${secondary}`, '--out', path]);
  expect(code, stderr).toBe(0);
  return decodePng(readFileSync(path));
}

// The halo ring behind Hero3D's emblem is a Three.js mesh lit in the secondary colour;
// the HTML title sits below it. If WebGL did not draw, the region above the title is just
// the page background and no binding can change its colour.
describe('a 3D template still', () => {
  it('is WebGL output: not blank, and the 3D halo takes the secondary colour it is given', { timeout: 600_000 }, async () => {
    const green = await hero3dStill('green', '#00ff00');
    const red = await hero3dStill('red', '#ff0000');
    const scene = { x: [0.3, 0.7] as [number, number], y: [0.05, 0.6] as [number, number] };

    expect(pixelStats(green).stddev).toBeGreaterThan(BLANK_STDDEV * 5);
    expect(dominantShare(green, 1, scene)).toBeGreaterThan(0.02);
    expect(dominantShare(red, 0, scene)).toBeGreaterThan(0.02);
    // The colour really moved: the green render has (almost) no red halo, and vice versa.
    expect(dominantShare(green, 0, scene)).toBeLessThan(dominantShare(red, 0, scene) / 4);
    expect(dominantShare(red, 1, scene)).toBeLessThan(dominantShare(green, 1, scene) / 4);
  });
});
