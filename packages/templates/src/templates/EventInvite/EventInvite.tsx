import type { CSSProperties, ReactNode } from 'react';
import { AbsoluteFill, Img, interpolate, spring, useCurrentFrame } from 'remotion';
import { BrandCanvas, easeOut, useTemplateBasics, withAlpha } from '../../brand';
import { GuardedFitText, HeadlineWords } from '../../brand/FitWords';
import { archPath, eightPointStar, Rosette } from '../../brand/ornaments';
import { displayText } from '../../brand/persianText';
import { BokehField, useSvgId } from '../../brand/sparkles';
import type { TemplateProps } from '../../contract/define';
import type { EventInviteMeta } from './meta';

type Props = TemplateProps<typeof EventInviteMeta>;

interface Line {
  y: number;
  h: number;
  w: number;
  size: number;
}

interface Layout {
  arch: { x: number; y: number; w: number; h: number };
  emblem: { cy: number; size: number };
  kicker: Line;
  title: Line & { lines: number };
  host: Line;
  divider: { y: number; w: number };
  details: { mode: 'columns' | 'rows'; y: number; h: number; w: number; icon: number; size: number };
  rsvp: Line;
  sideRosettes: Array<{ cx: number; cy: number; size: number }>;
}

const LAYOUTS: Record<'16:9' | '1:1' | '9:16', Layout> = {
  '16:9': {
    arch: { x: 410, y: 44, w: 1100, h: 996 },
    emblem: { cy: 196, size: 120 },
    kicker: { y: 272, h: 54, w: 560, size: 36 },
    title: { y: 330, h: 214, w: 900, size: 84, lines: 2 },
    host: { y: 548, h: 52, w: 800, size: 34 },
    divider: { y: 628, w: 560 },
    details: { mode: 'columns', y: 668, h: 190, w: 980, icon: 68, size: 32 },
    rsvp: { y: 890, h: 74, w: 820, size: 30 },
    sideRosettes: [
      { cx: 190, cy: 540, size: 440 },
      { cx: 1730, cy: 540, size: 440 },
    ],
  },
  '1:1': {
    arch: { x: 80, y: 28, w: 920, h: 1024 },
    emblem: { cy: 160, size: 100 },
    kicker: { y: 226, h: 48, w: 480, size: 30 },
    title: { y: 282, h: 200, w: 780, size: 76, lines: 2 },
    host: { y: 488, h: 48, w: 700, size: 30 },
    divider: { y: 562, w: 420 },
    details: { mode: 'columns', y: 594, h: 216, w: 820, icon: 60, size: 29 },
    rsvp: { y: 852, h: 68, w: 700, size: 27 },
    sideRosettes: [],
  },
  '9:16': {
    arch: { x: 60, y: 96, w: 960, h: 1736 },
    emblem: { cy: 366, size: 150 },
    kicker: { y: 478, h: 60, w: 620, size: 40 },
    title: { y: 548, h: 340, w: 820, size: 100, lines: 3 },
    host: { y: 896, h: 60, w: 800, size: 38 },
    divider: { y: 992, w: 520 },
    details: { mode: 'rows', y: 1036, h: 440, w: 760, icon: 86, size: 40 },
    rsvp: { y: 1532, h: 88, w: 800, size: 34 },
    sideRosettes: [
      { cx: 90, cy: 1900, size: 380 },
      { cx: 990, cy: 40, size: 380 },
    ],
  },
};

const PATTERN = (color: string) =>
  `url("data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns='http://www.w3.org/2000/svg' width='120' height='120' viewBox='-60 -60 120 120'><polygon points='${eightPointStar(34)}' fill='none' stroke='${color}' stroke-width='1.2'/><circle r='8' fill='none' stroke='${color}' stroke-width='1'/><path d='M-60 0 L-34 0 M34 0 L60 0 M0 -60 L0 -34 M0 34 L0 60' stroke='${color}' stroke-width='1'/></svg>`,
  )}")`;

type IconKind = 'date' | 'time' | 'venue';

