import { AbsoluteFill, Easing, interpolate, random, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { GuardedFitText } from '../../brand/FitWords';
import { BrandCanvas, byAspect, easeOut, useAspect, useFontsReady, withAlpha } from '../../brand';
import { BrandMark, Glow, Particles, ramp, starPoints, Vignette } from '../../brand/decor';
import { faText, fitMetrics } from '../../brand/textMetrics';
import type { Aspect } from '../../contract/aspects';
import type { TemplateProps } from '../../contract/define';
import type { LogoMotionMeta } from './meta';

type Props = TemplateProps<typeof LogoMotionMeta>;

/** Frames of the timeline (30 fps). */
const T = { gather: 0, impact: 24, move: 50, name: 60, bar: 66, tagline: 80, shine: 104 };

interface Layout { mark: number; nameBox: number; nameFont: number; nameLines: number; tagFont: number; tagLines: number; gap: number; horizontal: boolean; lift: number }

const LAYOUT: Record<Aspect, Layout> = {
  '16:9': { mark: 300, nameBox: 960, nameFont: 128, nameLines: 1, tagFont: 46, tagLines: 1, gap: 76, horizontal: true, lift: 0 },
  '1:1': { mark: 280, nameBox: 900, nameFont: 112, nameLines: 2, tagFont: 44, tagLines: 2, gap: 70, horizontal: false, lift: 0 },
  '9:16': { mark: 440, nameBox: 920, nameFont: 128, nameLines: 2, tagFont: 52, tagLines: 3, gap: 110, horizontal: false, lift: 20 },
};

export function LogoMotion(props: Props) {
  const frame = useCurrentFrame();
  const { width: W, height: H, fps, durationInFrames: D } = useVideoConfig();
  const aspect = useAspect();
  const ready = useFontsReady();
  const L = byAspect(aspect, LAYOUT);
  const name = faText(props.brandName);
  const tagline = faText(props.tagline.trim());

  // Measure the real text so the lockup is centred on what is drawn, not on its box.
  const nameM = ready ? fitMetrics(name, { width: L.nameBox, maxFontSize: L.nameFont, maxLines: L.nameLines, fontWeight: 800, lineHeight: 1.3 }) : null;
  const tagM = ready && tagline ? fitMetrics(tagline, { width: L.nameBox, maxFontSize: L.tagFont, maxLines: L.tagLines, fontWeight: 400, lineHeight: 1.5 }) : null;
  const barGap = 26;
  const columnH = (nameM?.height ?? 0) + barGap + 6 + (tagM ? barGap + tagM.height : 0);
  const columnW = Math.max(nameM?.width ?? 0, tagM?.width ?? 0, 160);

  let markX: number;
  let markY: number;
  let columnTop: number;
  let columnX: number; // right edge (horizontal) or centre (stacked)
  if (L.horizontal) {
    const groupW = L.mark + L.gap + columnW;
    markX = W / 2 + groupW / 2 - L.mark / 2;
    markY = H / 2;
    columnX = markX - L.mark / 2 - L.gap;
    columnTop = H / 2 - columnH / 2;
  } else {
    const total = L.mark + L.gap + columnH;
    const top = H / 2 - total / 2 - L.lift;
    markX = W / 2;
    markY = top + L.mark / 2;
    columnX = W / 2;
    columnTop = top + L.mark + L.gap;
  }

  // The mark lands in the middle of the frame, then glides to its place in the lockup.
  const pop = spring({ frame: frame - T.impact + 6, fps, config: { damping: 11, mass: 0.9 } });
  const move = spring({ frame: frame - T.move, fps, config: { damping: 18, mass: 1 } });
  const exit = ramp(frame, D - 20, D - 1, Easing.in(Easing.cubic));
  const float = Math.sin(frame / 28) * 5 * move;
  const cx = interpolate(move, [0, 1], [W / 2, markX]);
  const cy = interpolate(move, [0, 1], [H / 2, markY]) + float;
  const markScale = (0.25 + 0.75 * pop) * (1 - 0.12 * exit) * (1 + 0.06 * (1 - move) * Math.min(1, pop));
  const build = ramp(frame, 6, 46, Easing.inOut(Easing.cubic));

  const nameIn = ramp(frame, T.name, T.name + 30);
  const barIn = ramp(frame, T.bar, T.bar + 34);
  const tagIn = ramp(frame, T.tagline, T.tagline + 26);
  const shine = ramp(frame, T.shine, T.shine + 34, Easing.inOut(Easing.quad));
  const nameOut = ramp(frame, D - 24, D - 8, Easing.in(Easing.cubic));
  const tagOut = ramp(frame, D - 28, D - 12, Easing.in(Easing.cubic));
  const glowIn = ramp(frame, 0, T.impact + 10);

  const markShadow = withAlpha(props.primary, 0.55);
  const align = L.horizontal ? 'right' : 'center';
  const columnLeft = L.horizontal ? columnX - L.nameBox : columnX - L.nameBox / 2;
  const nameTop = columnTop;
  const barTop = nameTop + (nameM?.height ?? 0) + barGap;
  const tagTop = barTop + 6 + barGap;
  const barW = Math.min(columnW, 220) * barIn;

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <Backdrop {...props} cx={cx} cy={cy} W={W} H={H} frame={frame} glow={glowIn * (1 - exit * 0.7)} />

      <Gather cx={W / 2} cy={H / 2} frame={frame} W={W} H={H} colors={[props.accent, props.secondary, props.text]} />

      {/* Shockwaves at the moment of impact. */}
      {[0, 5].map((delay, i) => {
        const wave = ramp(frame, T.impact + delay, T.impact + delay + 34, Easing.out(Easing.cubic));
        if (wave <= 0 || wave >= 1) return null;
        const r = L.mark * (0.45 + wave * (i === 0 ? 1.9 : 1.4));
        return (
          <div
            key={i}
            style={{
              position: 'absolute',
              left: W / 2 - r,
              top: H / 2 - r,
              width: r * 2,
              height: r * 2,
              borderRadius: '50%',
              border: `${(1 - wave) * (i === 0 ? 10 : 4) + 1}px solid ${i === 0 ? props.text : props.accent}`,
              opacity: (1 - wave) * 0.7,
            }}
          />
        );
      })}

      <Orbits cx={cx} cy={cy} size={L.mark} frame={frame} accent={props.accent} ink={props.text} secondary={props.secondary} out={exit} />

      <div
        style={{
          position: 'absolute',
          left: cx - L.mark / 2,
          top: cy - L.mark / 2,
          width: L.mark,
          height: L.mark,
          transform: `scale(${markScale}) rotate(${(1 - pop) * -50}deg)`,
          opacity: Math.min(1, pop * 2) * (1 - exit),
          filter: `drop-shadow(0 ${L.mark * 0.08}px ${L.mark * 0.16}px ${markShadow})`,
        }}
      >
        <BrandMark
          src={props.logo}
          name={props.brandName}
          size={L.mark}
          primary={props.primary}
          secondary={props.secondary}
          accent={props.accent}
          ink={props.text}
          build={build}
          sweep={shine}
        />
      </div>

      {/* Name: wiped in from the right (the reading direction), with a sheen passing over it. */}
      <div
        style={{
          position: 'absolute',
          left: columnLeft,
          top: nameTop,
          width: L.nameBox,
          clipPath: `inset(-20% 0 -20% ${(1 - nameIn) * 100}%)`,
          transform: `translateX(${(1 - nameIn) * 70 - nameOut * 40}px)`,
          opacity: 1 - nameOut,
          filter: nameOut > 0 ? `blur(${nameOut * 10}px)` : undefined,
        }}
      >
        <GuardedFitText
          text={name}
          width={L.nameBox}
          maxFontSize={L.nameFont}
          maxLines={L.nameLines}
          fontWeight={800}
          lineHeight={1.3}
          align={align}
          style={{
            backgroundImage: `linear-gradient(100deg, ${props.text} 42%, ${props.accent} 50%, ${props.text} 58%)`,
            backgroundSize: '300% 100%',
            backgroundPosition: `${100 - shine * 100}% 0`,
            WebkitBackgroundClip: 'text',
            backgroundClip: 'text',
            color: 'transparent',
          }}
        />
      </div>

      {/* Accent rule between name and tagline. */}
      <div
        style={{
          position: 'absolute',
          top: barTop,
          height: 6,
          width: barW,
          left: L.horizontal ? columnX - barW : columnX - barW / 2,
          borderRadius: 3,
          background: `linear-gradient(270deg, ${props.accent}, ${props.secondary})`,
          opacity: 1 - nameOut,
        }}
      />

      {tagline ? (
        <div
          style={{
            position: 'absolute',
            left: columnLeft,
            top: tagTop,
            width: L.nameBox,
            opacity: tagIn * (1 - tagOut),
            transform: `translateY(${(1 - tagIn) * 26 - tagOut * 16}px)`,
          }}
        >
          <GuardedFitText
            text={tagline}
            width={L.nameBox}
            maxFontSize={L.tagFont}
            maxLines={L.tagLines}
            fontWeight={400}
            lineHeight={1.5}
            align={align}
            color={withAlpha(props.text, 0.82)}
            style={{ textWrap: 'balance' }}
          />
        </div>
      ) : null}

      <Vignette strength={0.5} />
      <AbsoluteFill style={{ background: props.background, opacity: exit * 0.85 }} />
    </BrandCanvas>
  );
}

