import { useCurrentFrame, useVideoConfig } from 'remotion';
import { aspectOfSize, type Aspect } from '../contract/aspects';
import { useExit } from './motion';

/** Which of the three frames this composition renders (templates lay out per aspect). */
export function useAspect(): Aspect {
  const { width, height } = useVideoConfig();
  return aspectOfSize(width, height);
}

/**
 * The type scale, in px, relative to the frame's short side so text keeps its weight in
 * every aspect (1080 px short side in all three native sizes).
 */
export function useTypeScale() {
  const { width, height } = useVideoConfig();
  const unit = Math.min(width, height) / 1080;
  return {
    unit,
    display: Math.round(150 * unit),
    h1: Math.round(110 * unit),
    h2: Math.round(76 * unit),
    h3: Math.round(56 * unit),
    body: Math.round(42 * unit),
    caption: Math.round(30 * unit),
  };
}

/** Pick a value per aspect: `byAspect(aspect, { '16:9': 1, '1:1': 2, '9:16': 3 })`. */
export function byAspect<T>(aspect: Aspect, values: Record<Aspect, T>): T {
  return values[aspect];
}

/** `byAspect` for the frame this composition renders: templates look up their per-aspect LAYOUTS / FRAMING in one call. */
export function useByAspect<T>(values: Record<Aspect, T>): T {
  return byAspect(useAspect(), values);
}

/**
 * What a 2D template reads before anything else, in one call so they all read it alike:
 * the frame, fps and size, the aspect and its entry in `layouts`, and the exit fade over
 * the last `exitFrames` frames.
 */
export function useTemplateBasics<T>(layouts: Record<Aspect, T>, exitFrames: number) {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const aspect = useAspect();
  const L = byAspect(aspect, layouts);
  const exit = useExit(exitFrames);
  return { frame, fps, width, height, aspect, L, exit };
}

/** A box in px (left, top, width, height): the unit the 2D templates' per-aspect layouts are written in. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