// A function, not a module-level constant: JSX must not run before React is set up.
const ICONS: Record<IconKind, () => ReactNode> = {
  date: () => (
    <>
      <rect x={3.5} y={5} width={17} height={15.5} rx={2.5} />
      <path d="M3.5 10 H20.5 M8 3 V7 M16 3 V7" />
      <circle cx={12} cy={15} r={1.3} fill="currentColor" stroke="none" />
    </>
  ),
  time: () => (
    <>
      <circle cx={12} cy={12} r={8.5} />
      <path d="M12 7.5 V12 L15 14" />
    </>
  ),
  venue: () => (
    <>
      <path d="M12 21 C12 21 5.5 14.8 5.5 9.8 A6.5 6.5 0 0 1 18.5 9.8 C18.5 14.8 12 21 12 21 Z" />
      <circle cx={12} cy={9.8} r={2.4} />
    </>
  ),
};

function Icon({ kind, size, color, enter }: { kind: IconKind; size: number; color: string; enter: number }) {
  return (
    <div
      style={{
        width: size,
        height: size,
        flexShrink: 0,
        borderRadius: '50%',
        border: `2px solid ${withAlpha(color, 0.7)}`,
        background: withAlpha(color, 0.1),
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        color,
        transform: `scale(${enter}) rotate(${(1 - enter) * -90}deg)`,
        boxSizing: 'border-box',
      }}
    >
      <svg width={size * 0.52} height={size * 0.52} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
        {ICONS[kind]()}
      </svg>
    </div>
  );
}

function Emblem({ props, size, enter }: { props: Props; size: number; enter: number }) {
  const frame = useCurrentFrame();
  const id = useSvgId('emblem');
  const style: CSSProperties = { opacity: Math.min(1, enter * 1.5), transform: `scale(${0.5 + enter * 0.5})` };
  if (props.logo) {
    return <Img src={props.logo} style={{ ...style, height: size, maxWidth: size * 2.6, objectFit: 'contain' }} />;
  }
  return (
    <div style={{ ...style, position: 'relative', width: size, height: size }}>
      <Rosette size={size} color={props.accent} strokeWidth={1.2} draw={enter} style={{ position: 'absolute', inset: 0, transform: `rotate(${frame * 0.25}deg)` }} />
      <svg width={size} height={size} viewBox="-100 -100 200 200" style={{ position: 'absolute', inset: 0 }}>
        <defs>
          <linearGradient id={id} x1="0" y1="0" x2="1" y2="1">
            <stop offset="0%" stopColor="#ffffff" />
            <stop offset="35%" stopColor={props.accent} />
            <stop offset="100%" stopColor={withAlpha(props.accent, 0.7)} />
          </linearGradient>
        </defs>
        <polygon points={eightPointStar(54)} fill={`url(#${id})`} transform={`rotate(${(1 - enter) * 90})`} />
        <circle r={24} fill={props.background} />
        <polygon points={eightPointStar(14)} fill={props.accent} transform={`rotate(${22.5 - frame * 0.5})`} />
      </svg>
    </div>
  );
}

