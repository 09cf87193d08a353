import { random, useCurrentFrame } from 'remotion';
import { useSvgId } from '../../brand/sparkles';

/**
 * The Haft-sin items, each drawn around its own base point (0,0 = where it stands on the
 * cloth, up is negative y) so the stage can place and pop them in one by one.
 */

export interface ItemColors {
  primary: string;
  secondary: string;
  accent: string;
}

/** Sabzeh: wheatgrass in a porcelain dish, blades swaying, tied with a ribbon. */
export function Sabzeh({ colors, grow }: { colors: ItemColors; grow: number }) {
  const frame = useCurrentFrame();
  const greens = ['#3fbf5f', '#58d26f', '#2e9e4f', '#7ee08a'];
  return (
    <g>
      {Array.from({ length: 46 }, (_, i) => {
        const r = (k: string) => random(`sabzeh-${i}-${k}`);
        const x0 = (r('x') - 0.5) * 118;
        const h = (95 + r('h') * 70) * grow;
        const sway = Math.sin(frame / (18 + r('f') * 10) + r('p') * 6) * (5 + r('a') * 5);
        const lean = (x0 / 60) * 16 + (r('l') - 0.5) * 14;
        const tipX = x0 + lean + sway;
        return <path key={i} d={`M${x0} -16 Q${x0 + lean * 0.3} ${-16 - h * 0.6} ${tipX} ${-16 - h}`} stroke={greens[i % greens.length]} strokeWidth={4.5} strokeLinecap="round" fill="none" />;
      })}
      <rect x={-62} y={-58} width={124} height={15} rx={4} fill={colors.secondary} />
      <path d="M0 -51 C-26 -76 -46 -58 -30 -46 Z M0 -51 C26 -76 46 -58 30 -46 Z" fill={colors.secondary} />
      <path d="M-4 -46 L-16 -18 M4 -46 L16 -18" stroke={colors.secondary} strokeWidth={6} strokeLinecap="round" />
      <path d="M-78 -18 Q-72 8 0 10 Q72 8 78 -18 Z" fill="#eef4fb" />
      <path d="M-78 -18 Q-72 8 0 10 Q72 8 78 -18 Z" fill="none" stroke="#2f5d9e" strokeWidth={2} />
      <path d="M-60 -6 Q-30 4 0 -6 Q30 4 60 -6" stroke="#2f5d9e" strokeWidth={2.5} fill="none" />
      <ellipse cx={0} cy={-18} rx={78} ry={9} fill="#d8e4f2" stroke={colors.accent} strokeWidth={2.5} />
    </g>
  );
}

