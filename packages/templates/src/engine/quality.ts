import { ASPECTS, type Aspect } from '../contract/aspects';
import { RenderInputError } from './errors';
import { QUALITY_TIERS, type QualityTier } from './types';

const SHORT_SIDE: Record<QualityTier, number> = { '480p': 480, '720p': 720, '1080p': 1080, '2160p': 2160 };

export function isQualityTier(value: string): value is QualityTier {
  return (QUALITY_TIERS as readonly string[]).includes(value);
}

export function requireQualityTier(value: string): QualityTier {
  if (!isQualityTier(value)) throw new RenderInputError('quality', `unknown tier "${value}"; allowed: ${QUALITY_TIERS.join(', ')}`);
  return value;
}

export interface OutputSize {
  width: number;
  height: number;
  /** Remotion's `scale` from the composition's native size to this size. */
  scale: number;
  /**
   * True when native × scale is a whole number on both sides. Remotion's parallel encoder
   * rejects fractional sizes, so the engine encodes after rendering when this is false.
   */
  exact: boolean;
}

const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);

/**
 * The frame size of a tier: the tier is the shorter side, the longer side keeps the
 * aspect rounded to an even number (16:9 at 480p is 854×480, as players expect). The
 * scale is taken from the longer side so both sides round to exactly these numbers in
 * Chromium's screenshot, and the composition is rendered at that size directly.
 */
export function outputSize(aspect: Aspect, tier: QualityTier): OutputSize {
  const native = ASPECTS[aspect];
  const short = Math.min(native.width, native.height);
  const long = Math.max(native.width, native.height);
  const shortSide = SHORT_SIDE[tier];
  const longSide = even((long * shortSide) / short);
  const scale = longSide / long;
  const landscape = native.width >= native.height;
  return {
    width: landscape ? longSide : shortSide,
    height: landscape ? shortSide : longSide,
    scale,
    exact: Number.isInteger(native.width * scale) && Number.isInteger(native.height * scale),
  };
}