function Backdrop({ cx, cy, W, H, frame, glow, ...props }: Props & { cx: number; cy: number; W: number; H: number; frame: number; glow: number }) {
  const short = Math.min(W, H);
  const long = Math.max(W, H);
  const rays = ramp(frame, T.impact, T.impact + 40);
  return (
    <>
      <AbsoluteFill
        style={{
          background: `radial-gradient(ellipse at 50% 120%, ${withAlpha(props.secondary, 0.22)} 0%, transparent 60%), radial-gradient(ellipse at 50% -20%, ${withAlpha(props.primary, 0.18)} 0%, transparent 55%)`,
        }}
      />
      <Glow x={cx} y={cy} size={short * 1.7} color={props.primary} opacity={0.9 * glow} />
      <Glow x={cx} y={cy} size={short * 0.8} color={props.secondary} opacity={0.45 * glow} />
      <AbsoluteFill
        style={{
          background: `repeating-conic-gradient(from ${frame * 0.12}deg at ${cx}px ${cy}px, ${withAlpha(props.text, 0.045)} 0deg 5deg, transparent 5deg 15deg)`,
          WebkitMaskImage: `radial-gradient(circle at ${cx}px ${cy}px, black 0%, transparent ${short * 0.75}px)`,
          maskImage: `radial-gradient(circle at ${cx}px ${cy}px, black 0%, transparent ${short * 0.75}px)`,
          opacity: rays * glow,
        }}
      />
      <svg width={W} height={H} style={{ position: 'absolute', inset: 0, opacity: glow }}>
        {[1.15, 1.6, 2.2].map((scale, i) => (
          <polygon
            key={i}
            points={starPoints(0, 0, short * 0.5 * scale, short * 0.5 * scale * 0.83, 8)}
            transform={`translate(${cx} ${cy}) rotate(${frame * (i % 2 === 0 ? 0.08 : -0.06) + i * 11})`}
            fill="none"
            stroke={withAlpha(props.text, 0.07 - i * 0.015)}
            strokeWidth={2}
          />
        ))}
      </svg>
      <Particles count={Math.round(long / 26)} seed="logo-dust" width={W} height={H} colors={[props.accent, props.secondary, props.text]} size={[1.2, 3.6]} rise={0.5} opacity={0.55 * glow} />
    </>
  );
}

