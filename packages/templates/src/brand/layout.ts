import { useVideoConfig } from 'remotion';
import { aspectOfSize, type Aspect } from '../contract/aspects';

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
