import type { CSSProperties } from 'react';
import { AbsoluteFill, Easing, Img, interpolate, random, useCurrentFrame, useVideoConfig } from 'remotion';
import { withAlpha } from './colors';
import { FONT_FAMILY } from './fonts';

/**
 * Generic decoration shared by the 2D templates: particles, glows, light sweeps, a
 * vignette and the fallback brand mark drawn when no logo image is given. Everything is
 * a pure function of the frame (seeded `random`, never Math.random), so any render node
 * draws the same pixels for the same frame.
 */

/** 0 → 1 between frames `from` and `to` (clamped), eased; the building block of a timeline. */
export function ramp(frame: number, from: number, to: number, easing: (t: number) => number = Easing.bezier(0.16, 1, 0.3, 1)): number {
  return interpolate(frame, [from, to], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing });
}

/** An absolutely placed circle of diameter `size` centred on (x, y): the base style of the round lights and bokeh. */
export function circleAt(x: number, y: number, size: number): CSSProperties {
  return { position: 'absolute', left: x - size / 2, top: y - size / 2, width: size, height: size, borderRadius: '50%' };
}

/** A soft round light: a radial gradient, far cheaper to render than a CSS blur. */
export function Glow({ x, y, size, color, opacity = 1, style }: { x: number; y: number; size: number; color: string; opacity?: number; style?: CSSProperties }) {
  return (
    <div
      style={{
        ...circleAt(x, y, size),
        background: `radial-gradient(circle, ${withAlpha(color, 0.55)} 0%, ${withAlpha(color, 0.18)} 38%, ${withAlpha(color, 0)} 70%)`,
        opacity,
        pointerEvents: 'none',
        ...style,
      }}
    />
  );
}

export interface ParticlesProps {
  count: number;
  seed: string;
  width: number;
  height: number;
  colors: string[];
  /** Radius range in px. */
  size?: [number, number];
  /** Upward speed in px per frame (0 = hover in place); particles wrap around. */
  rise?: number;
  /** Sideways sway amplitude in px. */
  sway?: number;
  opacity?: number;
  style?: CSSProperties;
}

/** Floating, twinkling dots of light (one SVG, so hundreds stay cheap). */
export function Particles({ count, seed, width, height, colors, size = [2, 6], rise = 0.6, sway = 18, opacity = 0.8, style }: ParticlesProps) {
  const frame = useCurrentFrame();
  const dots = Array.from({ length: count }, (_, i) => {
    const r = size[0] + random(`${seed}-r-${i}`) * (size[1] - size[0]);
    const speed = rise * (0.5 + random(`${seed}-s-${i}`));
    const span = height + 40;
    const y = ((random(`${seed}-y-${i}`) * span - frame * speed) % span + span) % span - 20;
    const phase = random(`${seed}-p-${i}`) * Math.PI * 2;
    const x = random(`${seed}-x-${i}`) * width + Math.sin(frame / 40 + phase) * sway;
    const twinkle = 0.35 + 0.65 * (0.5 + 0.5 * Math.sin(frame / 9 + phase * 3));
    const fill = colors[i % colors.length] ?? '#ffffff';
    return <circle key={i} cx={x} cy={y} r={r} fill={fill} opacity={twinkle} />;
  });
  return (
    <svg width={width} height={height} style={{ position: 'absolute', inset: 0, opacity, overflow: 'visible', ...style }}>
      {dots}
    </svg>
  );
}

/** A diagonal band of light crossing its parent as `progress` goes 0 → 1. */
export function LightSweep({ progress, color = '#ffffff', strength = 0.35, angle = 110, band = 14, style }: { progress: number; color?: string; strength?: number; angle?: number; band?: number; style?: CSSProperties }) {
  if (progress <= 0 || progress >= 1) return null;
  const center = -band + progress * (100 + band * 2);
  return (
    <AbsoluteFill
      style={{
        background: `linear-gradient(${angle}deg, transparent ${center - band}%, ${withAlpha(color, strength)} ${center}%, transparent ${center + band}%)`,
        mixBlendMode: 'screen',
        pointerEvents: 'none',
        ...style,
      }}
    />
  );
}

/** Darkens the frame's edges so the eye stays in the middle. */
export function Vignette({ strength = 0.55, color = '#000000' }: { strength?: number; color?: string }) {
  return (
    <AbsoluteFill
      style={{
        background: `radial-gradient(ellipse at center, transparent 45%, ${withAlpha(color, strength)} 100%)`,
        pointerEvents: 'none',
      }}
    />
  );
}

/** Words that say what a business is, not who: a monogram skips them ("استودیو نگار" → "ن"). */
const GENERIC_WORDS = new Set([
  'استودیو', 'گروه', 'شرکت', 'فروشگاه', 'کانال', 'مجموعه', 'آموزشگاه', 'موسسه', 'مؤسسه', 'انتشارات', 'رستوران', 'کافه',
  'آتلیه', 'خانه', 'باشگاه', 'کلینیک', 'مدرسه', 'برند', 'the', 'studio', 'group', 'shop', 'company',
]);

/** The first letter of a name, for monograms ("نگارین" → "ن", "acme" → "A"). */
export function initialOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  const word = words.find((candidate) => !GENERIC_WORDS.has(candidate.toLowerCase())) ?? words[0] ?? '';
  const first = Array.from(word).find((char) => /\p{L}|\p{N}/u.test(char)) ?? '★';
  return first.toLocaleUpperCase('en');
}