/** The goldfish bowl: water, pebbles, bubbles and a goldfish that swims and turns. */
export function FishBowl({ colors }: { colors: ItemColors }) {
  const frame = useCurrentFrame();
  const id = useSvgId('bowl');
  const phase = frame / 38;
  const fx = Math.sin(phase) * 42;
  const fy = -98 + Math.sin(frame / 21) * 12;
  const facing = Math.cos(phase) >= 0 ? 1 : -1;
  const tail = Math.sin(frame / 3.2) * 16;
  return (
    <g>
      <defs>
        <radialGradient id={`${id}-water`} cx="0.4" cy="0.35" r="0.7">
          <stop offset="0%" stopColor="#bdf1ff" stopOpacity={0.55} />
          <stop offset="100%" stopColor="#3aa6d0" stopOpacity={0.55} />
        </radialGradient>
        <clipPath id={`${id}-clip`}>
          <circle cx={0} cy={-96} r={94} />
        </clipPath>
        <linearGradient id={`${id}-fish`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor="#ffb347" />
          <stop offset="100%" stopColor="#ff6a00" />
        </linearGradient>
      </defs>
      <ellipse cx={0} cy={0} rx={78} ry={10} fill="#000000" opacity={0.25} />
      <g clipPath={`url(#${id}-clip)`}>
        <rect x={-100} y={-166} width={200} height={200} fill={`url(#${id}-water)`} />
        <ellipse cx={0} cy={-166} rx={70} ry={8} fill="#e6fbff" opacity={0.5} />
        {Array.from({ length: 16 }, (_, i) => (
          <circle key={i} cx={-64 + i * 8.5} cy={-8 - (i % 3) * 4} r={6 + (i % 2) * 2} fill={[colors.accent, colors.secondary, '#ffffff', colors.primary][i % 4]} opacity={0.85} />
        ))}
        {[0, 1, 2, 3].map((b) => {
          const t = ((frame + b * 22) % 90) / 90;
          return <circle key={b} cx={fx * 0.4 + 20 + Math.sin(t * 9 + b) * 5} cy={-40 - t * 120} r={3 + b} fill="none" stroke="#ffffff" strokeWidth={1.5} opacity={1 - t} />;
        })}
        <g transform={`translate(${fx} ${fy}) scale(${facing} 1)`}>
          <g transform={`rotate(${tail} -24 0)`}>
            <path d="M-24 0 C-40 -22 -58 -24 -60 -16 C-50 -6 -50 6 -60 16 C-58 24 -40 22 -24 0 Z" fill="#ff8c1a" opacity={0.9} />
          </g>
          <ellipse cx={0} cy={0} rx={30} ry={17} fill={`url(#${id}-fish)`} />
          <path d="M-6 -14 C2 -30 14 -26 16 -13 Z" fill="#ff8c1a" />
          <path d="M2 8 C0 20 10 22 14 12 Z" fill="#ffb347" />
          <circle cx={16} cy={-4} r={5} fill="#ffffff" />
          <circle cx={17.5} cy={-4} r={2.6} fill="#1a1a1a" />
          <path d="M-8 -10 Q-2 0 -8 10" stroke="#ffd9a0" strokeWidth={2} fill="none" opacity={0.7} />
        </g>
      </g>
      <circle cx={0} cy={-96} r={94} fill="none" stroke="#ffffff" strokeOpacity={0.55} strokeWidth={3} />
      <path d="M-62 -150 A80 80 0 0 0 -82 -80" stroke="#ffffff" strokeOpacity={0.7} strokeWidth={6} strokeLinecap="round" fill="none" />
      <ellipse cx={0} cy={-182} rx={50} ry={9} fill="none" stroke="#ffffff" strokeOpacity={0.6} strokeWidth={3} />
    </g>
  );
}

/** Sib: a glossy red apple with a leaf. */
export function Apple() {
  return (
    <g>
      <ellipse cx={0} cy={0} rx={44} ry={7} fill="#000000" opacity={0.25} />
      <path d="M0 -70 C-30 -86 -56 -62 -50 -34 C-45 -8 -22 4 0 -6 C22 4 45 -8 50 -34 C56 -62 30 -86 0 -70 Z" fill="#d62839" />
      <path d="M0 -70 C30 -86 56 -62 50 -34 C45 -8 22 4 0 -6 Z" fill="#a4161a" opacity={0.55} />
      <ellipse cx={-24} cy={-50} rx={9} ry={15} fill="#ffffff" opacity={0.45} transform="rotate(20 -24 -50)" />
      <path d="M0 -68 Q2 -84 8 -92" stroke="#5b3a1a" strokeWidth={5} strokeLinecap="round" fill="none" />
      <path d="M8 -86 C22 -100 40 -94 42 -86 C30 -78 16 -78 8 -86 Z" fill="#3fbf5f" />
    </g>
  );
}

/** Painted eggs in a small bowl. */
export function Eggs({ colors }: { colors: ItemColors }) {
  const eggs = [
    { x: -30, y: -34, fill: colors.accent, band: colors.secondary, rot: -12 },
    { x: 30, y: -34, fill: colors.primary, band: colors.accent, rot: 12 },
    { x: 0, y: -46, fill: colors.secondary, band: '#ffffff', rot: 0 },
  ];
  return (
    <g>
      <ellipse cx={0} cy={0} rx={70} ry={8} fill="#000000" opacity={0.25} />
      {eggs.map((egg, i) => (
        <g key={i} transform={`translate(${egg.x} ${egg.y}) rotate(${egg.rot})`}>
          <ellipse rx={23} ry={30} fill={egg.fill} />
          <path d="M-22 -4 L-14 4 L-6 -4 L2 4 L10 -4 L18 4 L22 -1" stroke={egg.band} strokeWidth={3.5} fill="none" strokeLinejoin="round" />
          <circle cx={0} cy={-16} r={3.5} fill={egg.band} />
          <circle cx={-9} cy={15} r={3} fill={egg.band} />
          <circle cx={9} cy={15} r={3} fill={egg.band} />
          <ellipse cx={-9} cy={-14} rx={5} ry={9} fill="#ffffff" opacity={0.35} />
        </g>
      ))}
      <path d="M-64 -26 Q-60 2 0 2 Q60 2 64 -26 Z" fill="#f3e9d8" stroke={colors.accent} strokeWidth={2.5} />
      <path d="M-50 -14 Q0 -4 50 -14" stroke="#2f5d9e" strokeWidth={2} fill="none" />
    </g>
  );
}

/** Sonbol: a hyacinth in a terracotta pot. */
export function Hyacinth({ colors, grow }: { colors: ItemColors; grow: number }) {
  const frame = useCurrentFrame();
  const sway = Math.sin(frame / 30) * 3;
  const florets = Array.from({ length: 34 }, (_, i) => {
    const t = i / 33;
    const y = -96 - t * 120 * grow;
    const spread = 26 * Math.sin(Math.PI * (0.15 + t * 0.75));
    const x = Math.sin(i * 2.4) * spread + sway * t;
    return { x, y, r: 9 - t * 2.5, tone: i % 3 };
  });
  const tones = ['#b07cd8', '#d39be8', colors.secondary];
  return (
    <g>
      <ellipse cx={0} cy={0} rx={44} ry={7} fill="#000000" opacity={0.25} />
      <path d="M-22 -94 C-40 -130 -34 -150 -24 -170" stroke="#3fbf5f" strokeWidth={10} strokeLinecap="round" fill="none" />
      <path d="M22 -94 C40 -126 36 -146 28 -162" stroke="#2e9e4f" strokeWidth={10} strokeLinecap="round" fill="none" />
      <path d="M0 -92 L0 -110" stroke="#2e9e4f" strokeWidth={8} />
      {florets.map((f, i) => (
        <g key={i} transform={`translate(${f.x} ${f.y})`}>
          {[0, 72, 144, 216, 288].map((a) => (
            <ellipse key={a} cx={0} cy={-f.r * 0.55} rx={f.r * 0.45} ry={f.r * 0.6} fill={tones[f.tone]} transform={`rotate(${a + i * 13})`} />
          ))}
          <circle r={f.r * 0.25} fill="#fff3c4" />
        </g>
      ))}
      <path d="M-38 -96 L38 -96 L30 -6 Q0 2 -30 -6 Z" fill="#c8643b" />
      <rect x={-42} y={-104} width={84} height={16} rx={4} fill="#d9774c" />
      <path d="M-34 -60 L34 -60" stroke={colors.accent} strokeWidth={5} />
      <path d="M-32 -48 L-24 -56 L-16 -48 L-8 -56 L0 -48 L8 -56 L16 -48 L24 -56 L32 -48" stroke={colors.accent} strokeWidth={2.5} fill="none" />
    </g>
  );
}

/** Two candles in gold holders with flickering flames. */
export function Candles({ colors }: { colors: ItemColors }) {
  const frame = useCurrentFrame();
  const id = useSvgId('flame');
  return (
    <g>
      <defs>
        <radialGradient id={`${id}-glow`}>
          <stop offset="0%" stopColor="#ffe8a3" stopOpacity={0.75} />
          <stop offset="100%" stopColor="#ffb347" stopOpacity={0} />
        </radialGradient>
        <linearGradient id={`${id}-fill`} x1="0" y1="1" x2="0" y2="0">
          <stop offset="0%" stopColor="#ff7b00" />
          <stop offset="60%" stopColor="#ffd166" />
          <stop offset="100%" stopColor="#fff6d6" />
        </linearGradient>
      </defs>
      {[
        { x: -30, h: 150 },
        { x: 30, h: 118 },
      ].map((c, i) => {
        const flicker = 1 + Math.sin(frame / 2.3 + i * 2) * 0.06 + Math.sin(frame / 5.1 + i) * 0.05;
        const lean = Math.sin(frame / 7 + i * 3) * 4;
        const top = -c.h - 26;
        return (
          <g key={i}>
            <circle cx={c.x} cy={top - 22} r={54 * flicker} fill={`url(#${id}-glow)`} />
            <rect x={c.x - 14} y={top} width={28} height={c.h} rx={5} fill="#fbf4e6" />
            <rect x={c.x - 14} y={top} width={9} height={c.h} rx={4} fill="#ffffff" opacity={0.7} />
            <path d={`M${c.x} ${top} L${c.x} ${top - 8}`} stroke="#3a2a1a" strokeWidth={2.5} />
            <g transform={`translate(${c.x} ${top - 8}) scale(${1 / flicker} ${flicker}) skewX(${lean})`}>
              <path d="M0 0 C-11 -10 -9 -26 0 -40 C9 -26 11 -10 0 0 Z" fill={`url(#${id}-fill)`} />
              <ellipse cx={0} cy={-9} rx={3.2} ry={6} fill="#6fb7ff" opacity={0.65} />
            </g>
            <path d={`M${c.x - 30} -8 Q${c.x} -34 ${c.x + 30} -8 Z`} fill={colors.accent} />
            <rect x={c.x - 22} y={-30} width={44} height={8} rx={3} fill={colors.accent} />
            <ellipse cx={c.x} cy={-6} rx={32} ry={6} fill={colors.accent} />
          </g>
        );
      })}
    </g>
  );
}

/** Sekkeh: a little stack of gold coins. */
export function Coins() {
  return (
    <g>
      {[0, 1, 2, 3].map((i) => (
        <g key={i}>
          <rect x={-26} y={-12 - i * 9} width={52} height={9} fill="#c9961a" />
          <ellipse cx={0} cy={-12 - i * 9} rx={26} ry={7} fill="#f5c542" stroke="#c9961a" strokeWidth={1.5} />
        </g>
      ))}
      <ellipse cx={0} cy={-3} rx={26} ry={7} fill="#c9961a" />
      <g transform="translate(38 -14) rotate(-70)">
        <ellipse rx={22} ry={7} fill="#f5c542" stroke="#c9961a" strokeWidth={1.5} />
      </g>
    </g>
  );
}

/** A mirror in a gold frame: the tallest piece, it stands at the back. */
export function Mirror({ colors }: { colors: ItemColors }) {
  const frame = useCurrentFrame();
  const id = useSvgId('mirror');
  const glint = (frame % 120) / 120;
  return (
    <g>
      <defs>
        <linearGradient id={`${id}-glass`} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0%" stopColor="#e9f4ff" />
          <stop offset="100%" stopColor="#9fb8cf" />
        </linearGradient>
        <clipPath id={`${id}-clip`}>
          <ellipse cx={0} cy={-150} rx={62} ry={92} />
        </clipPath>
      </defs>
      <ellipse cx={0} cy={-150} rx={76} ry={106} fill={colors.accent} />
      <ellipse cx={0} cy={-150} rx={70} ry={100} fill="none" stroke="#ffffff" strokeOpacity={0.4} strokeWidth={2} strokeDasharray="3 7" />
      <ellipse cx={0} cy={-150} rx={62} ry={92} fill={`url(#${id}-glass)`} />
      <g clipPath={`url(#${id}-clip)`}>
        <rect x={-140 + glint * 280} y={-260} width={26} height={240} fill="#ffffff" opacity={0.5} transform="rotate(24 0 -150)" />
      </g>
      <path d="M-30 -40 L-44 0 M30 -40 L44 0" stroke={colors.accent} strokeWidth={8} strokeLinecap="round" />
    </g>
  );
}
