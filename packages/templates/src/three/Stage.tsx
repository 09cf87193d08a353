import { ThreeCanvas } from '@remotion/three';
import { useState, type ReactNode } from 'react';
import { ACESFilmicToneMapping } from 'three';
import { useVideoConfig } from 'remotion';

export interface Stage3DProps {
  background: string;
  /** Fog from `near` to `far` (world units) in the background colour: the floor melts into the backdrop. */
  fog?: [number, number];
  children: ReactNode;
}

/**
 * The canvas every 3D template draws into: full frame, one device pixel per output pixel
 * (the render scale lowers it, never a retina 2×), no canvas MSAA (the post stack owns the
 * frame buffer) and ACES tone mapping for filmic highlights.
 */
export function Stage3D({ background, fog, children }: Stage3DProps) {
  const { width, height } = useVideoConfig();
  // `renderStill({ scale })` sets devicePixelRatio; following it keeps low tiers cheap.
  const [dpr] = useState(() => Math.min(1, typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1));
  return (
    <ThreeCanvas
      width={width}
      height={height}
      dpr={dpr}
      gl={{ antialias: false, alpha: false, stencil: false, powerPreference: 'high-performance', toneMapping: ACESFilmicToneMapping }}
      camera={{ fov: 35, near: 0.1, far: 120, position: [0, 1.5, 10] }}
      style={{ position: 'absolute', inset: 0 }}
    >
      <color attach="background" args={[background]} />
      {fog ? <fog attach="fog" args={[background, fog[0], fog[1]]} /> : null}
      {children}
    </ThreeCanvas>
  );
}
