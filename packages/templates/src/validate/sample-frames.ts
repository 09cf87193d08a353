/**
 * Start, middle and end of a composition, taken at 10 %, 50 % and 90 %: frame 0 and the
 * last frame are legitimately a flat background in templates that fade in and out, and
 * would read as "blank" although nothing is wrong.
 */
export const SAMPLE_POINTS = [
  { name: 'start', at: 0.1 },
  { name: 'middle', at: 0.5 },
  { name: 'end', at: 0.9 },
] as const;

export function sampleFrames(durationInFrames: number): number[] {
  const last = Math.max(0, durationInFrames - 1);
  return [...new Set(SAMPLE_POINTS.map((point) => Math.round(point.at * last)))];
}
