import { useMemo } from 'react';
import { hdr } from './glow';

export interface CandleProps {
  height: number;
  radius: number;
  wax: string;
  flame: string;
  /** 0 = unlit, 1 = burning; the flame grows in from the wick. */
  lit: number;
  frame: number;
  /** Phase offset so a row of candles does not flicker in unison. */
  seed?: number;
  /** A real point light is costly on CPU renderers; give it to one or two candles only. */
  light?: boolean;
}

/** Deterministic flicker: a few incommensurate sines, never Math.random. */
function flicker(frame: number, seed: number): number {
  return 1 + 0.08 * Math.sin(frame * 0.9 + seed) + 0.05 * Math.sin(frame * 2.3 + seed * 3.1) + 0.03 * Math.sin(frame * 5.7 + seed * 1.7);
}

/** A wax candle with a glowing, flickering flame (HDR colour so bloom haloes it). */
export function Candle({ height, radius, wax, flame, lit, frame, seed = 0, light = false }: CandleProps) {
  const f = flicker(frame, seed) * lit;
  const core = useMemo(() => hdr('#fff6e0', 6), []);
  const outer = useMemo(() => hdr(flame, 4), [flame]);
  return (
    <group>
      <mesh position-y={height / 2}>
        <cylinderGeometry args={[radius, radius * 1.04, height, 20]} />
        <meshStandardMaterial color={wax} roughness={0.55} metalness={0} emissive={flame} emissiveIntensity={0.12 * lit} />
      </mesh>
      <mesh position-y={height + 0.03}>
        <cylinderGeometry args={[0.006, 0.006, 0.06, 4]} />
        <meshBasicMaterial color="#222" />
      </mesh>
      {lit > 0.01 ? (
        <group position-y={height + 0.1} scale={[f, f * (1 + 0.1 * Math.sin(frame * 1.3 + seed)), f]} rotation-z={0.06 * Math.sin(frame * 0.7 + seed)}>
          <mesh scale={[0.045, 0.11, 0.045]}>
            <sphereGeometry args={[1, 12, 10]} />
            <meshBasicMaterial color={outer} toneMapped={false} />
          </mesh>
          <mesh scale={[0.022, 0.05, 0.022]} position-y={-0.03}>
            <sphereGeometry args={[1, 8, 6]} />
            <meshBasicMaterial color={core} toneMapped={false} />
          </mesh>
          {light ? <pointLight color={flame} intensity={2.2 * f} distance={4} decay={2} /> : null}
        </group>
      ) : null}
    </group>
  );
}
