import type { Aspect } from '../contract/aspects';
import { bindingsJsonSchema } from '../manifest';
import { requireTemplate } from '../lookup';
import { validateBindings, bindingIssuesLine } from '../bindings';
import { PROBE_ENV, type ProbeReport } from '../remotion/probe-protocol';
import { prepareRender } from '../render/prepare';
import type { RenderSession } from '../render/session';
import { variantBindings, type PropVariant } from './hostile-props';
import { overflowProblems, parseProbeArtifact, smallestFontRatio } from './layout-check';
import { BLANK_STDDEV, pixelStats } from './pixels';
import { decodePng } from './png';
import { sampleFrames } from './sample-frames';

export interface StillCheck {
  frame: number;
  /** Remotion's time for this frame (seek + screenshot), without the page load. */
  milliseconds: number;
  stddev: number;
  problems: string[];
  /** Smallest fitted font / design size among the frame's text boxes. */
  minFontRatio: number | null;
}

export interface CaseResult {
  template: string;
  aspect: Aspect;
  variant: PropVariant;
  compositionId: string;
  ok: boolean;
  /** One line each: `blank frame 75 (luma deviation 0.2)`, `text overflows: title: …`. */
  problems: string[];
  stills: StillCheck[];
  /** Whole case, page load included. */
  milliseconds: number;
}

export interface CaseOptions {
  scale: number;
  blankStddev?: number;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/** Renders the sample frames of one template × aspect × variant and checks each. */
export async function checkCase(session: RenderSession, template: string, aspect: Aspect, variant: PropVariant, options: CaseOptions): Promise<CaseResult> {
  const started = performance.now();
  const meta = requireTemplate(template);
  const bindings = variantBindings(bindingsJsonSchema(meta), variant);
  const result: CaseResult = { template, aspect, variant, compositionId: '', ok: false, problems: [], stills: [], milliseconds: 0 };
  const finish = () => ({ ...result, ok: result.problems.length === 0, milliseconds: Math.round(performance.now() - started) });
  const valid = validateBindings(template, bindings);
  if (!valid.ok) {
    result.problems.push(`generated ${variant} bindings are invalid: ${bindingIssuesLine(valid.issues)}`);
    return finish();
  }
  const render = await prepareRender(template, aspect, bindings);
  result.compositionId = render.composition.id;
  const probes = new Map<number, ProbeReport>();
  const times = new Map<number, number>();
  try {
    const frames = await session.frames(render, sampleFrames(render.composition.durationInFrames), {
      scale: options.scale,
      // CI machines are small and shared; a slow frame is not a broken one.
      timeoutInMilliseconds: 120_000,
      envVariables: { [PROBE_ENV]: '1' },
      onArtifact: (artifact) => {
        const report = parseProbeArtifact(artifact);
        if (report) probes.set(report.frame, report);
      },
      onFrameTime: (frame, milliseconds) => times.set(frame, Math.round(milliseconds)),
    });
    for (const { frame, buffer } of frames) {
      const { stddev } = pixelStats(decodePng(buffer));
      const probe = probes.get(frame);
      const problems: string[] = [];
      if (stddev < (options.blankStddev ?? BLANK_STDDEV)) problems.push(`blank frame ${frame} (luma deviation ${stddev.toFixed(2)})`);
      if (!probe) problems.push(`frame ${frame}: the layout probe did not report (bundle without LayoutProbe?)`);
      for (const box of probe?.boxes ?? []) {
        const overflow = overflowProblems(box, render.props);
        if (overflow) problems.push(`frame ${frame}: ${overflow}`);
      }
      result.stills.push({ frame, milliseconds: times.get(frame) ?? 0, stddev, problems, minFontRatio: smallestFontRatio(probe?.boxes ?? []) });
      result.problems.push(...problems);
    }
  } catch (error) {
    result.problems.push(`render failed: ${firstLine(error)}`);
  }
  return finish();
}
