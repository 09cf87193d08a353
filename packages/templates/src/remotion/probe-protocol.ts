/**
 * The layout probe's wire format, shared by the page (LayoutProbe.tsx) and Node
 * (validate/). The page reports through a Remotion <Artifact> per frame, which
 * renderStill/renderFrames hand to `onArtifact` — the public way to get data out of a
 * render (console output would work too, but Remotion echoes every page console line).
 */

/** Set to '1' in a render's envVariables to turn the probe on (off in production renders). */
export const PROBE_ENV = 'FLATRENDER_LAYOUT_PROBE';
const PROBE_FILE = /^flatrender-layout-probe-(\d+)\.json$/;

/** Artifact names must be unique within a render, hence the frame in the name. */
export function probeArtifactName(frame: number): string {
  return `flatrender-layout-probe-${frame}.json`;
}

export function isProbeArtifact(filename: string): boolean {
  return PROBE_FILE.test(filename);
}

export interface ProbedTextBox {
  /** textContent, trimmed to 120 characters. */
  text: string;
  /** Rendered line count (content height / line height). */
  lines: number;
  /** FitText's maxLines (data-max-lines), when the box declares it. */
  maxLines: number | null;
  fontSize: number;
  maxFontSize: number | null;
  /** How far the content is wider than the box, px (> 1 means it spills sideways). */
  overflowX: number;
}

export interface ProbeReport {
  frame: number;
  boxes: ProbedTextBox[];
}
