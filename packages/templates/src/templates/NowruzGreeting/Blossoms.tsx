import { random, useCurrentFrame, useVideoConfig } from 'remotion';

const PETAL = 'M0 -9 C6 -9 9 -3 0 9 C-9 -3 -6 -9 0 -9 Z';

function Flower({ x, y, r, color, center, open }: { x: number; y: number; r: number; color: string; center: string; open: number }) {
  if (open <= 0) return null;
  return (
    <g transform={`translate(${x} ${y}) scale(${open})`}>
      {[0, 72, 144, 216, 288].map((a) => (
        <ellipse key={a} cx={0} cy={-r * 0.55} rx={r * 0.42} ry={r * 0.58} fill={color} transform={`rotate(${a})`} />
      ))}
      <circle r={r * 0.22} fill={center} />
      {[0, 60, 120, 180, 240, 300].map((a) => (
        <circle key={a} cx={Math.cos((a * Math.PI) / 180) * r * 0.32} cy={Math.sin((a * Math.PI) / 180) * r * 0.32} r={r * 0.05} fill={center} />
      ))}
    </g>
  );
}

/**
 * A blossoming branch reaching in from a corner (size = its length in px); flowers open
 * one after another from `start`, and the branch sways.
 */
export function BlossomBranch({ size, flip, start, petal, center }: { size: number; flip: boolean; start: number; petal: string; center: string }) {
  const frame = useCurrentFrame();
  const sway = Math.sin(frame / 40) * 1.5;
  const s = size / 500;
  const flowers: Array<[number, number, number]> = [
    [150, 82, 26],
    [240, 120, 30],
    [330, 150, 24],
    [420, 190, 28],
    [300, 60, 22],
    [200, 170, 20],
    [460, 150, 18],
    [110, 40, 18],
  ];
  return (
    <svg width={size} height={size * 0.6} viewBox="0 0 500 300" style={{ overflow: 'visible', transform: `scaleX(${flip ? -1 : 1})` }}>
      <g transform={`rotate(${sway} 0 0)`}>
        <path d="M-20 10 C80 40 200 90 300 140 C360 170 420 180 480 190" stroke="#4a2e1f" strokeWidth={14 / Math.max(0.6, s)} strokeLinecap="round" fill="none" />
        <path d="M180 80 C220 70 270 60 310 55 M250 118 C240 150 220 170 200 175 M380 165 C410 150 440 148 465 150" stroke="#4a2e1f" strokeWidth={7} strokeLinecap="round" fill="none" />
        {flowers.map(([x, y, r], i) => (
          <Flower key={i} x={x} y={y} r={r} color={i % 3 === 2 ? '#ffffff' : petal} center={center} open={Math.min(1, Math.max(0, (frame - start - i * 5) / 14))} />
        ))}
        {[
          [360, 130],
          [170, 60],
        ].map(([x, y], i) => (
          <ellipse key={i} cx={x} cy={y} rx={12} ry={6} fill="#6fcf6f" transform={`rotate(${-30 + i * 50} ${x} ${y})`} />
        ))}
      </g>
    </svg>
  );
}

/** Petals drifting down across the whole frame, in a loop that never repeats visibly. */
export function Petals({ count, colors, opacity }: { count: number; colors: string[]; opacity: number }) {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  if (opacity <= 0) return null;
  return (
    <svg width={width} height={height} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
      {Array.from({ length: count }, (_, i) => {
        const r = (k: string) => random(`petal-${i}-${k}`);
        const speed = 1.2 + r('v') * 1.6;
        const span = height + 80;
        const y = ((r('y') * span + frame * speed) % span) - 40;
        const x = r('x') * width + Math.sin(frame / (30 + r('w') * 30) + r('p') * 6) * 50 - frame * 0.4;
        const wrappedX = ((x % width) + width) % width;
        const flipY = Math.cos(frame / (12 + r('f') * 10) + r('p') * 6);
        return (
          <path
            key={i}
            d={PETAL}
            fill={colors[i % colors.length]}
            opacity={opacity * (0.55 + r('o') * 0.45)}
            transform={`translate(${wrappedX} ${y}) rotate(${r('r') * 360 + frame * (r('s') - 0.5) * 6}) scale(${(0.8 + r('z') * 0.9) * 1.2} ${flipY * 1.2})`}
          />
        );
      })}
    </svg>
  );
}
