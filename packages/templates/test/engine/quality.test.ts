import { describe, expect, it } from 'vitest';
import { ASPECT_IDS, ASPECTS, outputSize, QUALITY_TIERS } from '@flatrender/templates';

describe('outputSize', () => {
  it.each(ASPECT_IDS.flatMap((aspect) => QUALITY_TIERS.map((tier) => [aspect, tier] as const)))('%s at %s: the tier is the shorter side, even, aspect kept', (aspect, tier) => {
    const size = outputSize(aspect, tier);
    const native = ASPECTS[aspect];
    expect(Math.min(size.width, size.height)).toBe(Number.parseInt(tier, 10));
    expect(size.width % 2).toBe(0);
    expect(size.height % 2).toBe(0);
    // Within one pixel of the exact aspect (854×480 for 16:9 is the closest even width).
    expect(Math.abs(size.width / size.height - native.width / native.height) * size.height).toBeLessThanOrEqual(1);
    // Chromium's screenshot rounds native × scale; both sides must land on the target.
    expect(Math.round(native.width * size.scale)).toBe(size.width);
    expect(Math.round(native.height * size.scale)).toBe(size.height);
  });

  it('names the sizes players expect', () => {
    expect(outputSize('16:9', '480p')).toMatchObject({ width: 854, height: 480, exact: false });
    expect(outputSize('9:16', '720p')).toMatchObject({ width: 720, height: 1280, exact: true });
    expect(outputSize('1:1', '2160p')).toMatchObject({ width: 2160, height: 2160, scale: 2, exact: true });
  });
});
