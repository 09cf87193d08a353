import { useThree } from '@react-three/fiber';
import { Bloom, DepthOfField, EffectComposer, Vignette } from '@react-three/postprocessing';
import type { EffectComposer as EffectComposerImpl } from 'postprocessing';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { continueRender, delayRender } from 'remotion';
import { HalfFloatType } from 'three';

export interface CinematicPostProps {
  bloom?: number;
  /** HDR threshold: only emissive / over-lit pixels (> ~1) glow. */
  bloomThreshold?: number;
  /** World point the lens focuses on; omit to skip depth of field (the costliest pass). */
  focus?: [number, number, number];
  /** Depth (world units) kept sharp around the focus point. */
  focusRange?: number;
  bokeh?: number;
  vignette?: number;
}

/**
 * The composer builds its passes over a few commits after mounting, while it already
 * suppresses R3F's own render — so the first frame a tab draws would be blank. Hold the
 * frame until the passes exist, then draw it once more.
 */
function useComposerReady(composer: RefObject<EffectComposerImpl | null>) {
  const advance = useThree((state) => state.advance);
  const [handle] = useState(() => delayRender('Building the post-processing passes'));
  useEffect(() => {
    let active = true;
    let attempts = 0;
    const check = () => {
      if (!active) return;
      const passes = composer.current?.passes.length ?? 0;
      if (passes > 1 || attempts++ > 300) {
        advance(performance.now());
        continueRender(handle);
        return;
      }
      setTimeout(check, 10);
    };
    check();
    return () => {
      active = false;
      continueRender(handle);
    };
  }, [composer, advance, handle]);
}

/**
 * Bloom → depth of field → vignette over a half-float buffer (effects merge into as few
 * passes as possible). No MSAA: the blur passes hide aliasing and a resolve per frame is
 * expensive on the farm's CPU renderers.
 */
export function CinematicPost({ bloom = 1.1, bloomThreshold = 1, focus, focusRange = 3, bokeh = 3, vignette = 0.65 }: CinematicPostProps) {
  const composer = useRef<EffectComposerImpl>(null);
  useComposerReady(composer);
  return (
    <EffectComposer ref={composer} multisampling={0} frameBufferType={HalfFloatType} stencilBuffer={false}>
      <Bloom mipmapBlur intensity={bloom} luminanceThreshold={bloomThreshold} luminanceSmoothing={0.2} radius={0.75} levels={6} />
      {focus ? <DepthOfField target={focus} focusRange={focusRange} bokehScale={bokeh} resolutionScale={0.3} /> : <></>}
      <Vignette offset={0.28} darkness={vignette} eskil={false} />
    </EffectComposer>
  );
}
