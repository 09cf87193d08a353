import type { CSSProperties, ReactNode } from 'react';
import { AbsoluteFill, Img, interpolate, random, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { BrandCanvas, byAspect, easeOut, type Rect, useAspect, useExit, withAlpha } from '../../brand';
import { FitWords, GuardedFitText } from '../../brand/FitWords';
import { displayText, formatPersianNumber } from '../../brand/persianText';
import type { TemplateProps } from '../../contract/define';
import { BagArt } from './BagArt';
import type { SalePromoMeta } from './meta';

type Props = TemplateProps<typeof SalePromoMeta>;
interface Layout {
  align: 'right' | 'center';
  brand: Rect;
  badge: Rect;
  title: Rect & { size: number };
  subtitle: Rect & { size: number; lines: number };
  product: { cx: number; cy: number; size: number };
  burst: { cx: number; cy: number; size: number };
  prices: Rect & { size: number; card?: boolean };
  cta: Rect;
  /** The coloured diagonal panel behind the product, as a clip-path polygon. */
  panel: string;
  stripe: string;
  panelFrom: number;
}

const LAYOUTS: Record<'16:9' | '1:1' | '9:16', Layout> = {
  '16:9': {
    align: 'right',
    brand: { x: 1010, y: 70, w: 790, h: 70 },
    badge: { x: 1010, y: 196, w: 790, h: 62 },
    title: { x: 1010, y: 282, w: 790, h: 270, size: 112 },
    subtitle: { x: 1010, y: 560, w: 790, h: 110, size: 42, lines: 2 },
    product: { cx: 470, cy: 600, size: 620 },
    burst: { cx: 800, cy: 300, size: 350 },
    prices: { x: 1010, y: 690, w: 790, h: 170, size: 80 },
    cta: { x: 1010, y: 890, w: 560, h: 96 },
    panel: 'polygon(0% 0%, 50% 0%, 37% 100%, 0% 100%)',
    stripe: 'polygon(51.2% 0%, 52.6% 0%, 39.6% 100%, 38.2% 100%)',
    panelFrom: -1,
  },
  '1:1': {
    align: 'center',
    brand: { x: 140, y: 38, w: 800, h: 56 },
    badge: { x: 140, y: 112, w: 800, h: 52 },
    title: { x: 70, y: 178, w: 940, h: 212, size: 92 },
    subtitle: { x: 90, y: 392, w: 900, h: 50, size: 34, lines: 1 },
    product: { cx: 300, cy: 680, size: 400 },
    burst: { cx: 790, cy: 596, size: 300 },
    prices: { x: 590, y: 760, w: 400, h: 124, size: 54, card: true },
    cta: { x: 270, y: 922, w: 540, h: 88 },
    panel: 'polygon(0% 52%, 100% 40%, 100% 84%, 0% 96%)',
    stripe: 'polygon(0% 49.5%, 100% 37.5%, 100% 38.8%, 0% 50.8%)',
    panelFrom: 1,
  },
  '9:16': {
    align: 'center',
    brand: { x: 140, y: 84, w: 800, h: 64 },
    badge: { x: 140, y: 196, w: 800, h: 62 },
    title: { x: 60, y: 286, w: 960, h: 290, size: 118 },
    subtitle: { x: 90, y: 588, w: 900, h: 112, size: 42, lines: 2 },
    product: { cx: 520, cy: 1080, size: 620 },
    burst: { cx: 830, cy: 800, size: 340 },
    prices: { x: 90, y: 1468, w: 900, h: 180, size: 92 },
    cta: { x: 210, y: 1700, w: 660, h: 104 },
    panel: 'polygon(0% 42%, 100% 36%, 100% 72%, 0% 78%)',
    stripe: 'polygon(0% 40.4%, 100% 34.4%, 100% 35.1%, 0% 41.1%)',
    panelFrom: 1,
  },
};

function Box({ rect, children, justify = 'center', align, style }: { rect: Rect; children: ReactNode; justify?: CSSProperties['justifyContent']; align: Layout['align']; style?: CSSProperties }) {
  return (
    <div
      style={{
        position: 'absolute',
        left: rect.x,
        top: rect.y,
        width: rect.w,
        height: rect.h,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: justify,
        // RTL: flex-start is the right edge, where Persian text starts.
        alignItems: align === 'right' ? 'flex-start' : 'center',
        ...style,
      }}
    >
      {children}
    </div>
  );
}

function useSpring(delay: number, damping = 13, mass = 0.7) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  return spring({ frame: frame - delay, fps, config: { damping, mass } });
}

