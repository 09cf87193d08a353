import { Color } from 'three';

/** Blend two `#rrggbb` brand colours in sRGB space (t = 0 → a, 1 → b). */
export function mixHex(a: string, b: string, t: number): string {
  return `#${new Color(a).lerp(new Color(b), t).getHexString()}`;
}

/** Lighten (amount > 0) or darken (amount < 0) a brand colour, for tints and shadows. */
export function shadeHex(hex: string, amount: number): string {
  return mixHex(hex, amount >= 0 ? '#ffffff' : '#000000', Math.abs(amount));
}
