import { useCurrentFrame } from 'remotion';
import { FONT_FAMILY } from '../../brand/fonts';
import { SPARKLE_PATH, useSvgId } from '../../brand/sparkles';

/** The built-in product artwork: a glossy shopping bag with a swinging sale tag. */
export function BagArt({ size, primary, secondary, accent, ink, tagText }: { size: number; primary: string; secondary: string; accent: string; ink: string; tagText: string }) {
  const frame = useCurrentFrame();
  const id = useSvgId('bag');
  const swing = Math.sin(frame / 11) * 9 * Math.exp(-Math.max(0, frame - 40) / 140) + Math.sin(frame / 23) * 3;
  const twinkle = (offset: number) => Math.pow(Math.max(0, Math.sin(frame / 14 + offset)), 3);
  return (
    <svg width={size} height={size} viewBox="0 0 400 400" style={{ overflow: 'visible' }}>
      <defs>
        <linearGradient id={`${id}-body`} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0%" stopColor={secondary} />
          <stop offset="100%" stopColor={primary} />
        </linearGradient>
        <linearGradient id={`${id}-gloss`} x1="0" y1="0" x2="1" y2="0">
          <stop offset="0%" stopColor="#ffffff" stopOpacity={0} />
          <stop offset="45%" stopColor="#ffffff" stopOpacity={0.28} />
          <stop offset="60%" stopColor="#ffffff" stopOpacity={0} />
        </linearGradient>
        <radialGradient id={`${id}-glow`}>
          <stop offset="0%" stopColor={accent} stopOpacity={0.45} />
          <stop offset="60%" stopColor={secondary} stopOpacity={0.12} />
          <stop offset="100%" stopColor={secondary} stopOpacity={0} />
        </radialGradient>
      </defs>
      <circle cx={200} cy={220} r={200} fill={`url(#${id}-glow)`} />
      <ellipse cx={205} cy={372} rx={140} ry={16} fill="#000000" opacity={0.35} />
      {/* side panel gives the bag its depth */}
      <path d="M300 128 L344 150 L358 338 L322 362 Z" fill={primary} />
      <path d="M300 128 L344 150 L358 338 L322 362 Z" fill="#000000" opacity={0.32} />
      <path d="M92 128 L300 128 L322 362 L70 362 Z" fill={`url(#${id}-body)`} />
      <path d="M92 128 L300 128 L322 362 L70 362 Z" fill={`url(#${id}-gloss)`} />
      <path d="M92 128 L300 128 L302 152 L90 152 Z" fill="#000000" opacity={0.18} />
      <path d="M150 150 C150 52 246 52 246 150" fill="none" stroke={ink} strokeWidth={13} strokeLinecap="round" />
      <circle cx={150} cy={152} r={8} fill={ink} />
      <circle cx={246} cy={152} r={8} fill={ink} />
      <text x={196} y={300} textAnchor="middle" fontFamily={FONT_FAMILY} fontWeight={900} fontSize={150} fill="#ffffff" opacity={0.95}>
        ٪
      </text>
      {/* the tag hangs from the right handle and swings */}
      <g transform={`rotate(${swing} 236 84)`}>
        <line x1={236} y1={84} x2={262} y2={176} stroke={ink} strokeWidth={3} />
        <g transform="translate(262 176) rotate(-14)">
          <path d="M-34 0 L-18 -20 L58 -20 Q66 -20 66 -12 L66 12 Q66 20 58 20 L-18 20 Z" fill={accent} />
          <circle cx={-16} cy={0} r={5} fill={ink} />
          <text x={22} y={9} textAnchor="middle" fontFamily={FONT_FAMILY} fontWeight={900} fontSize={24} fill={ink}>
            {tagText}
          </text>
        </g>
      </g>
      {[
        [64, 96, 18, 0],
        [352, 92, 13, 2],
        [40, 300, 11, 4],
      ].map(([x, y, s, o], i) => (
        <path key={i} d={SPARKLE_PATH} fill="#ffffff" transform={`translate(${x} ${y}) scale(${(s ?? 0) * twinkle(o ?? 0)})`} />
      ))}
    </svg>
  );
}
