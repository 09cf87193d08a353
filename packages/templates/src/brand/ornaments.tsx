import type { CSSProperties } from 'react';

/**
 * Persian geometric ornaments (girih stars, a rosette, a pointed arch) as plain SVG, so
 * templates get a cultural accent without image assets. Stroked parts take `draw` (0..1)
 * to animate as if drawn with a pen.
 */

function starPoints(points: number, outer: number, inner: number, rotation = -90): string {
  return Array.from({ length: points * 2 }, (_, i) => {
    const angle = ((rotation + (i * 180) / points) * Math.PI) / 180;
    const radius = i % 2 === 0 ? outer : inner;
    return `${(Math.cos(angle) * radius).toFixed(3)},${(Math.sin(angle) * radius).toFixed(3)}`;
  }).join(' ');
}

/** The eight-point star of Persian tilework (two overlapping squares), radius `r`, centred on 0,0. */
export function eightPointStar(r: number): string {
  return starPoints(8, r, r * 0.765, -90);
}

/** A filled eight-point star (shamseh) as an <svg>. */
export function StarTile({ size, color, style }: { size: number; color: string; style?: CSSProperties }) {
  return (
    <svg width={size} height={size} viewBox="-1 -1 2 2" style={style}>
      <polygon points={eightPointStar(1)} fill={color} />
    </svg>
  );
}

function drawProps(draw: number) {
  return { pathLength: 1, strokeDasharray: 1, strokeDashoffset: 1 - Math.min(1, Math.max(0, draw)) };
}

/** A line rosette: rings, an {8/3} star and the eight-point star, drawn in with `draw`. */
export function Rosette({ size, color, strokeWidth = 1.2, draw = 1, style }: { size: number; color: string; strokeWidth?: number; draw?: number; style?: CSSProperties }) {
  const star83 = Array.from({ length: 8 }, (_, i) => {
    const angle = ((-90 + i * 135) * Math.PI) / 180;
    return `${(Math.cos(angle) * 88).toFixed(2)},${(Math.sin(angle) * 88).toFixed(2)}`;
  }).join(' ');
  const petals = Array.from({ length: 16 }, (_, i) => {
    const angle = (i * 22.5 * Math.PI) / 180;
    return { x: Math.cos(angle) * 93, y: Math.sin(angle) * 93 };
  });
  const line = { fill: 'none', stroke: color, strokeWidth, vectorEffect: 'non-scaling-stroke' as const };
  return (
    <svg width={size} height={size} viewBox="-100 -100 200 200" style={{ overflow: 'visible', ...style }}>
      <circle r={98} {...line} {...drawProps(draw)} />
      <circle r={88} {...line} {...drawProps(draw * 1.1 - 0.1)} />
      <polygon points={star83} {...line} {...drawProps(draw * 1.2 - 0.2)} />
      <polygon points={eightPointStar(62)} {...line} {...drawProps(draw * 1.3 - 0.3)} />
      <circle r={34} {...line} {...drawProps(draw * 1.4 - 0.4)} />
      <polygon points={eightPointStar(22)} fill={color} opacity={Math.max(0, draw * 2 - 1)} />
      {petals.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={2.4} fill={color} opacity={Math.max(0, Math.min(1, draw * 16 - i * 0.6 - 6))} />
      ))}
    </svg>
  );
}

/**
 * A Persian pointed arch (taq) outline in a w×h box, as a path string: straight jambs,
 * then two arcs meeting in a point at the top.
 */
export function archPath(w: number, h: number, inset = 0): string {
  const left = inset;
  const right = w - inset;
  const bottom = h - inset;
  const spring = h * 0.36 + inset * 0.4;
  const top = inset;
  const mid = w / 2;
  const shoulder = (right - left) * 0.5;
  return [
    `M${left} ${bottom}`,
    `L${left} ${spring}`,
    `C${left} ${spring - shoulder * 0.55} ${mid - shoulder * 0.42} ${top + shoulder * 0.28} ${mid} ${top}`,
    `C${mid + shoulder * 0.42} ${top + shoulder * 0.28} ${right} ${spring - shoulder * 0.55} ${right} ${spring}`,
    `L${right} ${bottom}`,
  ].join(' ');
}