function Centered({ y, h, w, cx, children, style }: { y: number; h: number; w: number; cx: number; children: ReactNode; style?: CSSProperties }) {
  return <div style={{ position: 'absolute', left: cx - w / 2, top: y, width: w, height: h, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', ...style }}>{children}</div>;
}

export function EventInvite(props: Props) {
  const { frame, fps, width, height, aspect, L, exit } = useTemplateBasics(LAYOUTS, 24);
  const archId = useSvgId('arch');
  const cx = L.arch.x + L.arch.w / 2;
  const at = (delay: number, damping = 15) => spring({ frame: frame - delay, fps, config: { damping, mass: 0.8 } });

  const archDraw = interpolate(frame, [0, 48], [0, 1], { extrapolateRight: 'clamp', easing: easeOut });
  const bgIn = interpolate(frame, [0, 30], [0, 1], { extrapolateRight: 'clamp' });
  const emblemIn = at(18, 12);
  const kickerIn = at(32);
  const hostIn = at(70);
  const dividerIn = interpolate(frame, [82, 110], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
  const rsvpIn = at(132, 13);
  const sweep = interpolate(frame % 150, [40, 110], [-0.4, 1.4], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });

  const titleWord = (index: number): CSSProperties => {
    const p = spring({ frame: frame - 42 - index * 4, fps, config: { damping: 16, mass: 0.7 } });
    return { opacity: p, top: (1 - p) * 40 };
  };

  const details: Array<{ kind: IconKind; text: string }> = [
    { kind: 'date', text: props.date },
    { kind: 'time', text: props.time },
    { kind: 'venue', text: props.venue },
  ];
  const d = L.details;
  const archD = archPath(L.arch.w, L.arch.h);
  const innerD = archPath(L.arch.w, L.arch.h, 18);

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill style={{ background: `radial-gradient(ellipse at 50% 20%, ${withAlpha(props.primary, 0.75)}, ${props.background} 70%)` }} />
      <AbsoluteFill style={{ backgroundImage: PATTERN(props.accent), backgroundSize: '120px 120px', backgroundPosition: `${frame * 0.3}px ${frame * 0.2}px`, opacity: 0.07 * bgIn }} />
      {L.sideRosettes.map((r, i) => (
        <div key={i} style={{ position: 'absolute', left: r.cx - r.size / 2, top: r.cy - r.size / 2, opacity: 0.22 * exit, transform: `rotate(${frame * (i % 2 ? -0.12 : 0.12)}deg)` }}>
          <Rosette size={r.size} color={props.accent} strokeWidth={1.4} draw={interpolate(frame, [10, 80], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' })} />
        </div>
      ))}
      <BokehField width={width} height={height} count={aspect === '9:16' ? 26 : 22} seed="invite-bokeh" colors={[props.accent, props.secondary]} minRadius={8} maxRadius={46} drift={0.4} opacity={0.7 * bgIn * exit} />

      <AbsoluteFill style={{ opacity: exit, transform: `scale(${1 + (1 - exit) * 0.03})` }}>
        <svg width={L.arch.w} height={L.arch.h} viewBox={`0 0 ${L.arch.w} ${L.arch.h}`} style={{ position: 'absolute', left: L.arch.x, top: L.arch.y, overflow: 'visible' }}>
          <defs>
            <linearGradient id={`${archId}-fill`} x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor={withAlpha(props.primary, 0.55)} />
              <stop offset="100%" stopColor={withAlpha(props.background, 0.85)} />
            </linearGradient>
            <linearGradient id={`${archId}-sweep`} x1="0" y1="0" x2="1" y2="0">
              <stop offset="0%" stopColor="#ffffff" stopOpacity={0} />
              <stop offset="50%" stopColor="#ffffff" stopOpacity={0.09} />
              <stop offset="100%" stopColor="#ffffff" stopOpacity={0} />
            </linearGradient>
            <clipPath id={`${archId}-clip`}>
              <path d={`${archD} Z`} />
            </clipPath>
          </defs>
          <path d={`${archD} Z`} fill={`url(#${archId}-fill)`} opacity={archDraw} />
          <g clipPath={`url(#${archId}-clip)`}>
            <rect x={-L.arch.w * 0.3 + sweep * L.arch.w * 1.2} y={-L.arch.h * 0.2} width={L.arch.w * 0.35} height={L.arch.h * 1.4} fill={`url(#${archId}-sweep)`} transform={`rotate(18 ${L.arch.w / 2} ${L.arch.h / 2})`} />
          </g>
          <path d={archD} fill="none" stroke={props.accent} strokeWidth={3} pathLength={1} strokeDasharray={1} strokeDashoffset={1 - archDraw} />
          <path d={innerD} fill="none" stroke={withAlpha(props.accent, 0.55)} strokeWidth={1.4} pathLength={1} strokeDasharray={1} strokeDashoffset={1 - interpolate(frame, [8, 56], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut })} />
          <g transform={`translate(${L.arch.w / 2} 0) scale(${archDraw}) rotate(${frame * 0.6})`}>
            <polygon points={eightPointStar(16)} fill={props.accent} />
            <circle r={5} fill={props.background} />
          </g>
          {[0, L.arch.w].map((x) => (
            <rect key={x} x={x - 9} y={L.arch.h - 9} width={18} height={18} fill={props.accent} transform={`rotate(45 ${x} ${L.arch.h})`} opacity={archDraw} />
          ))}
        </svg>

        <Centered cx={cx} y={L.emblem.cy - L.emblem.size / 2} h={L.emblem.size} w={L.emblem.size * 2.8}>
          <Emblem props={props} size={L.emblem.size} enter={emblemIn} />
        </Centered>

        <Centered cx={cx} y={L.kicker.y} h={L.kicker.h} w={L.kicker.w} style={{ flexDirection: 'row', gap: L.kicker.size * 0.5, opacity: kickerIn }}>
          <div style={{ height: 2, flex: 1, background: `linear-gradient(90deg, ${props.accent}, transparent)`, transform: `scaleX(${kickerIn})`, transformOrigin: 'left' }} />
          <GuardedFitText text={displayText(props.kicker)} width={L.kicker.w * 0.7} maxFontSize={L.kicker.size} maxLines={1} fontWeight={500} lineHeight={1.3} color={props.accent} style={{ width: 'auto', whiteSpace: 'nowrap' }} />
          <div style={{ height: 2, flex: 1, background: `linear-gradient(270deg, ${props.accent}, transparent)`, transform: `scaleX(${kickerIn})`, transformOrigin: 'right' }} />
        </Centered>

        <Centered cx={cx} y={L.title.y} h={L.title.h} w={L.title.w}>
          <HeadlineWords text={props.title} box={L.title} lineHeight={1.25} color={props.text} wordStyle={titleWord} style={{ textShadow: `0 4px 30px ${withAlpha(props.accent, 0.25)}` }} />
        </Centered>

        <Centered cx={cx} y={L.host.y} h={L.host.h} w={L.host.w} style={{ opacity: hostIn * 0.85, transform: `translateY(${(1 - hostIn) * 16}px)` }}>
          <GuardedFitText text={displayText(props.host)} width={L.host.w} maxFontSize={L.host.size} maxLines={1} fontWeight={400} lineHeight={1.3} color={props.text} />
        </Centered>

        <div style={{ position: 'absolute', left: cx - L.divider.w / 2, top: L.divider.y, width: L.divider.w, height: 20, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <div style={{ position: 'absolute', left: 0, right: 0, top: 9, height: 2, background: `linear-gradient(90deg, transparent, ${props.accent}, transparent)`, transform: `scaleX(${dividerIn})` }} />
          <div style={{ width: 14, height: 14, background: props.accent, transform: `rotate(45deg) scale(${dividerIn})`, boxShadow: `0 0 0 5px ${props.background}, 0 0 0 6.5px ${withAlpha(props.accent, 0.6)}` }} />
        </div>

        <div
          style={{
            position: 'absolute',
            left: cx - d.w / 2,
            top: d.y,
            width: d.w,
            height: d.h,
            display: 'flex',
            flexDirection: d.mode === 'columns' ? 'row' : 'column',
            alignItems: 'stretch',
            justifyContent: 'space-between',
          }}
        >
          {details.map((item, i) => {
            const p = at(96 + i * 10, 14);
            const columnWidth = d.w / 3 - 24;
            return (
              <div
                key={item.kind}
                style={{
                  flex: 1,
                  display: 'flex',
                  flexDirection: d.mode === 'columns' ? 'column' : 'row',
                  alignItems: 'center',
                  justifyContent: d.mode === 'columns' ? 'flex-start' : 'flex-start',
                  gap: d.icon * 0.3,
                  opacity: Math.min(1, p * 1.4),
                  transform: `translateY(${(1 - p) * 30}px)`,
                  borderInlineStart: d.mode === 'columns' && i > 0 ? `1px solid ${withAlpha(props.accent, 0.25)}` : undefined,
                }}
              >
                <Icon kind={item.kind} size={d.icon} color={props.accent} enter={p} />
                <GuardedFitText
                  text={displayText(item.text)}
                  width={d.mode === 'columns' ? columnWidth : d.w - d.icon - d.icon * 0.3}
                  maxFontSize={d.size}
                  maxLines={2}
                  fontWeight={600}
                  lineHeight={1.35}
                  color={props.text}
                  align={d.mode === 'columns' ? 'center' : 'right'}
                  style={{ textWrap: 'balance' }}
                />
              </div>
            );
          })}
        </div>

        {props.rsvp.trim() ? (
          <Centered cx={cx} y={L.rsvp.y} h={L.rsvp.h} w={L.rsvp.w}>
            <div
              style={{
                height: L.rsvp.h,
                padding: `0 ${L.rsvp.h * 0.5}px`,
                borderRadius: L.rsvp.h / 2,
                background: `linear-gradient(180deg, ${props.accent}, ${withAlpha(props.accent, 0.85)})`,
                display: 'flex',
                alignItems: 'center',
                boxShadow: `0 10px 40px ${withAlpha(props.accent, 0.3)}`,
                transform: `scale(${rsvpIn})`,
                boxSizing: 'border-box',
              }}
            >
              <GuardedFitText text={displayText(props.rsvp)} width={L.rsvp.w - L.rsvp.h} maxFontSize={L.rsvp.size} maxLines={1} fontWeight={700} lineHeight={1.2} color={props.background} style={{ width: 'auto', whiteSpace: 'nowrap' }} />
            </div>
          </Centered>
        ) : null}
      </AbsoluteFill>
    </BrandCanvas>
  );
}
