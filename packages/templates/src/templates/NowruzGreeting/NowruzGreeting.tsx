import type { CSSProperties } from 'react';
import { AbsoluteFill, Img, interpolate, spring, useCurrentFrame } from 'remotion';
import { BrandCanvas, type Rect, toPersianDigits, useTemplateBasics, withAlpha } from '../../brand';
import { GuardedFitText, HeadlineWords } from '../../brand/FitWords';
import { eightPointStar } from '../../brand/ornaments';
import { displayText } from '../../brand/persianText';
import { SparkleField } from '../../brand/sparkles';
import type { TemplateProps } from '../../contract/define';
import { BlossomBranch, Petals } from './Blossoms';
import type { NowruzGreetingMeta } from './meta';
import { Stage } from './Stage';

type Props = TemplateProps<typeof NowruzGreetingMeta>;

interface Layout {
  stage: { variant: 'wide' | 'tall'; x: number; y: number; w: number };
  badge: { cx: number; cy: number; size: number };
  title: Rect & { size: number; lines: number };
  message: Rect & { size: number; lines: number };
  sender: Rect & { size: number };
  branch: { x: number; y: number; size: number } | null;
}

const LAYOUTS: Record<'16:9' | '1:1' | '9:16', Layout> = {
  '16:9': {
    stage: { variant: 'wide', x: 0, y: 414, w: 1040 },
    badge: { cx: 1460, cy: 168, size: 160 },
    title: { x: 1090, y: 258, w: 740, h: 300, size: 124, lines: 2 },
    message: { x: 1110, y: 572, w: 700, h: 210, size: 46, lines: 3 },
    sender: { x: 1090, y: 800, w: 740, h: 76, size: 36 },
    branch: { x: -30, y: -16, size: 660 },
  },
  '1:1': {
    stage: { variant: 'wide', x: 0, y: 389, w: 1080 },
    badge: { cx: 905, cy: 505, size: 150 },
    title: { x: 60, y: 36, w: 960, h: 140, size: 110, lines: 1 },
    message: { x: 90, y: 178, w: 900, h: 132, size: 40, lines: 2 },
    sender: { x: 140, y: 318, w: 800, h: 60, size: 32 },
    branch: null,
  },
  '9:16': {
    stage: { variant: 'tall', x: 0, y: 840, w: 1080 },
    badge: { cx: 540, cy: 176, size: 176 },
    title: { x: 60, y: 290, w: 960, h: 280, size: 140, lines: 2 },
    message: { x: 80, y: 580, w: 920, h: 210, size: 48, lines: 3 },
    sender: { x: 140, y: 800, w: 800, h: 70, size: 36 },
    branch: { x: -50, y: -24, size: 520 },
  },
};

const PATTERN = (color: string) =>
  `url("data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns='http://www.w3.org/2000/svg' width='140' height='140' viewBox='-70 -70 140 140'><polygon points='${eightPointStar(40)}' fill='none' stroke='${color}' stroke-width='1.2'/><polygon points='${eightPointStar(16)}' fill='none' stroke='${color}' stroke-width='1'/></svg>`,
  )}")`;

function YearBadge({ props, size, enter }: { props: Props; size: number; enter: number }) {
  const frame = useCurrentFrame();
  return (
    <div style={{ position: 'relative', width: size, height: size, transform: `scale(${enter}) rotate(${(1 - enter) * -180}deg)` }}>
      <svg width={size} height={size} viewBox="-100 -100 200 200" style={{ position: 'absolute', inset: 0, overflow: 'visible' }}>
        <g transform={`rotate(${frame * 0.3})`}>
          <polygon points={eightPointStar(98)} fill={props.accent} />
          <polygon points={eightPointStar(86)} fill="none" stroke={props.background} strokeWidth={2} strokeDasharray="4 5" />
        </g>
        <circle r={62} fill={props.background} />
        <circle r={56} fill="none" stroke={props.accent} strokeWidth={1.5} />
      </svg>
      <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <GuardedFitText text={toPersianDigits(props.year)} width={size * 0.5} maxFontSize={size * 0.22} maxLines={1} fontWeight={800} lineHeight={1} color={props.accent} />
      </div>
    </div>
  );
}

function SproutMark({ size, props }: { size: number; props: Props }) {
  return (
    <svg width={size} height={size} viewBox="-50 -50 100 100">
      <polygon points={eightPointStar(48)} fill={withAlpha(props.primary, 0.25)} stroke={props.accent} strokeWidth={2} />
      <path d="M0 26 L0 -4" stroke={props.primary} strokeWidth={5} strokeLinecap="round" />
      <path d="M0 -2 C-4 -20 -22 -24 -26 -18 C-22 -6 -10 -2 0 -2 Z" fill={props.primary} />
      <path d="M0 6 C4 -12 22 -16 26 -10 C22 2 10 6 0 6 Z" fill={props.primary} />
    </svg>
  );
}

