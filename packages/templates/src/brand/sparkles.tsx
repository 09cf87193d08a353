import { useId, type CSSProperties } from 'react';
import { random, useCurrentFrame } from 'remotion';

/** A four-point star in a 2×2 box centred on 0,0 (scale it with a transform). */
export const SPARKLE_PATH = 'M0 -1 Q0.11 -0.11 1 0 Q0.11 0.11 0 1 Q-0.11 0.11 -1 0 Q-0.11 -0.11 0 -1Z';

/** An id safe to put in `url(#…)` (React's useId may contain characters that are not). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** One sparkle inside an <svg>: star + soft halo, `size` is the star's half-width. */
export function Sparkle({ x, y, size, color, opacity = 1, rotation = 0, haloId }: { x: number; y: number; size: number; color: string; opacity?: number; rotation?: number; haloId?: string }) {
  if (size <= 0 || opacity <= 0) return null;
  return (
    <g transform={`translate(${x} ${y})`} opacity={opacity}>
      {haloId ? <circle r={size * 0.9} fill={`url(#${haloId})`} /> : null}
      <path d={SPARKLE_PATH} fill={color} transform={`rotate(${rotation}) scale(${size})`} />
    </g>
  );
}

/** A white-to-transparent radial gradient for sparkle halos; reference it by id. */
export function HaloGradient({ id, color = '#ffffff' }: { id: string; color?: string }) {
  return (
    <radialGradient id={id}>
      <stop offset="0%" stopColor={color} stopOpacity={0.9} />
      <stop offset="35%" stopColor={color} stopOpacity={0.25} />
      <stop offset="100%" stopColor={color} stopOpacity={0} />
    </radialGradient>
  );
}

export interface SparkleFieldProps {
  width: number;
  height: number;
  count: number;
  seed: string;
  colors: string[];
  minSize?: number;
  maxSize?: number;
  /** Frames per twinkle (randomised ±40 % per sparkle). */
  period?: number;
  /** Overall opacity multiplier (fade the whole field in or out). */
  opacity?: number;
  style?: CSSProperties;
}

/** Twinkling stars scattered over a box; each star's place and rhythm come from `seed`. */
export function SparkleField({ width, height, count, seed, colors, minSize = 6, maxSize = 22, period = 45, opacity = 1, style }: SparkleFieldProps) {
  const frame = useCurrentFrame();
  const haloId = useSvgId('halo');
  if (opacity <= 0) return null;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', overflow: 'visible', pointerEvents: 'none', ...style }}>
      <defs>
        <HaloGradient id={haloId} />
      </defs>
      {Array.from({ length: count }, (_, i) => {
        const r = (key: string) => random(`${seed}-${i}-${key}`);
        const ownPeriod = period * (0.6 + r('p') * 0.8);
        const phase = (frame / ownPeriod + r('phase')) % 1;
        const twinkle = Math.pow(Math.max(0, Math.sin(phase * Math.PI * 2)), 3);
        const size = (minSize + r('s') * (maxSize - minSize)) * twinkle;
        return (
          <Sparkle
            key={i}
            x={r('x') * width}
            y={r('y') * height}
            size={size}
            color={colors[Math.floor(r('c') * colors.length)] ?? '#ffffff'}
            rotation={frame * (r('rot') - 0.5) * 2}
            opacity={opacity}
            haloId={haloId}
          />
        );
      })}
    </svg>
  );
}

export interface BokehFieldProps {
  width: number;
  height: number;
  count: number;
  seed: string;
  colors: string[];
  minRadius?: number;
  maxRadius?: number;
  /** Upward drift in px per frame (each circle varies around it). */
  drift?: number;
  opacity?: number;
  style?: CSSProperties;
}

/** Soft out-of-focus light discs drifting slowly upwards: cheap depth behind a scene. */
export function BokehField({ width, height, count, seed, colors, minRadius = 20, maxRadius = 90, drift = 0.6, opacity = 1, style }: BokehFieldProps) {
  const frame = useCurrentFrame();
  const gradientId = useSvgId('bokeh');
  if (opacity <= 0) return null;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', pointerEvents: 'none', ...style }}>
      <defs>
        {colors.map((color, c) => (
          <radialGradient key={c} id={`${gradientId}-${c}`}>
            <stop offset="0%" stopColor={color} stopOpacity={0.55} />
            <stop offset="70%" stopColor={color} stopOpacity={0.18} />
            <stop offset="100%" stopColor={color} stopOpacity={0} />
          </radialGradient>
        ))}
      </defs>
      {Array.from({ length: count }, (_, i) => {
        const r = (key: string) => random(`${seed}-${i}-${key}`);
        const radius = minRadius + r('r') * (maxRadius - minRadius);
        const span = height + radius * 2;
        const y = (((r('y') * span - frame * drift * (0.5 + r('v'))) % span) + span) % span - radius;
        const x = r('x') * width + Math.sin(frame / (40 + r('w') * 60) + r('ph') * 6) * 18;
        const pulse = 0.55 + 0.45 * Math.sin(frame / (25 + r('f') * 30) + r('ph2') * 6);
        return <circle key={i} cx={x} cy={y} r={radius} fill={`url(#${gradientId}-${Math.floor(r('c') * colors.length)})`} opacity={opacity * pulse} />;
      })}
    </svg>
  );
}
