import { Color } from 'three';

/** A brand colour pushed into HDR (× intensity) for unlit, bloom-catching materials. */
export function hdr(hex: string, intensity: number): Color {
  return new Color(hex).multiplyScalar(intensity);
}