/** Streaks of light pulled into the centre before the mark appears. */
function Gather({ cx, cy, frame, W, H, colors }: { cx: number; cy: number; frame: number; W: number; H: number; colors: string[] }) {
  if (frame > T.impact + 4) return null;
  const reach = Math.hypot(W, H) * 0.55;
  const streaks = Array.from({ length: 46 }, (_, i) => {
    const angle = random(`gather-a-${i}`) * Math.PI * 2;
    const start = random(`gather-s-${i}`) * 10;
    const t = interpolate(frame, [start, T.impact], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: Easing.in(Easing.cubic) });
    if (t <= 0 || t >= 1) return null;
    const distance = (reach * (0.6 + random(`gather-d-${i}`) * 0.5)) * (1 - t);
    const tail = 40 + 160 * t;
    const x1 = cx + Math.cos(angle) * distance;
    const y1 = cy + Math.sin(angle) * distance;
    const x2 = cx + Math.cos(angle) * (distance + tail);
    const y2 = cy + Math.sin(angle) * (distance + tail);
    return (
      <line
        key={i}
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke={colors[i % colors.length]}
        strokeWidth={2 + random(`gather-w-${i}`) * 3}
        strokeLinecap="round"
        opacity={Math.sin(t * Math.PI) * 0.9}
      />
    );
  });
  return (
    <svg width={W} height={H} style={{ position: 'absolute', inset: 0 }}>
      {streaks}
    </svg>
  );
}

