import { FONT_FAMILY, withAlpha } from '../../brand';
import { GuardedFitText } from '../../brand/FitWords';
import { initialOf, starPoints } from '../../brand/decor';

/** A round "sale" sticker with a scalloped edge; its text shrinks to fit inside. */
export function Sticker({ size, text, frame, fill, ink, ring }: { size: number; text: string; frame: number; fill: string; ink: string; ring: string }) {
  return (
    <div style={{ position: 'relative', width: size, height: size, filter: `drop-shadow(0 ${size * 0.05}px ${size * 0.08}px ${withAlpha('#000000', 0.4)})` }}>
      <svg width={size} height={size} viewBox="-100 -100 200 200" style={{ position: 'absolute', inset: 0, overflow: 'visible' }}>
        <polygon points={starPoints(0, 0, 100, 90, 22)} fill={fill} strokeLinejoin="round" />
        <circle r={78} fill="none" stroke={ring} strokeWidth={2.5} strokeDasharray="3 6" transform={`rotate(${frame * 1.2})`} />
      </svg>
      <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <GuardedFitText text={text} width={size * 0.66} maxFontSize={size * 0.2} maxLines={2} fontWeight={900} lineHeight={1.15} color={ink} />
      </div>
    </div>
  );
}

/**
 * The built-in product shot: a bottle on a studio podium in front of an arch, its label
 * carrying the shop's monogram. Drawn when the customer gives no photo.
 */
export function ProductArt({ size, frame, primary, secondary, accent, ink, background, name }: { size: number; frame: number; primary: string; secondary: string; accent: string; ink: string; background: string; name: string }) {
  const bob = Math.sin(frame / 24) * 6;
  const sparkle = (x: number, y: number, s: number, phase: number) => {
    const k = 0.55 + 0.45 * Math.sin(frame / 8 + phase);
    return <polygon points={starPoints(x, y, s * k, s * k * 0.28, 4, 0)} fill={ink} opacity={0.9 * k} />;
  };
  return (
    <svg width={size} height={size} viewBox="0 0 1000 1000">
      <defs>
        <linearGradient id="ip-bg" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={secondary} />
          <stop offset="100%" stopColor={primary} />
        </linearGradient>
        <linearGradient id="ip-arch" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={withAlpha(ink, 0.35)} />
          <stop offset="100%" stopColor={withAlpha(ink, 0.08)} />
        </linearGradient>
        <linearGradient id="ip-podium" x1="0" y1="0" x2="1" y2="0">
          <stop offset="0%" stopColor={accent} />
          <stop offset="55%" stopColor="#ffffff" />
          <stop offset="100%" stopColor={accent} />
        </linearGradient>
        <linearGradient id="ip-glass" x1="0" y1="0" x2="1" y2="0">
          <stop offset="0%" stopColor={withAlpha(ink, 0.95)} />
          <stop offset="50%" stopColor={accent} />
          <stop offset="100%" stopColor={withAlpha(ink, 0.85)} />
        </linearGradient>
        <linearGradient id="ip-cap" x1="0" y1="0" x2="1" y2="0">
          <stop offset="0%" stopColor={background} />
          <stop offset="50%" stopColor={primary} />
          <stop offset="100%" stopColor={background} />
        </linearGradient>
      </defs>
      <rect width={1000} height={1000} fill="url(#ip-bg)" />
      <g transform="translate(500 520) scale(1.08) translate(-500 -520)">
      {/* Arch backdrop and a sun disc behind it. */}
      <circle cx={690} cy={300} r={150} fill={withAlpha(accent, 0.55)} />
      <path d="M230 900 V420 A270 270 0 0 1 770 420 V900 Z" fill="url(#ip-arch)" />
      <path d="M300 900 V440 A200 200 0 0 1 700 440 V900 Z" fill="none" stroke={withAlpha(ink, 0.35)} strokeWidth={4} />

      {/* Podium. */}
      <path d="M200 800 V900 A300 56 0 0 0 800 900 V800 Z" fill={withAlpha(accent, 0.9)} />
      <path d="M200 800 V900 A300 56 0 0 0 800 900 V800 Z" fill="url(#ip-podium)" opacity={0.7} />
      <ellipse cx={500} cy={800} rx={300} ry={56} fill="#ffffff" />
      <ellipse cx={500} cy={800} rx={300} ry={56} fill={withAlpha(accent, 0.35)} />

      {/* The product: a bottle with a monogram label, floating a little. */}
      <ellipse cx={500} cy={806} rx={150 - bob * 2} ry={22} fill={withAlpha('#000000', 0.22)} />
      <g transform={`translate(0 ${-10 + bob})`}>
        <rect x={455} y={330} width={90} height={90} rx={14} fill="url(#ip-cap)" />
        <rect x={470} y={410} width={60} height={30} fill={withAlpha(ink, 0.9)} />
        <rect x={380} y={430} width={240} height={360} rx={60} fill="url(#ip-glass)" />
        <rect x={405} y={460} width={26} height={290} rx={13} fill="#ffffff" opacity={0.55} />
        <circle cx={500} cy={610} r={88} fill={primary} />
        <circle cx={500} cy={610} r={72} fill="none" stroke={withAlpha(ink, 0.7)} strokeWidth={3} strokeDasharray="2 9" />
        <text x={500} y={610} textAnchor="middle" dominantBaseline="central" fontFamily={FONT_FAMILY} fontWeight={900} fontSize={96} fill={ink}>
          {initialOf(name)}
        </text>
      </g>

      {/* Props: spheres on the podium. */}
      <circle cx={295} cy={752} r={56} fill={primary} />
      <circle cx={278} cy={735} r={18} fill="#ffffff" opacity={0.35} />
      <circle cx={712} cy={770} r={34} fill={secondary} />
      <circle cx={702} cy={760} r={10} fill="#ffffff" opacity={0.4} />

      </g>
      {sparkle(250, 260, 40, 0)}
      {sparkle(820, 520, 26, 2)}
      {sparkle(160, 560, 18, 4)}
      {sparkle(610, 200, 16, 1)}
    </svg>
  );
}
