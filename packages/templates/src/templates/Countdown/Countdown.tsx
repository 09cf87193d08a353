import type { CSSProperties, ReactNode } from 'react';
import { AbsoluteFill, Img, interpolate, interpolateColors, random, spring, useCurrentFrame } from 'remotion';
import { BrandCanvas, easeOut, type Rect, toPersianDigits, useTemplateBasics, withAlpha } from '../../brand';
import { GuardedFitText } from '../../brand/FitWords';
import { displayText } from '../../brand/persianText';
import { SPARKLE_PATH, SparkleField } from '../../brand/sparkles';
import type { TemplateProps } from '../../contract/define';
import { COUNTDOWN_FPS, COUNTDOWN_INTRO, type CountdownMeta } from './meta';

type Props = TemplateProps<typeof CountdownMeta>;
const SECOND = COUNTDOWN_FPS;

interface Layout {
  ring: { cx: number; cy: number; d: number };
  align: 'right' | 'center';
  logo: Rect;
  title: Rect & { size: number; lines: number };
  subtitle: Rect & { size: number };
  /** The finale text; in 16:9 it takes the whole frame and the side column fades. */
  final: { cx: number; cy: number; w: number; size: number; clearSide: boolean };
  floorTop: number;
}

const LAYOUTS: Record<'16:9' | '1:1' | '9:16', Layout> = {
  '16:9': {
    ring: { cx: 600, cy: 540, d: 780 },
    align: 'right',
    logo: { x: 1100, y: 250, w: 700, h: 96 },
    title: { x: 1100, y: 380, w: 700, h: 260, size: 100, lines: 2 },
    subtitle: { x: 1100, y: 660, w: 700, h: 120, size: 40 },
    final: { cx: 960, cy: 540, w: 1500, size: 190, clearSide: true },
    floorTop: 700,
  },
  '1:1': {
    ring: { cx: 540, cy: 588, d: 640 },
    align: 'center',
    logo: { x: 340, y: 34, w: 400, h: 70 },
    title: { x: 80, y: 112, w: 920, h: 110, size: 76, lines: 1 },
    subtitle: { x: 100, y: 944, w: 880, h: 70, size: 36 },
    final: { cx: 540, cy: 588, w: 940, size: 150, clearSide: false },
    floorTop: 760,
  },
  '9:16': {
    ring: { cx: 540, cy: 1010, d: 880 },
    align: 'center',
    logo: { x: 290, y: 150, w: 500, h: 100 },
    title: { x: 70, y: 300, w: 940, h: 260, size: 104, lines: 2 },
    subtitle: { x: 90, y: 1520, w: 900, h: 130, size: 44 },
    final: { cx: 540, cy: 1010, w: 960, size: 170, clearSide: false },
    floorTop: 1300,
  },
};

function arc(r: number, from: number, to: number): string {
  const rad = (deg: number) => ((deg - 90) * Math.PI) / 180;
  const x0 = Math.cos(rad(from)) * r;
  const y0 = Math.sin(rad(from)) * r;
  const x1 = Math.cos(rad(to)) * r;
  const y1 = Math.sin(rad(to)) * r;
  return `M${x0.toFixed(2)} ${y0.toFixed(2)} A${r} ${r} 0 ${to - from > 180 ? 1 : 0} 1 ${x1.toFixed(2)} ${y1.toFixed(2)}`;
}

function Box({ rect, align, children, style }: { rect: Rect; align: Layout['align']; children: ReactNode; style?: CSSProperties }) {
  return (
    <div style={{ position: 'absolute', left: rect.x, top: rect.y, width: rect.w, height: rect.h, display: 'flex', flexDirection: 'column', justifyContent: 'center', alignItems: align === 'right' ? 'flex-start' : 'center', ...style }}>
      {children}
    </div>
  );
}

