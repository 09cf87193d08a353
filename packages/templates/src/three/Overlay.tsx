import { measureText } from '@remotion/layout-utils';
import type { CSSProperties, ReactNode } from 'react';
import { AbsoluteFill, interpolate } from 'remotion';
import { GuardedFitText } from '../brand/FitWords';
import { FONT_FAMILY, useFontsReady } from '../brand/fonts';

/**
 * Reveals a block of (Persian) text as a whole — a soft wipe, rise and un-blur — so
 * letters are never split apart and their joining stays intact.
 */
export function Reveal({ progress, children, rise = 40, style }: { progress: number; children: ReactNode; rise?: number; style?: CSSProperties }) {
  const p = Math.min(1, Math.max(0, progress));
  // RTL text: the wipe opens from the right edge, where reading starts.
  const wipe = interpolate(p, [0, 0.85], [100, -10], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  return (
    <div
      style={{
        opacity: interpolate(p, [0, 0.4], [0, 1], { extrapolateRight: 'clamp' }),
        transform: `translateY(${(1 - p) * rise}px)`,
        filter: p < 1 ? `blur(${(1 - p) * 10}px)` : undefined,
        WebkitMaskImage: `linear-gradient(to left, #000 ${100 - wipe - 10}%, transparent ${100 - wipe + 10}%)`,
        maskImage: `linear-gradient(to left, #000 ${100 - wipe - 10}%, transparent ${100 - wipe + 10}%)`,
        ...style,
      }}
    >
      {children}
    </div>
  );
}

/** Full-frame colour over everything: fades in from black and out to the background. */
export function Curtain({ color, opacity }: { color: string; opacity: number }) {
  if (opacity <= 0) return null;
  return <AbsoluteFill style={{ background: color, opacity, pointerEvents: 'none' }} />;
}

/** A thin glowing rule that grows from the centre, under titles. */
export function GlowRule({ progress, width, color, thickness = 3 }: { progress: number; width: number; color: string; thickness?: number }) {
  return (
    <div
      style={{
        width: width * Math.min(1, Math.max(0, progress)),
        height: thickness,
        borderRadius: thickness,
        background: `linear-gradient(90deg, transparent, ${color}, transparent)`,
        boxShadow: `0 0 ${thickness * 6}px ${color}`,
        margin: '0 auto',
      }}
    />
  );
}

/**
 * One line of text in a box that hugs it: as wide as the text at `maxFontSize`, capped at
 * `maxWidth`, where longer text shrinks instead of overflowing (emoji-guarded). For pills,
 * buttons and prices whose background should follow the text.
 */
export function TightText({ text, maxWidth, maxFontSize, fontWeight = 700, color, style }: { text: string; maxWidth: number; maxFontSize: number; fontWeight?: number; color?: string; style?: CSSProperties }) {
  const ready = useFontsReady();
  if (!ready || text.trim() === '') return null;
  const natural = measureText({ text, fontFamily: FONT_FAMILY, fontSize: maxFontSize, fontWeight }).width;
  // A few px of slack: measurement and layout round differently.
  const width = Math.min(maxWidth, Math.ceil(natural) + 4);
  return <GuardedFitText text={text} width={width} maxFontSize={maxFontSize} maxLines={1} fontWeight={fontWeight} color={color} lineHeight={1.3} style={style} />;
}