export function NowruzGreeting(props: Props) {
  const { frame, fps, width, height, aspect, L, exit } = useTemplateBasics(LAYOUTS, 24);
  const at = (delay: number, damping = 14) => spring({ frame: frame - delay, fps, config: { damping, mass: 0.8 } });

  const bgIn = interpolate(frame, [0, 24], [0, 1], { extrapolateRight: 'clamp' });
  const badgeIn = at(56, 12);
  const messageIn = at(104, 18);
  const senderIn = at(130, 18);
  const titleWord = (index: number): CSSProperties => {
    const p = spring({ frame: frame - 70 - index * 6, fps, config: { damping: 10, mass: 0.7 } });
    return { opacity: Math.min(1, p * 1.5), top: (1 - p) * -50 };
  };
  const stageHeight = (L.stage.w * (L.stage.variant === 'wide' ? 640 : 1000)) / 1000;

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill style={{ background: `radial-gradient(ellipse at 50% 0%, ${withAlpha(props.primary, 0.35)}, transparent 65%)` }} />
      <AbsoluteFill style={{ backgroundImage: PATTERN(props.accent), backgroundSize: '140px 140px', opacity: 0.06 * bgIn }} />
      <AbsoluteFill
        style={{
          background: `radial-gradient(ellipse ${L.stage.w * 0.7}px ${stageHeight * 0.5}px at ${L.stage.x + L.stage.w * 0.55}px ${L.stage.y + stageHeight * 0.75}px, ${withAlpha(props.accent, 0.22)}, transparent)`,
        }}
      />
      <SparkleField width={width} height={height * 0.6} count={22} seed="nowruz-stars" colors={[props.accent, props.text]} minSize={4} maxSize={12} period={60} opacity={0.6 * bgIn * exit} />
      {L.branch ? (
        <div style={{ position: 'absolute', left: L.branch.x, top: L.branch.y, opacity: exit, transform: `scale(${interpolate(frame, [0, 30], [0.85, 1], { extrapolateRight: 'clamp' })})`, transformOrigin: 'top left' }}>
          <BlossomBranch size={L.branch.size} flip={false} start={8} petal="#f7a8c8" center={props.accent} />
        </div>
      ) : null}

      <div style={{ position: 'absolute', left: L.stage.x, top: L.stage.y, opacity: exit }}>
        <Stage variant={L.stage.variant} width={L.stage.w} colors={{ primary: props.primary, secondary: props.secondary, accent: props.accent, cloth: props.secondary }} start={6} />
      </div>

      <AbsoluteFill style={{ opacity: exit, transform: `translateY(${(1 - exit) * -30}px)` }}>
        <div style={{ position: 'absolute', left: L.badge.cx - L.badge.size / 2, top: L.badge.cy - L.badge.size / 2 }}>
          <YearBadge props={props} size={L.badge.size} enter={badgeIn} />
        </div>
        <div style={{ position: 'absolute', left: L.title.x, top: L.title.y, width: L.title.w, height: L.title.h, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <HeadlineWords text={props.title} box={L.title} lineHeight={1.2} color={props.accent} wordStyle={titleWord} style={{ textShadow: `0 6px 40px ${withAlpha(props.accent, 0.35)}` }} />
        </div>
        <div style={{ position: 'absolute', left: L.message.x, top: L.message.y, width: L.message.w, height: L.message.h, display: 'flex', alignItems: 'center', justifyContent: 'center', opacity: messageIn, transform: `translateY(${(1 - messageIn) * 30}px)` }}>
          <GuardedFitText text={displayText(props.message)} width={L.message.w} maxFontSize={L.message.size} maxLines={L.message.lines} fontWeight={500} lineHeight={1.6} color={props.text} style={{ textWrap: 'balance' }} />
        </div>
        <div style={{ position: 'absolute', left: L.sender.x, top: L.sender.y, width: L.sender.w, height: L.sender.h, display: 'flex', alignItems: 'center', justifyContent: 'center', gap: L.sender.h * 0.25, opacity: senderIn, transform: `translateY(${(1 - senderIn) * 20}px)` }}>
          {props.logo ? <Img src={props.logo} style={{ height: L.sender.h, maxWidth: L.sender.h * 3, objectFit: 'contain' }} /> : <SproutMark size={L.sender.h} props={props} />}
          <GuardedFitText text={displayText(props.sender)} width={L.sender.w - L.sender.h * 1.4} maxFontSize={L.sender.size} maxLines={1} fontWeight={700} lineHeight={1.3} color={withAlpha(props.text, 0.9)} style={{ width: 'auto', whiteSpace: 'nowrap' }} />
        </div>
      </AbsoluteFill>

      <Petals count={aspect === '9:16' ? 34 : 28} colors={['#f7a8c8', '#ffffff', '#fbd3e4']} opacity={bgIn * exit} />
    </BrandCanvas>
  );
}
