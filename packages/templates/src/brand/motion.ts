import { Easing, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';

/** 0 → 1 spring that starts at `delay` frames: the default entrance of every element. */
export function useEntrance(delay = 0, damping = 14): number {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  return spring({ frame: frame - delay, fps, config: { damping, mass: 0.8 } });
}

/** 1 → 0 over the last `frames` frames: the shared exit so templates end cleanly. */
export function useExit(frames = 15): number {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  return interpolate(frame, [durationInFrames - frames, durationInFrames - 1], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.in(Easing.cubic),
  });
}

/** Start frame of the i-th item in a staggered group. */
export function stagger(index: number, step = 6, start = 0): number {
  return start + index * step;
}

export const easeOut = Easing.bezier(0.16, 1, 0.3, 1);

/** `interpolate` options that hold the output at both ends of the range, so the templates' timelines share one spelling. */
export const clampBoth = { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' } as const;
