import { useLayoutEffect, useRef, useState } from 'react';
import { Artifact, continueRender, delayRender, useCurrentFrame } from 'remotion';
import { PROBE_ENV, probeArtifactName, type ProbedTextBox, type ProbeReport } from './probe-protocol';

function probeEnabled(): boolean {
  return typeof process !== 'undefined' && process.env?.[PROBE_ENV] === '1';
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until every other delayRender of this frame is released (FitText holds one until
 * the fonts are measured), then one more animation frame for React to commit. Remotion
 * keeps the pending handles in `window.remotion_delayRenderHandles`, the list its renderer
 * polls; without it, two animation frames are the fallback.
 */
async function othersSettled(own: number): Promise<void> {
  await document.fonts.ready;
  const started = performance.now();
  for (;;) {
    await nextFrame();
    const handles = (window as unknown as { remotion_delayRenderHandles?: number[] }).remotion_delayRenderHandles;
    if (!handles || handles.every((handle) => handle === own) || performance.now() - started > 20_000) break;
  }
  await nextFrame();
}

function measure(element: HTMLElement): ProbedTextBox {
  const style = getComputedStyle(element);
  const fontSize = Number.parseFloat(style.fontSize);
  const lineHeight = Number.parseFloat(style.lineHeight) || fontSize * 1.2;
  const content = element.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
  const maxLines = Number(element.dataset.maxLines);
  const maxFontSize = Number(element.dataset.maxFontSize);
  return {
    text: (element.textContent ?? '').trim().slice(0, 120),
    lines: Math.round(content / lineHeight),
    maxLines: Number.isFinite(maxLines) && maxLines > 0 ? maxLines : null,
    fontSize,
    maxFontSize: Number.isFinite(maxFontSize) && maxFontSize > 0 ? maxFontSize : null,
    overflowX: element.scrollWidth - element.clientWidth,
  };
}

/**
 * Validation only (`flatrender templates validate` sets the env variable): once a frame has
 * settled — fonts loaded, FitText re-rendered with the real metrics — measures every FitText box ([data-fit-text]) and emits the result as
 * an Artifact of that frame. A delayRender holds the screenshot until the Artifact is
 * registered, so every sampled frame carries its report.
 */
export function LayoutProbe() {
  const frame = useCurrentFrame();
  const [report, setReport] = useState<{ frame: number; json: string } | null>(null);
  const pending = useRef<(() => void) | null>(null);

  useLayoutEffect(() => {
    if (!probeEnabled()) return;
    const handle = delayRender(`Layout probe, frame ${frame}`);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      continueRender(handle);
    };
    pending.current = release;
    othersSettled(handle)
      .then(() => {
        if (released) return;
        const measured: ProbeReport = { frame, boxes: [...document.querySelectorAll<HTMLElement>('[data-fit-text]')].map(measure) };
        setReport({ frame, json: JSON.stringify(measured) });
      })
      .catch(release);
    return release;
  }, [frame]);

  // Runs after the Artifact child registered itself (children's layout effects run first).
  useLayoutEffect(() => {
    if (report?.frame === frame) pending.current?.();
  }, [report, frame]);

  return report?.frame === frame ? <Artifact filename={probeArtifactName(frame)} content={report.json} /> : null;
}