/** Points of an n-pointed star, for SVG `points`. */
export function starPoints(cx: number, cy: number, outer: number, inner: number, points: number, rotation = -Math.PI / 2): string {
  const result: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = rotation + (i * Math.PI) / points;
    result.push(`${(cx + Math.cos(angle) * radius).toFixed(2)},${(cy + Math.sin(angle) * radius).toFixed(2)}`);
  }
  return result.join(' ');
}

export interface BrandMarkProps {
  /** Logo image (URL or data URI); empty draws the monogram badge instead. */
  src: string;
  /** The brand's name; its first letter becomes the monogram. */
  name: string;
  size: number;
  primary: string;
  secondary: string;
  accent: string;
  ink: string;
  /** 0 → 1: draws the badge's outline, then its fill and letter (1 = complete). */
  build?: number;
  /** 0 → 1: a glint crossing the badge (drawn badge only; 0 or 1 = no glint). */
  sweep?: number;
  style?: CSSProperties;
}

/**
 * The customer's logo, or — when none is given — a monogram badge in the brand colours:
 * an eight-pointed star (the shamseh of Persian tilework) around a disc with the initial.
 */
export function BrandMark({ src, name, size, primary, secondary, accent, ink, build = 1, sweep = 0, style }: BrandMarkProps) {
  if (src.trim() !== '') {
    return <Img src={src} style={{ width: size, height: size, objectFit: 'contain', ...style }} />;
  }
  const id = `mark-${primary.slice(1)}-${secondary.slice(1)}`;
  const outline = interpolate(build, [0, 0.55], [1, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const fill = interpolate(build, [0.35, 0.8], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const letter = interpolate(build, [0.55, 1], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const star = starPoints(500, 500, 470, 390, 8, -Math.PI / 2);
  return (
    <svg width={size} height={size} viewBox="0 0 1000 1000" style={{ overflow: 'visible', ...style }}>
      <defs>
        <linearGradient id={`${id}-fill`} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0%" stopColor={secondary} />
          <stop offset="100%" stopColor={primary} />
        </linearGradient>
        <clipPath id={`${id}-clip`}>
          <polygon points={star} />
        </clipPath>
        <linearGradient id={`${id}-glint`} x1="0" y1="0" x2="1" y2="0">
          <stop offset="0%" stopColor="#ffffff" stopOpacity={0} />
          <stop offset="50%" stopColor="#ffffff" stopOpacity={0.55} />
          <stop offset="100%" stopColor="#ffffff" stopOpacity={0} />
        </linearGradient>
        <radialGradient id={`${id}-shine`} cx="35%" cy="28%" r="75%">
          <stop offset="0%" stopColor="#ffffff" stopOpacity={0.38} />
          <stop offset="60%" stopColor="#ffffff" stopOpacity={0} />
        </radialGradient>
      </defs>
      <polygon points={star} fill={`url(#${id}-fill)`} opacity={fill} strokeLinejoin="round" />
      <polygon
        points={star}
        fill="none"
        stroke={accent}
        strokeWidth={14}
        strokeLinejoin="round"
        pathLength={1}
        strokeDasharray={1}
        strokeDashoffset={outline}
      />
      <circle cx={500} cy={500} r={300} fill={withAlpha(ink, 0.1 * fill)} stroke={withAlpha(ink, 0.85)} strokeWidth={10} pathLength={1} strokeDasharray={1} strokeDashoffset={outline} />
      <polygon points={star} fill={`url(#${id}-shine)`} opacity={fill} />
      {sweep > 0 && sweep < 1 ? (
        <g clipPath={`url(#${id}-clip)`}>
          <rect x={-400 + sweep * 1400} y={-200} width={260} height={1400} fill={`url(#${id}-glint)`} transform="rotate(20 500 500)" />
        </g>
      ) : null}
      <text
        x={500}
        y={500}
        textAnchor="middle"
        dominantBaseline="central"
        fontFamily={FONT_FAMILY}
        fontWeight={900}
        fontSize={360}
        fill={ink}
        opacity={letter}
        transform={`translate(0 ${(1 - letter) * 40})`}
      >
        {initialOf(name)}
      </text>
    </svg>
  );
}

export interface SweepBand {
  left: number;
  width: number;
  color: string;
  shadow?: string;
}

/**
 * Slanted brand-colour bands sweeping right → left as `progress` runs 0 → 1 (nothing is
 * drawn outside that range): the one geometry behind Opener's wipes and YouTubeIntro's
 * slabs. `bands` places each band from the main band's left edge `x` and width `main`.
 */
export function SlantedBandSweep({ progress, skewDeg, bands }: { progress: number; skewDeg: number; bands: (x: number, main: number, W: number) => SweepBand[] }) {
  const { width: W, height: H } = useVideoConfig();
  if (progress <= 0 || progress >= 1) return null;
  const pad = H * 0.3;
  const main = W * 1.5;
  const x = W + pad - progress * (W * 2.5 + pad * 2);
  return (
    <AbsoluteFill>
      {bands(x, main, W).map((band, i) => (
        <div
          key={i}
          style={{
            position: 'absolute',
            top: -H * 0.1,
            height: H * 1.2,
            left: band.left,
            width: band.width,
            background: band.color,
            transform: `skewX(${skewDeg}deg)`,
            boxShadow: band.shadow,
          }}
        />
      ))}
    </AbsoluteFill>
  );
}
