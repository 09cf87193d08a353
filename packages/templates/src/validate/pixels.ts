import type { DecodedPng } from './png';

export interface PixelStats {
  /** Mean luma, 0–255. */
  mean: number;
  /** Standard deviation of luma, 0–255: near zero means one flat colour. */
  stddev: number;
}

/**
 * Luma statistics (Rec. 601 weights; alpha ignored: Remotion's PNG stills are opaque).
 * A broken frame — nothing mounted, a WebGL canvas that never drew, a crashed layer — is
 * one flat colour, so a near-zero deviation is the "blank frame" signal.
 */
export function pixelStats(image: DecodedPng): PixelStats {
  const { data, channels } = image;
  const pixels = image.width * image.height;
  let sum = 0;
  let sumSquares = 0;
  for (let index = 0; index < pixels; index++) {
    const at = index * channels;
    const r = data[at] ?? 0;
    const luma = channels >= 3 ? 0.299 * r + 0.587 * (data[at + 1] ?? 0) + 0.114 * (data[at + 2] ?? 0) : r;
    sum += luma;
    sumSquares += luma * luma;
  }
  const mean = sum / pixels;
  return { mean, stddev: Math.sqrt(Math.max(0, sumSquares / pixels - mean * mean)) };
}

/** Below this deviation a frame counts as blank (a faint gradient alone is about 3–6). */
export const BLANK_STDDEV = 1.5;

/** Mean absolute difference per sample between two same-size images, 0–255. */
export function pixelDifference(a: DecodedPng, b: DecodedPng): number {
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) return 255;
  let total = 0;
  for (let index = 0; index < a.data.length; index++) total += Math.abs((a.data[index] ?? 0) - (b.data[index] ?? 0));
  return total / a.data.length;
}
