import { useCurrentFrame } from 'remotion';
import { SPARKLE_PATH, useSvgId } from '../../brand/sparkles';

const A = '-84,-28';
const B = '-46,-66';
const M = '0,-66';
const C = '46,-66';
const D = '84,-28';
const G1 = '-28,-28';
const G2 = '28,-28';
const P = '0,86';

const CROWN: Array<[string, number]> = [
  [`${A} ${B} ${G1}`, 0.45],
  [`${B} ${M} ${G1}`, 0.2],
  [`${M} ${G2} ${G1}`, 0.62],
  [`${M} ${C} ${G2}`, 0.12],
  [`${C} ${D} ${G2}`, 0.32],
];
const PAVILION: Array<[string, number]> = [
  [`${A} ${G1} ${P}`, 0.28],
  [`${G1} ${G2} ${P}`, 0],
  [`${G2} ${D} ${P}`, -0.3],
];

/** The built-in logo: a faceted gem in a thin ring, with a light sweep across it. */
export function GemEmblem({ size, crown, pavilion, ring, sweep }: { size: number; crown: string; pavilion: string; ring: string; sweep: number }) {
  const frame = useCurrentFrame();
  const id = useSvgId('gem');
  const outline = `${A} ${B} ${C} ${D} ${P}`;
  return (
    <svg width={size} height={size} viewBox="-110 -110 220 220" style={{ overflow: 'visible' }}>
      <defs>
        <clipPath id={`${id}-clip`}>
          <polygon points={outline} />
        </clipPath>
        <linearGradient id={`${id}-sweep`} x1="0" y1="0" x2="1" y2="0">
          <stop offset="0%" stopColor="#ffffff" stopOpacity={0} />
          <stop offset="50%" stopColor="#ffffff" stopOpacity={0.85} />
          <stop offset="100%" stopColor="#ffffff" stopOpacity={0} />
        </linearGradient>
      </defs>
      <circle r={104} fill="none" stroke={ring} strokeWidth={1.6} opacity={0.8} />
      <circle r={96} fill="none" stroke={ring} strokeWidth={0.8} opacity={0.5} strokeDasharray="1.5 5" transform={`rotate(${frame * 0.3})`} />
      {Array.from({ length: 8 }, (_, i) => (
        <circle key={i} cx={Math.cos((i * Math.PI) / 4) * 104} cy={Math.sin((i * Math.PI) / 4) * 104} r={2.6} fill={ring} />
      ))}
      <g transform="translate(0 -6)">
        {CROWN.map(([points, light], i) => (
          <g key={`c${i}`}>
            <polygon points={points} fill={crown} />
            <polygon points={points} fill="#ffffff" opacity={light} />
          </g>
        ))}
        {PAVILION.map(([points, light], i) => (
          <g key={`p${i}`}>
            <polygon points={points} fill={pavilion} />
            <polygon points={points} fill={light >= 0 ? '#ffffff' : '#000000'} opacity={Math.abs(light)} />
          </g>
        ))}
        <polygon points={outline} fill="none" stroke="#ffffff" strokeOpacity={0.55} strokeWidth={1.2} strokeLinejoin="round" />
        <path d={`M${A} L${D} M${G1} L${P} M${G2} L${P} M${B} L${G1} L${M} L${G2} L${C}`} stroke="#ffffff" strokeOpacity={0.35} strokeWidth={0.8} fill="none" />
        <g clipPath={`url(#${id}-clip)`}>
          <rect x={-180 + sweep * 360} y={-120} width={60} height={240} fill={`url(#${id}-sweep)`} transform="rotate(20)" />
        </g>
        <path d={SPARKLE_PATH} fill="#ffffff" transform={`translate(-30 -50) scale(${10 + 6 * Math.max(0, Math.sin(frame / 9))})`} />
      </g>
    </svg>
  );
}
