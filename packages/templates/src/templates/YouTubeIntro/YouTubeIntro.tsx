import { AbsoluteFill, Easing, interpolate, random, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { BrandCanvas, byAspect, toPersianDigits, useAspect, useFontsReady, withAlpha } from '../../brand';
import { faText, fitMetrics } from '../../brand/textMetrics';
import { BrandMark, Glow, ramp, SlantedBandSweep, Vignette } from '../../brand/decor';
import { FitWords, GuardedFitText } from '../../brand/FitWords';
import type { Aspect } from '../../contract/aspects';
import type { TemplateProps } from '../../contract/define';
import type { YouTubeIntroMeta } from './meta';

type Props = TemplateProps<typeof YouTubeIntroMeta>;

/** Key frames (30 fps). */
const T = { play: 4, burst: 30, mark: 36, name: 44, pill: 52, tagline: 70, button: 92, tap: 128, exit: 188 };

interface Layout {
  mark: number;
  nameBox: number;
  nameFont: number;
  nameLines: number;
  tagBox: number;
  tagFont: number;
  tagLines: number;
  pillFont: number;
  buttonH: number;
  buttonFont: number;
  gap: number;
  play: number;
}

const LAYOUT: Record<Aspect, Layout> = {
  '16:9': { mark: 190, nameBox: 1400, nameFont: 150, nameLines: 1, tagBox: 1200, tagFont: 50, tagLines: 1, pillFont: 38, buttonH: 100, buttonFont: 40, gap: 26, play: 300 },
  '1:1': { mark: 160, nameBox: 920, nameFont: 120, nameLines: 2, tagBox: 880, tagFont: 42, tagLines: 2, pillFont: 34, buttonH: 90, buttonFont: 36, gap: 22, play: 260 },
  '9:16': { mark: 250, nameBox: 940, nameFont: 150, nameLines: 2, tagBox: 920, tagFont: 54, tagLines: 2, pillFont: 44, buttonH: 124, buttonFont: 48, gap: 34, play: 340 },
};

export function YouTubeIntro(props: Props) {
  const frame = useCurrentFrame();
  const { width: W, height: H, fps } = useVideoConfig();
  const L = byAspect(useAspect(), LAYOUT);
  const pop = (start: number, damping = 10) => spring({ frame: frame - start, fps, config: { damping, mass: 0.7 } });

  const name = faText(props.channelName);
  const tagline = faText(props.tagline.trim());
  const episode = props.episode > 0 ? `${faText(props.episodeLabel.trim())} ${toPersianDigits(props.episode)}`.trim() : '';
  const subscribe = faText(props.subscribe.trim());

  const ready = useFontsReady();
  const nameM = ready ? fitMetrics(name, { width: L.nameBox, maxFontSize: L.nameFont, maxLines: L.nameLines, fontWeight: 900, lineHeight: 1.25 }) : null;
  const markerW = nameM ? Math.min(L.nameBox, nameM.width + nameM.fontSize * 0.7) : 0;
  const markIn = pop(T.mark, 9);
  const pillIn = pop(T.pill, 11);
  const barIn = ramp(frame, T.name + 8, T.name + 24);
  const tagIn = ramp(frame, T.tagline, T.tagline + 20);
  const buttonIn = pop(T.button, 11);
  const press = interpolate(frame, [T.tap, T.tap + 4, T.tap + 12], [1, 0.9, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const clicked = frame >= T.tap + 3;
  const zoom = interpolate(frame, [T.mark, T.exit], [1, 1.06]);

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <Backdrop {...props} />
      <Glow x={W / 2} y={H / 2} size={Math.max(W, H) * 0.9} color={props.primary} opacity={0.5} />
      <FloatingShapes {...props} />

      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', flexDirection: 'column', gap: L.gap, transform: `scale(${zoom})` }}>
        <div style={{ transform: `scale(${markIn}) rotate(${(1 - markIn) * 180}deg)` }}>
          <BrandMark src={props.logo} name={props.channelName} size={L.mark} primary={props.primary} secondary={props.secondary} accent={props.accent} ink={props.text} />
        </div>
        {episode ? (
          <div
            style={{
              transform: `scale(${pillIn}) rotate(-3deg)`,
              background: props.accent,
              color: props.background,
              borderRadius: L.pillFont,
              padding: `${L.pillFont * 0.12}px ${L.pillFont * 0.7}px`,
              boxShadow: `${L.pillFont * 0.15}px ${L.pillFont * 0.15}px 0 ${props.primary}`,
            }}
          >
            <GuardedFitText text={episode} width={L.tagBox * 0.5} maxFontSize={L.pillFont} maxLines={1} fontWeight={900} lineHeight={1.5} style={{ width: 'auto', maxWidth: L.tagBox * 0.5, whiteSpace: 'nowrap' }} />
          </div>
        ) : null}
        <div style={{ position: 'relative', width: L.nameBox }}>
          {/* Marker stroke behind the name, as wide as the name itself (measured). */}
          {nameM ? (
            <div
              style={{
                position: 'absolute',
                left: (L.nameBox - markerW) / 2,
                width: markerW,
                bottom: nameM.fontSize * 0.12,
                height: nameM.fontSize * 0.42,
                background: `linear-gradient(270deg, ${props.secondary}, ${props.primary})`,
                transform: `skewX(-12deg) scaleX(${barIn})`,
                transformOrigin: 'right center',
                borderRadius: 8,
                opacity: 0.9,
              }}
            />
          ) : null}
          <FitWords
            text={name}
            width={L.nameBox}
            maxFontSize={L.nameFont}
            maxLines={L.nameLines}
            fontWeight={900}
            lineHeight={1.25}
            style={{ position: 'relative', textShadow: `0.04em 0.05em 0 ${withAlpha('#000000', 0.45)}` }}
            wordStyle={(i) => {
              const s = pop(T.name + i * 5, 8);
              return { opacity: Math.min(1, s * 2), top: (1 - s) * -L.nameFont * 0.9 };
            }}
          />
        </div>
        {tagline ? (
          <div style={{ clipPath: `inset(-10% 0 -10% ${(1 - tagIn) * 100}%)`, opacity: 0.3 + 0.7 * tagIn }}>
            <GuardedFitText text={tagline} width={L.tagBox} maxFontSize={L.tagFont} maxLines={L.tagLines} fontWeight={500} lineHeight={1.5} color={withAlpha(props.text, 0.9)} style={{ textWrap: 'balance' }} />
          </div>
        ) : null}
        {subscribe ? (
          <div style={{ marginTop: L.gap * 0.6, transform: `scale(${buttonIn * press})`, position: 'relative' }}>
            <SubscribeButton {...props} L={L} label={subscribe} clicked={clicked} frame={frame} />
          </div>
        ) : null}
      </AbsoluteFill>

      <PlayBadge {...props} size={L.play} frame={frame} fps={fps} />
      <Burst {...props} frame={frame} />
      <Vignette strength={0.45} />
      <Slabs {...props} progress={0.5 + 0.5 * ramp(frame, 0, 16, Easing.inOut(Easing.cubic))} />
      <Slabs {...props} progress={0.5 * ramp(frame, T.exit, 209, Easing.in(Easing.cubic))} />
    </BrandCanvas>
  );
}

function Backdrop(props: Props) {
  const frame = useCurrentFrame();
  const dots = `radial-gradient(${withAlpha(props.accent, 0.35)} 22%, transparent 24%)`;
  return (
    <>
      <AbsoluteFill
        style={{
          backgroundImage: `repeating-linear-gradient(-45deg, ${withAlpha(props.text, 0.035)} 0 40px, transparent 40px 80px)`,
          backgroundPosition: `${-frame * 2}px 0`,
        }}
      />
      <AbsoluteFill
        style={{
          backgroundImage: dots,
          backgroundSize: '26px 26px',
          WebkitMaskImage: 'radial-gradient(circle at 100% 0%, black 0%, transparent 32%), radial-gradient(circle at 0% 100%, black 0%, transparent 32%)',
          maskImage: 'radial-gradient(circle at 100% 0%, black 0%, transparent 32%), radial-gradient(circle at 0% 100%, black 0%, transparent 32%)',
        }}
      />
    </>
  );
}

/** The opening beat: a play button punches in, squashes, then blows apart into the burst. */
function PlayBadge({ size, frame, fps, ...props }: Props & { size: number; frame: number; fps: number }) {
  const { width: W, height: H } = useVideoConfig();
  if (frame > T.burst + 10) return null;
  const s = spring({ frame: frame - T.play, fps, config: { damping: 8, mass: 0.6 } });
  const blow = ramp(frame, T.burst - 4, T.burst + 6, Easing.in(Easing.quad));
  const squash = 1 + Math.sin(Math.min(1, s) * Math.PI) * 0.12;
  const w = size * 1.4;
  const scale = s * (1 + blow * 0.5);
  return (
    <>
      <div
        style={{
          position: 'absolute',
          left: W / 2 - w / 2,
          top: H / 2 - size / 2,
          width: w,
          height: size,
          borderRadius: size * 0.28,
          background: `linear-gradient(160deg, ${props.secondary}, ${props.primary})`,
          boxShadow: `0 ${size * 0.08}px ${size * 0.2}px ${withAlpha(props.primary, 0.6)}`,
          transform: `scale(${scale * squash}, ${scale / squash})`,
          opacity: 1 - blow,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        <svg width={size * 0.5} height={size * 0.5} viewBox="0 0 100 100">
          <path d="M30 18 L84 50 L30 82 Z" fill={props.text} strokeLinejoin="round" stroke={props.text} strokeWidth={10} />
        </svg>
      </div>
      {blow > 0 ? (
        <div
          style={{
            position: 'absolute',
            left: W / 2 - size * 2 * blow,
            top: H / 2 - size * 2 * blow,
            width: size * 4 * blow,
            height: size * 4 * blow,
            borderRadius: '50%',
            background: withAlpha(props.text, 0.85 * (1 - blow)),
          }}
        />
      ) : null}
    </>
  );
}

const SHAPES = ['triangle', 'ring', 'plus', 'zigzag', 'square', 'dot'] as const;

function Shape({ kind, size, color }: { kind: (typeof SHAPES)[number]; size: number; color: string }) {
  const common = { fill: 'none', stroke: color, strokeWidth: 12, strokeLinecap: 'round' as const, strokeLinejoin: 'round' as const };
  return (
    <svg width={size} height={size} viewBox="-60 -60 120 120" style={{ overflow: 'visible' }}>
      {kind === 'triangle' ? <polygon points="0,-44 40,30 -40,30" {...common} /> : null}
      {kind === 'ring' ? <circle r={38} {...common} /> : null}
      {kind === 'plus' ? <path d="M0 -40 V40 M-40 0 H40" {...common} /> : null}
      {kind === 'zigzag' ? <path d="M-48 10 L-24 -14 L0 10 L24 -14 L48 10" {...common} /> : null}
      {kind === 'square' ? <rect x={-34} y={-34} width={68} height={68} rx={10} {...common} /> : null}
      {kind === 'dot' ? <circle r={26} fill={color} /> : null}
    </svg>
  );
}

/** Shapes flung out of the play button. */
function Burst({ frame, ...props }: Props & { frame: number }) {
  const { width: W, height: H } = useVideoConfig();
  const t = ramp(frame, T.burst, T.burst + 44, Easing.out(Easing.cubic));
  if (t <= 0 || t >= 1) return null;
  const colors = [props.primary, props.secondary, props.accent, props.text];
  const reach = Math.hypot(W, H) * 0.42;
  return (
    <AbsoluteFill>
      {Array.from({ length: 30 }, (_, i) => {
        const angle = (i / 30) * Math.PI * 2 + random(`yt-b-a-${i}`) * 0.3;
        const d = reach * (0.45 + random(`yt-b-d-${i}`) * 0.6) * t;
        const size = 40 + random(`yt-b-s-${i}`) * 50;
        return (
          <div
            key={i}
            style={{
              position: 'absolute',
              left: W / 2 + Math.cos(angle) * d - size / 2,
              top: H / 2 + Math.sin(angle) * d - size / 2 + t * t * 120,
              transform: `rotate(${t * (random(`yt-b-r-${i}`) - 0.5) * 720}deg) scale(${1 - t * 0.6})`,
              opacity: 1 - ramp(t, 0.6, 1),
            }}
          >
            <Shape kind={SHAPES[i % SHAPES.length] ?? 'dot'} size={size} color={colors[i % colors.length] ?? props.text} />
          </div>
        );
      })}
    </AbsoluteFill>
  );
}

/** The shapes that stay: drifting and spinning at the frame's edges. */
function FloatingShapes(props: Props) {
  const frame = useCurrentFrame();
  const { width: W, height: H } = useVideoConfig();
  const colors = [props.primary, props.secondary, props.accent];
  return (
    <AbsoluteFill>
      {Array.from({ length: 16 }, (_, i) => {
        // Keep them to the outer band so they frame the text instead of crossing it.
        const side = random(`yt-f-side-${i}`);
        const along = random(`yt-f-al-${i}`);
        const inset = 0.04 + random(`yt-f-in-${i}`) * 0.14;
        const [fx, fy] = side < 0.25 ? [along, inset] : side < 0.5 ? [along, 1 - inset] : side < 0.75 ? [inset, along] : [1 - inset, along];
        const size = 34 + random(`yt-f-s-${i}`) * 46;
        const appear = spring({ frame: frame - (T.burst + 4 + i * 2), fps: 30, config: { damping: 9 } });
        return (
          <div
            key={i}
            style={{
              position: 'absolute',
              left: fx * W - size / 2 + Math.sin(frame / 30 + i) * 14,
              top: fy * H - size / 2 + Math.cos(frame / 26 + i) * 14,
              transform: `rotate(${frame * (random(`yt-f-r-${i}`) - 0.5) * 4}deg) scale(${appear})`,
              opacity: 0.85,
            }}
          >
            <Shape kind={SHAPES[(i + 2) % SHAPES.length] ?? 'dot'} size={size} color={colors[i % colors.length] ?? props.accent} />
          </div>
        );
      })}
    </AbsoluteFill>
  );
}

function SubscribeButton({ L, label, clicked, frame, ...props }: Props & { L: Layout; label: string; clicked: boolean; frame: number }) {
  const h = L.buttonH;
  const ring = ramp(frame, T.tap + 2, T.tap + 26);
  const wobble = clicked ? Math.sin((frame - T.tap) * 0.9) * 24 * Math.max(0, 1 - (frame - T.tap) / 30) : 0;
  const arrive = ramp(frame, T.tap - 20, T.tap - 2, Easing.out(Easing.cubic));
  const leave = ramp(frame, T.tap + 16, T.tap + 34, Easing.in(Easing.cubic));
  return (
    <div style={{ position: 'relative' }}>
      {ring > 0 && ring < 1 ? (
        <div style={{ position: 'absolute', inset: -ring * h * 0.6, borderRadius: h, border: `${4 * (1 - ring) + 1}px solid ${props.accent}`, opacity: 1 - ring }} />
      ) : null}
      <div
        style={{
          height: h,
          borderRadius: h / 2,
          background: clicked ? withAlpha(props.text, 0.16) : props.primary,
          border: `3px solid ${clicked ? withAlpha(props.text, 0.5) : props.primary}`,
          boxShadow: clicked ? 'none' : `0 ${h * 0.15}px ${h * 0.35}px ${withAlpha(props.primary, 0.6)}`,
          display: 'flex',
          alignItems: 'center',
          gap: h * 0.25,
          padding: `0 ${h * 0.45}px`,
          boxSizing: 'border-box',
        }}
      >
        <GuardedFitText text={label} width={L.tagBox * 0.6} maxFontSize={L.buttonFont} maxLines={1} fontWeight={800} color={props.text} style={{ width: 'auto', maxWidth: L.tagBox * 0.6, whiteSpace: 'nowrap' }} />
        <svg width={h * 0.46} height={h * 0.46} viewBox="0 0 24 24" style={{ transform: `rotate(${wobble}deg)`, transformOrigin: '50% 10%', flexShrink: 0 }}>
          <path d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6z" fill={clicked ? props.accent : props.text} />
          <circle cx={12} cy={19.5} r={2.2} fill={clicked ? props.accent : props.text} />
        </svg>
      </div>
      {arrive > 0 && leave < 1 ? (
        <svg
          width={h * 0.7}
          height={h * 0.7}
          viewBox="0 0 24 24"
          style={{
            position: 'absolute',
            left: h * 0.25 + (1 - arrive) * h * 2 + leave * h * 2,
            top: h * 0.45 + (1 - arrive) * h * 1.5 + leave * h * 1.5,
            opacity: arrive * (1 - leave),
            filter: `drop-shadow(0 4px 8px ${withAlpha('#000000', 0.5)})`,
          }}
        >
          <path d="M5 2l14 9.5-6.2 1.3 3.6 7-2.9 1.4-3.6-7L5 18z" fill={props.text} stroke="#000000" strokeWidth={1} strokeLinejoin="round" />
        </svg>
      ) : null}
    </div>
  );
}

/** Slanted brand-colour bands: progress 0 → 0.5 covers the frame, 0.5 → 1 uncovers it. */
function Slabs({ progress, primary, secondary, accent }: Props & { progress: number }) {
  return (
    <SlantedBandSweep
      progress={progress}
      skewDeg={-16}
      bands={(x, main, W) => [
        { left: x - W * 0.42, width: W * 0.12, color: accent },
        { left: x - W * 0.26, width: W * 0.22, color: secondary },
        { left: x, width: main, color: primary },
      ]}
    />
  );
}