/** A 24-point sale seal, radius 1. */
const SEAL_POINTS = Array.from({ length: 48 }, (_, i) => {
  const angle = (i / 48) * Math.PI * 2;
  const radius = i % 2 === 0 ? 1 : 0.88;
  return `${(Math.cos(angle) * radius).toFixed(4)},${(Math.sin(angle) * radius).toFixed(4)}`;
}).join(' ');

function DiscountSeal({ props, size }: { props: Props; size: number }) {
  const frame = useCurrentFrame();
  const enter = useSpring(34, 10, 0.9);
  const count = interpolate(frame, [40, 72], [0, props.discount], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
  const pulse = 1 + Math.max(0, Math.sin((frame - 80) / 9)) * 0.025 * (frame > 80 ? 1 : 0);
  const inner = size * 0.62;
  return (
    <div style={{ position: 'relative', width: size, height: size, transform: `scale(${enter * pulse}) rotate(${(1 - enter) * -140}deg)` }}>
      <div
        style={{
          position: 'absolute',
          inset: -size * 0.35,
          borderRadius: '50%',
          background: `repeating-conic-gradient(from ${frame * 0.6}deg, ${withAlpha(props.accent, 0.22)} 0deg 5deg, transparent 5deg 15deg)`,
          WebkitMaskImage: 'radial-gradient(circle, black 30%, transparent 68%)',
          maskImage: 'radial-gradient(circle, black 30%, transparent 68%)',
        }}
      />
      <svg width={size} height={size} viewBox="-1.08 -1.08 2.16 2.16" style={{ position: 'absolute', inset: 0, overflow: 'visible', transform: `rotate(${frame * 0.35}deg)` }}>
        <polygon points={SEAL_POINTS} fill="#000000" opacity={0.3} transform="translate(0.03 0.05)" />
        <polygon points={SEAL_POINTS} fill={props.accent} />
        <circle r={0.74} fill="none" stroke={props.background} strokeWidth={0.018} strokeDasharray="0.05 0.035" opacity={0.55} />
      </svg>
      <div style={{ position: 'absolute', inset: 0, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', color: props.background }}>
        <div dir="ltr" style={{ marginTop: -size * 0.04 }}>
          <GuardedFitText text={`${formatPersianNumber(Math.round(count))}٪`} width={inner} maxFontSize={size * 0.34} maxLines={1} fontWeight={900} lineHeight={1.1} color={props.background} />
        </div>
        <GuardedFitText text={displayText(props.discountLabel)} width={inner * 0.9} maxFontSize={size * 0.12} maxLines={1} fontWeight={800} lineHeight={1.1} color={props.background} />
      </div>
    </div>
  );
}

function Product({ props, size }: { props: Props; size: number }) {
  const frame = useCurrentFrame();
  const enter = useSpring(20, 14, 1);
  const float = Math.sin(frame / 24) * size * 0.015;
  const tilt = Math.sin(frame / 37) * 1.6;
  const transform = `translateY(${(1 - enter) * size * 0.5 + float}px) rotate(${(1 - enter) * -18 + tilt}deg) scale(${0.6 + enter * 0.4})`;
  if (props.productImage) {
    return (
      <div
        style={{
          width: size * 0.86,
          height: size * 0.86,
          borderRadius: size * 0.07,
          background: `linear-gradient(160deg, #ffffff, ${withAlpha(props.text, 0.86)})`,
          boxShadow: `0 ${size * 0.05}px ${size * 0.12}px rgba(0,0,0,0.45)`,
          padding: size * 0.06,
          boxSizing: 'border-box',
          opacity: enter,
          transform,
        }}
      >
        <Img src={props.productImage} style={{ width: '100%', height: '100%', objectFit: 'contain' }} />
      </div>
    );
  }
  return (
    <div style={{ opacity: Math.min(1, enter * 1.5), transform }}>
      <BagArt size={size} primary={props.primary} secondary={props.secondary} accent={props.accent} ink={props.background} tagText={`${formatPersianNumber(props.discount)}٪`} />
    </div>
  );
}

function Shards({ props, origin, seed }: { props: Props; origin: { x: number; y: number }; seed: string }) {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const colors = [props.primary, props.secondary, props.accent, props.text];
  const t = frame - 38;
  return (
    <svg width={width} height={height} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
      {Array.from({ length: 34 }, (_, i) => {
        const r = (k: string) => random(`${seed}-${i}-${k}`);
        const angle = r('a') * Math.PI * 2;
        const speed = 18 + r('v') * 34;
        const travel = t < 0 ? 0 : (1 - Math.exp(-t / 14)) * 14;
        const x = origin.x + Math.cos(angle) * speed * travel + Math.sin((frame + r('ph') * 90) / 20) * 12;
        const y = origin.y + Math.sin(angle) * speed * travel + Math.max(0, t) * (0.6 + r('g') * 0.9);
        const s = 8 + r('s') * 16;
        const opacity = t < 0 ? 0 : interpolate(t, [0, 4, 110, 170], [0, 1, 0.9, 0], { extrapolateRight: 'clamp' });
        const shape = r('shape');
        const color = colors[Math.floor(r('c') * colors.length)] ?? props.accent;
        return (
          <g key={i} transform={`translate(${x} ${y}) rotate(${r('r0') * 360 + frame * (r('spin') - 0.5) * 14})`} opacity={opacity}>
            {shape < 0.45 ? <rect x={-s / 2} y={-s / 4} width={s} height={s / 2} fill={color} /> : shape < 0.8 ? <polygon points={`0,${-s / 1.6} ${s / 1.8},${s / 2.4} ${-s / 1.8},${s / 2.4}`} fill={color} /> : <circle r={s / 3} fill={color} />}
          </g>
        );
      })}
    </svg>
  );
}

function PriceBlock({ props, rect, align }: { props: Props; rect: Layout['prices']; align: Layout['align'] }) {
  const frame = useCurrentFrame();
  const oldIn = useSpring(58, 16);
  const newIn = useSpring(84, 10, 0.8);
  const strike = interpolate(frame, [68, 82], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
  const currency = displayText(props.currency);
  const hasOld = props.oldPrice > 0;
  const hasNew = props.newPrice > 0;
  if (!hasOld && !hasNew) return null;
  const oldSize = rect.size * 0.5;
  return (
    <Box
      rect={rect}
      align={align}
      justify="center"
      style={{
        gap: rect.size * 0.08,
        ...(rect.card
          ? { background: withAlpha(props.background, 0.88), borderRadius: rect.size * 0.4, boxShadow: '0 16px 40px rgba(0,0,0,0.35)', opacity: oldIn, padding: rect.size * 0.2, boxSizing: 'border-box' }
          : {}),
      }}
    >
      {hasOld ? (
        <div style={{ position: 'relative', opacity: oldIn * 0.72, transform: `translateY(${(1 - oldIn) * 20}px)` }}>
          <GuardedFitText
            text={`${formatPersianNumber(props.oldPrice)} ${currency}`}
            width={(rect.w - (rect.card ? rect.size * 0.4 : 0)) * 0.8}
            maxFontSize={oldSize}
            maxLines={1}
            fontWeight={500}
            lineHeight={1.2}
            color={props.text}
            align={align}
            style={{ width: 'auto', whiteSpace: 'nowrap' }}
          />
          <div
            style={{
              position: 'absolute',
              right: -8,
              left: -8,
              top: '52%',
              height: Math.max(3, oldSize * 0.09),
              background: props.primary,
              borderRadius: 4,
              transform: `rotate(-4deg) scaleX(${strike})`,
              transformOrigin: 'right center',
            }}
          />
        </div>
      ) : null}
      {hasNew ? (
        <div style={{ transform: `scale(${0.7 + newIn * 0.3})`, opacity: Math.min(1, newIn * 1.4), transformOrigin: align === 'right' ? 'right center' : 'center' }}>
          <GuardedFitText
            text={`${formatPersianNumber(props.newPrice)} ${currency}`}
            width={rect.w - (rect.card ? rect.size * 0.4 : 0)}
            maxFontSize={rect.size}
            maxLines={1}
            fontWeight={900}
            lineHeight={1.15}
            color={props.accent}
            align={align}
            style={{ textShadow: `0 6px 30px ${withAlpha(props.accent, 0.35)}` }}
          />
        </div>
      ) : null}
    </Box>
  );
}

function CtaButton({ props, rect, align }: { props: Props; rect: Rect; align: Layout['align'] }) {
  const frame = useCurrentFrame();
  const enter = useSpring(100, 11, 0.8);
  const sweep = ((frame - 110) % 60) / 60;
  const nudge = Math.sin(frame / 6) * 6 * (frame > 110 ? 1 : 0);
  const arrow = rect.h * 0.36;
  return (
    <Box rect={rect} align={align}>
      <div
        style={{
          position: 'relative',
          height: rect.h,
          maxWidth: rect.w,
          padding: `0 ${rect.h * 0.45}px`,
          borderRadius: rect.h / 2,
          background: `linear-gradient(180deg, ${props.accent}, ${withAlpha(props.accent, 0.88)})`,
          boxShadow: `0 ${rect.h * 0.15}px ${rect.h * 0.5}px ${withAlpha(props.accent, 0.35)}`,
          display: 'flex',
          alignItems: 'center',
          gap: rect.h * 0.22,
          overflow: 'hidden',
          transform: `scale(${enter})`,
          opacity: Math.min(1, enter * 2),
          boxSizing: 'border-box',
        }}
      >
        <GuardedFitText
          text={displayText(props.cta)}
          width={rect.w - rect.h * 0.9 - arrow - rect.h * 0.22}
          maxFontSize={rect.h * 0.4}
          maxLines={1}
          fontWeight={800}
          lineHeight={1.2}
          color={props.background}
          style={{ width: 'auto', whiteSpace: 'nowrap' }}
        />
        <svg width={arrow} height={arrow} viewBox="0 0 24 24" style={{ flexShrink: 0, transform: `translateX(${-nudge}px)` }}>
          <path d="M15 4 L7 12 L15 20" fill="none" stroke={props.background} strokeWidth={3.4} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {frame > 110 ? (
          <div
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              width: rect.h * 0.7,
              left: `${interpolate(sweep, [0, 0.5], [-30, 130], { extrapolateRight: 'clamp' })}%`,
              background: 'linear-gradient(90deg, transparent, rgba(255,255,255,0.65), transparent)',
              transform: 'skewX(-20deg)',
            }}
          />
        ) : null}
      </div>
    </Box>
  );
}

function BrandMark({ props, rect, align }: { props: Props; rect: Rect; align: Layout['align'] }) {
  const enter = useSpring(4, 18);
  return (
    <Box rect={rect} align={align} style={{ opacity: enter, transform: `translateY(${(1 - enter) * -20}px)` }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: rect.h * 0.25, height: rect.h }}>
        {props.logo ? (
          <Img src={props.logo} style={{ height: rect.h, maxWidth: rect.h * 3, objectFit: 'contain' }} />
        ) : (
          <svg width={rect.h} height={rect.h} viewBox="0 0 40 40">
            <rect width={40} height={40} rx={11} fill={props.primary} />
            <path d="M11 15 H29 L27.5 31 H12.5 Z" fill={props.text} />
            <path d="M15.5 16 V13.5 A4.5 4.5 0 0 1 24.5 13.5 V16" fill="none" stroke={props.text} strokeWidth={2.2} />
          </svg>
        )}
        <GuardedFitText text={displayText(props.shopName)} width={rect.w - rect.h * 1.3} maxFontSize={rect.h * 0.5} maxLines={1} fontWeight={700} lineHeight={1.2} color={props.text} style={{ width: 'auto', whiteSpace: 'nowrap' }} />
      </div>
    </Box>
  );
}

export function SalePromo(props: Props) {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const aspect = useAspect();
  const L = byAspect(aspect, LAYOUTS);
  const exit = useExit(20);
  const out = 1 - exit;

  const panelIn = interpolate(frame, [0, 16], [1, 0], { extrapolateRight: 'clamp', easing: easeOut });
  const panelShift = (panelIn + out * out) * 110 * L.panelFrom;
  const badgeIn = useSpring(10, 12);
  const subIn = useSpring(30, 18);
  const dotPulse = 0.5 + 0.5 * Math.sin(frame / 5);

  const titleStyle = (index: number) => {
    const p = spring({ frame: frame - 14 - index * 4, fps: 30, config: { damping: 13, mass: 0.6 } });
    return { top: (1 - p) * 60, opacity: Math.min(1, p * 1.6) };
  };

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill style={{ background: `radial-gradient(ellipse at ${L.product.cx}px ${L.product.cy}px, ${withAlpha(props.secondary, 0.28)}, transparent 55%)` }} />
      <AbsoluteFill
        style={{
          background: `repeating-linear-gradient(-60deg, ${withAlpha(props.text, 0.035)} 0 2px, transparent 2px 34px)`,
          backgroundPosition: `${frame * 0.8}px 0`,
        }}
      />
      <AbsoluteFill style={{ transform: `translateX(${panelShift}%)` }}>
        <AbsoluteFill style={{ clipPath: L.panel, background: `linear-gradient(135deg, ${props.primary}, ${props.secondary})` }}>
          <AbsoluteFill style={{ background: `repeating-linear-gradient(-60deg, rgba(255,255,255,0.07) 0 24px, transparent 24px 64px)`, backgroundPosition: `${-frame * 1.4}px 0` }} />
          <AbsoluteFill style={{ background: `radial-gradient(ellipse at ${L.product.cx}px ${L.product.cy}px, rgba(255,255,255,0.22), transparent 45%)` }} />
        </AbsoluteFill>
        <AbsoluteFill style={{ clipPath: L.stripe, background: props.accent }} />
      </AbsoluteFill>

      <AbsoluteFill style={{ opacity: exit, transform: `scale(${1 + out * 0.06})` }}>
        <div style={{ position: 'absolute', left: L.product.cx - L.product.size / 2, top: L.product.cy - L.product.size / 2, width: L.product.size, height: L.product.size, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Product props={props} size={L.product.size} />
        </div>
        <Shards props={props} origin={{ x: L.burst.cx, y: L.burst.cy }} seed="sale-shards" />
        <div style={{ position: 'absolute', left: L.burst.cx - L.burst.size / 2, top: L.burst.cy - L.burst.size / 2 }}>
          <DiscountSeal props={props} size={L.burst.size} />
        </div>

        <BrandMark props={props} rect={L.brand} align={L.align} />
        <Box rect={L.badge} align={L.align}>
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: L.badge.h * 0.25,
              height: L.badge.h,
              padding: `0 ${L.badge.h * 0.42}px`,
              borderRadius: L.badge.h / 2,
              border: `2px solid ${withAlpha(props.accent, 0.8)}`,
              background: withAlpha(props.accent, 0.12),
              boxSizing: 'border-box',
              transform: `scale(${badgeIn})`,
              transformOrigin: L.align === 'right' ? 'right center' : 'center',
            }}
          >
            <div style={{ width: L.badge.h * 0.22, height: L.badge.h * 0.22, borderRadius: '50%', background: props.accent, boxShadow: `0 0 ${6 + dotPulse * 14}px ${props.accent}`, flexShrink: 0 }} />
            <GuardedFitText text={displayText(props.badge)} width={L.badge.w - L.badge.h * 1.4} maxFontSize={L.badge.h * 0.46} maxLines={1} fontWeight={700} lineHeight={1.2} color={props.accent} style={{ width: 'auto', whiteSpace: 'nowrap' }} />
          </div>
        </Box>
        <Box rect={L.title} align={L.align} justify={L.align === 'right' ? 'flex-end' : 'center'}>
          <FitWords text={displayText(props.title)} width={L.title.w} maxFontSize={L.title.size} maxLines={2} fontWeight={900} lineHeight={1.18} color={props.text} align={L.align} wordStyle={titleStyle} style={{ textWrap: 'balance' }} />
        </Box>
        <Box rect={L.subtitle} align={L.align} justify="flex-start" style={{ opacity: subIn * 0.8, transform: `translateY(${(1 - subIn) * 24}px)` }}>
          <GuardedFitText text={displayText(props.subtitle)} width={L.subtitle.w} maxFontSize={L.subtitle.size} maxLines={L.subtitle.lines} fontWeight={400} lineHeight={1.3} color={props.text} align={L.align} />
        </Box>
        <PriceBlock props={props} rect={L.prices} align={L.align} />
        <CtaButton props={props} rect={L.cta} align={L.align} />
      </AbsoluteFill>
      <AbsoluteFill style={{ pointerEvents: 'none', boxShadow: `inset 0 0 ${Math.min(width, height) * 0.25}px rgba(0,0,0,0.55)` }} />
    </BrandCanvas>
  );
}