function PlayMark({ size, props }: { size: number; props: Props }) {
  const frame = useCurrentFrame();
  const pulse = 0.5 + 0.5 * Math.sin(frame / 8);
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: size * 0.25, height: size }}>
      <svg width={size} height={size} viewBox="-50 -50 100 100">
        <circle r={46} fill="none" stroke={withAlpha(props.secondary, 0.5)} strokeWidth={3} />
        <circle r={38} fill={props.primary} />
        <path d="M-10 -16 L18 0 L-10 16 Z" fill={props.text} strokeLinejoin="round" />
      </svg>
      <div style={{ width: size * 0.22, height: size * 0.22, borderRadius: '50%', background: props.secondary, boxShadow: `0 0 ${8 + pulse * 16}px ${props.secondary}`, opacity: 0.6 + pulse * 0.4 }} />
    </div>
  );
}

export function Countdown(props: Props) {
  const { frame, fps, width, height, aspect, L, exit } = useTemplateBasics(LAYOUTS, 18);
  const start = props.start;

  const elapsed = Math.max(0, (frame - COUNTDOWN_INTRO) / SECOND);
  const second = Math.floor(elapsed);
  const finished = second >= start;
  const tickFrame = frame - COUNTDOWN_INTRO - Math.min(second, start) * SECOND;
  const urgency = interpolate(frame, [COUNTDOWN_INTRO + (start - 3) * SECOND - 10, COUNTDOWN_INTRO + (start - 3) * SECOND + 5], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const ringColor = interpolateColors(urgency, [0, 1], [props.secondary, props.accent]);
  const finaleAt = COUNTDOWN_INTRO + start * SECOND;
  const finale = frame - finaleAt;

  const ringIn = interpolate(frame, [0, 28], [0, 1], { extrapolateRight: 'clamp', easing: easeOut });
  const titleIn = spring({ frame: frame - 6, fps, config: { damping: 15 } });
  const subIn = spring({ frame: frame - 16, fps, config: { damping: 18 } });
  const explode = finale < 0 ? 0 : interpolate(finale, [0, 24], [0, 1], { extrapolateRight: 'clamp', easing: easeOut });
  const beat = finished ? 0 : Math.exp(-Math.max(0, tickFrame) / 10);

  const { cx, cy, d } = L.ring;
  const R = d / 2;
  const segGap = Math.min(3, (360 / start) * 0.22);
  const segments = Array.from({ length: start }, (_, i) => {
    const from = (i * 360) / start + segGap / 2;
    const to = ((i + 1) * 360) / start - segGap / 2;
    const lit = Math.min(1, Math.max(0, 1 - (elapsed - i)));
    return { from, to, lit, mid: (from + to) / 2 };
  });

  const numberView = (n: number, enterAt: number) => {
    const enter = spring({ frame: frame - enterAt, fps, config: { damping: 12, mass: 0.6 } });
    const leave = interpolate(frame, [enterAt + SECOND, enterAt + SECOND + 10], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
    if (enter <= 0.001 || leave >= 1) return null;
    const scale = (1.5 - enter * 0.5) * (1 - leave * 0.35);
    const color = n <= 3 ? props.accent : props.text;
    return (
      <div
        key={n}
        style={{
          position: 'absolute',
          inset: 0,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          opacity: Math.min(1, enter * 1.4) * (1 - leave),
          transform: `scale(${scale}) translateY(${leave * -d * 0.08}px)`,
        }}
      >
        <GuardedFitText
          text={toPersianDigits(n)}
          width={d * 0.66}
          maxFontSize={d * 0.46}
          maxLines={1}
          fontWeight={900}
          lineHeight={1}
          color={color}
          style={{ textShadow: `0 0 ${d * 0.06}px ${withAlpha(color === props.text ? props.secondary : props.accent, 0.55)}`, fontVariantNumeric: 'tabular-nums' }}
        />
      </div>
    );
  };

  const numbers = [];
  for (const k of [second - 1, second]) {
    if (k < 0 || k >= start) continue;
    numbers.push(numberView(start - k, k === 0 ? 18 : COUNTDOWN_INTRO + k * SECOND - 4));
  }

  const finalIn = spring({ frame: finale + 2, fps, config: { damping: 10, mass: 0.8 } });
  const finalSubIn = spring({ frame: finale - 10, fps, config: { damping: 16 } });
  const glow = 0.35 + beat * 0.3 - urgency * 0.05 + (finale >= 0 ? Math.exp(-finale / 18) * 0.45 : 0);
  const glowX = interpolate(explode, [0, 1], [cx, L.final.cx]);
  const glowY = interpolate(explode, [0, 1], [cy, L.final.cy]);

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill style={{ background: `radial-gradient(circle at ${glowX}px ${glowY}px, ${withAlpha(props.accent, Math.min(0.5, glow * urgency * 0.5))}, transparent ${d * 0.7}px), radial-gradient(circle at ${glowX}px ${glowY}px, ${withAlpha(props.primary, Math.min(0.8, glow))}, transparent ${d * 0.95}px)` }} />
      <AbsoluteFill style={{ background: `radial-gradient(ellipse at 50% 120%, ${withAlpha(props.primary, 0.35)}, transparent 60%)` }} />
      {/* receding floor grid for depth */}
      <div style={{ position: 'absolute', left: -width * 0.5, right: -width * 0.5, top: L.floorTop, height: height * 1.2, perspective: 600, opacity: 0.55 * exit, WebkitMaskImage: 'linear-gradient(180deg, transparent, black 30%)', maskImage: 'linear-gradient(180deg, transparent, black 30%)' }}>
        <div
          style={{
            position: 'absolute',
            inset: 0,
            transform: 'rotateX(72deg)',
            transformOrigin: 'top center',
            backgroundImage: `linear-gradient(${withAlpha(props.primary, 0.55)} 2px, transparent 2px), linear-gradient(90deg, ${withAlpha(props.primary, 0.55)} 2px, transparent 2px)`,
            backgroundSize: '90px 90px',
            backgroundPosition: `center ${(frame * 3) % 90}px`,
          }}
        />
      </div>
      <SparkleField width={width} height={height} count={aspect === '16:9' ? 34 : 28} seed="countdown-stars" colors={[props.text, props.secondary]} minSize={3} maxSize={9} period={70} opacity={0.7 * exit} />

      <AbsoluteFill style={{ opacity: exit }}>
        <AbsoluteFill style={{ opacity: L.final.clearSide ? 1 - explode : 1 }}>
          <Box rect={L.logo} align={L.align} style={{ opacity: titleIn, transform: `translateY(${(1 - titleIn) * -20}px)` }}>
            {props.logo ? <Img src={props.logo} style={{ height: L.logo.h, maxWidth: L.logo.w, objectFit: 'contain' }} /> : <PlayMark size={L.logo.h * 0.8} props={props} />}
          </Box>
          <Box rect={L.title} align={L.align} style={{ opacity: titleIn, transform: `translateY(${(1 - titleIn) * 30}px)` }}>
            <GuardedFitText text={displayText(props.title)} width={L.title.w} maxFontSize={L.title.size} maxLines={L.title.lines} fontWeight={900} lineHeight={1.2} color={props.text} align={L.align} style={{ textWrap: 'balance' }} />
          </Box>
          <Box rect={L.subtitle} align={L.align} style={{ opacity: subIn * 0.8, transform: `translateY(${(1 - subIn) * 20}px)` }}>
            <GuardedFitText text={displayText(props.subtitle)} width={L.subtitle.w} maxFontSize={L.subtitle.size} maxLines={2} fontWeight={400} lineHeight={1.4} color={props.text} align={L.align} style={{ textWrap: 'balance' }} />
          </Box>
        </AbsoluteFill>

        <div style={{ position: 'absolute', left: cx - R, top: cy - R, width: d, height: d }}>
          <svg width={d} height={d} viewBox={`${-R} ${-R} ${d} ${d}`} style={{ position: 'absolute', inset: 0, overflow: 'visible' }}>
            {/* outer dashed orbit and inner ring, counter-rotating */}
            <circle r={R * 0.995} fill="none" stroke={withAlpha(props.text, 0.18)} strokeWidth={2} strokeDasharray="2 14" transform={`rotate(${frame * 0.4})`} opacity={ringIn * (1 - explode)} />
            <circle r={R * 0.7} fill={withAlpha(props.background, 0.55)} stroke={withAlpha(props.text, 0.1)} strokeWidth={2} opacity={ringIn * (1 - explode)} />
            {!finished ? (
              <circle
                r={R * 0.76}
                fill="none"
                stroke={ringColor}
                strokeWidth={5}
                strokeLinecap="round"
                pathLength={1}
                strokeDasharray={`${(1 - (elapsed % 1)) * ringIn} 1`}
                transform="rotate(-90)"
                opacity={0.85}
              />
            ) : null}
            {/* a pulse wave every second */}
            {!finished && tickFrame >= 0 && tickFrame < 24 ? (
              <circle r={R * (0.88 + tickFrame * 0.012)} fill="none" stroke={ringColor} strokeWidth={3} opacity={(1 - tickFrame / 24) * 0.6} />
            ) : null}
            {segments.map((s, i) => {
              const push = explode * R * (0.35 + random(`seg-${i}`) * 0.5);
              const angle = ((s.mid - 90) * Math.PI) / 180;
              const drawn = interpolate(ringIn, [i / start / 1.5, i / start / 1.5 + 0.35], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
              return (
                <g key={i} transform={`translate(${Math.cos(angle) * push} ${Math.sin(angle) * push})`} opacity={drawn * (1 - explode)}>
                  <path d={arc(R * 0.88, s.from, s.to)} fill="none" stroke={withAlpha(props.text, 0.12)} strokeWidth={R * 0.085} />
                  <path d={arc(R * 0.88, s.from, s.to)} fill="none" stroke={ringColor} strokeWidth={R * 0.085} opacity={s.lit} />
                </g>
              );
            })}
          </svg>
          <div style={{ position: 'absolute', inset: 0, transform: `scale(${1 + beat * 0.04})` }}>{numbers}</div>
        </div>

        {finale >= 0 ? (
          <svg width={width} height={height} viewBox={`${-L.final.cx} ${-L.final.cy} ${width} ${height}`} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
            {[0, 8].map((delay) => {
              const t = finale - delay;
              if (t < 0) return null;
              return <circle key={delay} r={R * (0.3 + easeOut(Math.min(1, t / 30)) * 1.1)} fill="none" stroke={delay ? props.secondary : props.accent} strokeWidth={R * 0.02 * (1 - Math.min(1, t / 30))} opacity={1 - Math.min(1, t / 30)} />;
            })}
            {/* finale: sparks burst out from the centre */}
            {Array.from({ length: 36 }, (_, i) => {
              const a = (i / 36) * Math.PI * 2 + random(`spark-a-${i}`) * 0.2;
              const dist = R * (0.3 + explode * (0.9 + random(`spark-d-${i}`) * 0.8));
              const size = R * 0.085 * (1 - explode * 0.5) * (0.6 + random(`spark-s-${i}`) * 0.8);
              const color = [props.accent, props.secondary, props.primary, props.text][i % 4] ?? props.accent;
              return <path key={i} d={SPARKLE_PATH} fill={color} transform={`translate(${Math.cos(a) * dist} ${Math.sin(a) * dist}) rotate(${finale * 4}) scale(${size})`} opacity={interpolate(finale, [0, 30, 60], [1, 0.9, 0], { extrapolateRight: 'clamp' })} />;
            })}
          </svg>
        ) : null}
        {finale >= -2 ? (
          <div style={{ position: 'absolute', left: L.final.cx - L.final.w / 2, top: L.final.cy - L.final.size * 1.1, width: L.final.w, height: L.final.size * 2.2, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center' }}>
            <div style={{ transform: `scale(${0.4 + finalIn * 0.6})`, opacity: Math.min(1, finalIn * 1.5) }}>
              <GuardedFitText text={displayText(props.finalText)} width={L.final.w} maxFontSize={L.final.size} maxLines={1} fontWeight={900} lineHeight={1.2} color={props.accent} style={{ textShadow: `0 0 ${L.final.size * 0.3}px ${withAlpha(props.accent, 0.6)}` }} />
            </div>
            <div style={{ opacity: finalSubIn, transform: `translateY(${(1 - finalSubIn) * 20}px)` }}>
              <GuardedFitText text={displayText(props.finalSubtext)} width={L.final.w * 0.8} maxFontSize={L.final.size * 0.32} maxLines={1} fontWeight={500} lineHeight={1.3} color={props.text} />
            </div>
          </div>
        ) : null}
      </AbsoluteFill>
    </BrandCanvas>
  );
}