/** Three orbit rings around the mark, drawn on behind a travelling head, then turning slowly. */
function Orbits({ cx, cy, size, frame, accent, ink, secondary, out }: { cx: number; cy: number; size: number; frame: number; accent: string; ink: string; secondary: string; out: number }) {
  const draw = ramp(frame, T.impact - 2, T.impact + 40, easeOut);
  if (draw <= 0) return null;
  const box = size * 2.2;
  const rings = [
    { r: size * 0.74, color: ink, width: 2, dash: '2 10', spin: 0.5, alpha: 0.45 },
    { r: size * 0.88, color: accent, width: 3, dash: '60 18', spin: -0.35, alpha: 0.75 },
    { r: size * 0.98, color: secondary, width: 1.5, dash: 'none', spin: 0.2, alpha: 0.35 },
  ];
  return (
    <svg
      width={box}
      height={box}
      viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`}
      style={{ position: 'absolute', left: cx - box / 2, top: cy - box / 2, opacity: 1 - out, transform: `scale(${1 + out * 0.25})` }}
    >
      <defs>
        {rings.map((ring, i) => {
          const circumference = 2 * Math.PI * ring.r;
          return (
            <mask key={i} id={`orbit-mask-${i}`} maskUnits="userSpaceOnUse" x={-box / 2} y={-box / 2} width={box} height={box}>
              <circle r={ring.r} fill="none" stroke="white" strokeWidth={ring.width + 12} strokeDasharray={`${circumference * draw} ${circumference}`} />
            </mask>
          );
        })}
      </defs>
      {rings.map((ring, i) => (
        <g key={i} transform={`rotate(${frame * ring.spin - 90 + i * 120})`}>
          <circle r={ring.r} fill="none" stroke={ring.color} strokeWidth={ring.width} strokeDasharray={ring.dash} opacity={ring.alpha} mask={`url(#orbit-mask-${i})`} />
          {draw < 1 ? (
            <circle cx={ring.r * Math.cos(draw * Math.PI * 2)} cy={ring.r * Math.sin(draw * Math.PI * 2)} r={i === 1 ? 7 : 4} fill={ring.color} opacity={(1 - draw) * 2} />
          ) : null}
        </g>
      ))}
    </svg>
  );
}
