import type { CSSProperties, ReactNode } from 'react';
import { AbsoluteFill, Easing, Img, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { GuardedFitText } from '../../brand/FitWords';
import { BrandCanvas, byAspect, paletteOf, type Rect, toPersianDigits, useAspect, withAlpha } from '../../brand';
import { ramp } from '../../brand/decor';
import type { Palette } from '../../brand/colors';
import { faText } from '../../brand/textMetrics';
import type { Aspect } from '../../contract/aspects';
import type { TemplateProps } from '../../contract/define';
import { mix, SceneArt } from './art';
import { SLIDESHOW_TIMING, type SlideshowMeta } from './meta';

type Props = TemplateProps<typeof SlideshowMeta>;

interface Layout {
  photo: Rect;
  /** Caption box: right edge at `right`, RTL. */
  caption: { top: number; right: number; width: number; font: number; lines: number; align: 'right' | 'center' };
  counter: { top: number; left: number; font: number };
  header: { top: number; font: number; width: number } | null;
  introTitle: { font: number; width: number; lines: number };
  /** Where the polaroid stack sits on the title card; introText.x is the text's centre, or its right edge when right-aligned. */
  stack: { x: number; y: number; size: number };
  introText: { x: number; y: number; align: 'right' | 'center' };
}

const LAYOUT: Record<Aspect, Layout> = {
  '16:9': {
    photo: { x: 80, y: 70, w: 1760, h: 800 },
    caption: { top: 900, right: 80, width: 1250, font: 54, lines: 2, align: 'right' },
    counter: { top: 915, left: 80, font: 44 },
    header: null,
    introTitle: { font: 150, width: 820, lines: 3 },
    stack: { x: 560, y: 540, size: 520 },
    introText: { x: 1800, y: 540, align: 'right' },
  },
  '1:1': {
    photo: { x: 60, y: 60, w: 960, h: 780 },
    caption: { top: 870, right: 60, width: 720, font: 42, lines: 2, align: 'right' },
    counter: { top: 880, left: 60, font: 38 },
    header: null,
    introTitle: { font: 100, width: 900, lines: 2 },
    stack: { x: 540, y: 330, size: 340 },
    introText: { x: 540, y: 790, align: 'center' },
  },
  '9:16': {
    photo: { x: 60, y: 210, w: 960, h: 1420 },
    caption: { top: 1680, right: 90, width: 900, font: 54, lines: 2, align: 'center' },
    counter: { top: 90, left: 70, font: 44 },
    header: { top: 88, font: 44, width: 640 },
    introTitle: { font: 140, width: 920, lines: 3 },
    stack: { x: 540, y: 640, size: 600 },
    introText: { x: 540, y: 1350, align: 'center' },
  },
};

const TR = SLIDESHOW_TIMING.transition;

export function Slideshow(props: Props) {
  const frame = useCurrentFrame();
  const { durationInFrames: D, fps } = useVideoConfig();
  const L = byAspect(useAspect(), LAYOUT);
  const photos = props.photos.length > 0 ? props.photos : [{ image: '', caption: '' }];
  const S = props.secondsPerPhoto * fps;
  const intro = SLIDESHOW_TIMING.intro;
  const bounds = (i: number): [number, number] => (i < 0 ? [0, intro] : i >= photos.length ? [intro + photos.length * S, D] : [intro + i * S, intro + (i + 1) * S]);

  const scenes: ReactNode[] = [];
  for (let i = -1; i <= photos.length; i++) {
    const [start, end] = bounds(i);
    if (frame < start - TR / 2 || frame >= end + TR / 2) continue;
    const enter = i < 0 ? 1 : ramp(frame, start - TR / 2, start + TR / 2, Easing.inOut(Easing.cubic));
    const leave = i >= photos.length ? 0 : ramp(frame, end - TR / 2, end + TR / 2, Easing.inOut(Easing.cubic));
    const local = frame - (start - TR / 2);
    let content: ReactNode;
    if (i < 0) content = <TitleCard {...props} L={L} local={frame} photos={photos} />;
    else if (i >= photos.length) content = <ClosingCard {...props} L={L} local={local - TR / 2} />;
    else content = <PhotoPage {...props} L={L} index={i} photo={photos[i] ?? { image: '', caption: '' }} local={local} length={S + TR} />;
    scenes.push(
      <AbsoluteFill key={i} style={transitionStyle(props.transition, enter, leave)}>
        {content}
      </AbsoluteFill>,
    );
  }

  const onPhotos = ramp(frame, intro, intro + TR) * (1 - ramp(frame, intro + photos.length * S - TR, intro + photos.length * S));
  const current = Math.max(0, Math.min(photos.length - 1, Math.floor((frame - intro + TR / 2) / S)));
  const end = ramp(frame, D - 18, D - 1, Easing.in(Easing.quad));
  const pageIn = spring({ frame, fps, config: { damping: 200 } });

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill style={{ opacity: pageIn }}>{scenes}</AbsoluteFill>
      <Counter L={L} index={current} count={photos.length} opacity={onPhotos} {...props} />
      <AbsoluteFill style={{ background: props.background, opacity: end }} />
    </BrandCanvas>
  );
}

/** How a page comes in and goes out, per the chosen transition (RTL: pages travel right → left). */
function transitionStyle(kind: Props['transition'], enter: number, leave: number): CSSProperties {
  if (kind === 'fade') return { opacity: enter };
  if (kind === 'zoom') {
    return { opacity: enter * (1 - leave), transform: `scale(${(1 + (1 - enter) * 0.18) * (1 + leave * 0.12)})` };
  }
  // slide: the new page enters from the left edge, the old one drifts right and dims.
  return {
    transform: `translateX(${-(1 - enter) * 100 + leave * 30}%)`,
    filter: leave > 0 ? `brightness(${1 - leave * 0.35})` : undefined,
    boxShadow: enter < 1 ? `40px 0 80px ${withAlpha('#000000', 0.35)}` : undefined,
  };
}

function Paper({ background, accent, children }: { background: string; accent: string; children?: ReactNode }) {
  return (
    <AbsoluteFill
      style={{
        background: `radial-gradient(ellipse at 50% 40%, ${mix(background, '#ffffff', 0.35)} 0%, ${background} 60%, ${mix(background, accent, 0.12)} 100%)`,
      }}
    >
      {/* Fine paper grain from two crossing hairline patterns. */}
      <AbsoluteFill
        style={{
          backgroundImage: `repeating-linear-gradient(0deg, ${withAlpha('#000000', 0.018)} 0 1px, transparent 1px 4px), repeating-linear-gradient(90deg, ${withAlpha('#000000', 0.012)} 0 1px, transparent 1px 5px)`,
        }}
      />
      {children}
    </AbsoluteFill>
  );
}

function Picture({ src, index, palette, style }: { src: string; index: number; palette: Palette; style?: CSSProperties }) {
  return src.trim() !== '' ? (
    <Img src={src} style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block', ...style }} />
  ) : (
    <div style={{ width: '100%', height: '100%', ...style }}>
      <SceneArt index={index} palette={palette} />
    </div>
  );
}

function PhotoPage({ L, index, photo, local, length, ...props }: Props & { L: Layout; index: number; photo: { image: string; caption: string }; local: number; length: number }) {
  const { photo: r } = L;
  // Ken Burns: alternate zoom direction and pan so consecutive photos never move alike.
  const t = local / length;
  const zoomIn = index % 2 === 0;
  const scale = zoomIn ? 1.04 + t * 0.12 : 1.16 - t * 0.12;
  const panX = (index % 3 === 0 ? -1 : index % 3 === 1 ? 1 : 0) * (t - 0.5) * 3;
  const panY = (index % 2 === 0 ? 1 : -1) * (t - 0.5) * 2;
  const captionIn = ramp(local, TR * 0.8, TR * 0.8 + 22);
  const ruleIn = ramp(local, TR * 0.6, TR * 0.6 + 26);
  const caption = faText(photo.caption.trim());
  return (
    <Paper background={props.background} accent={props.accent}>
      {L.header ? <Header L={L} {...props} /> : null}
      <div
        style={{
          position: 'absolute',
          left: r.x,
          top: r.y,
          width: r.w,
          height: r.h,
          background: '#ffffff',
          padding: 14,
          boxSizing: 'border-box',
          boxShadow: `0 30px 60px ${withAlpha('#000000', 0.18)}, 0 6px 14px ${withAlpha('#000000', 0.12)}`,
        }}
      >
        <div style={{ width: '100%', height: '100%', overflow: 'hidden', position: 'relative' }}>
          <Picture src={photo.image} index={index} palette={paletteOf(props)} style={{ transform: `scale(${scale}) translate(${panX}%, ${panY}%)` }} />
          <AbsoluteFill style={{ boxShadow: `inset 0 0 120px ${withAlpha('#000000', 0.18)}` }} />
        </div>
      </div>
      {caption ? (
        <div
          style={{
            position: 'absolute',
            top: L.caption.top,
            right: L.caption.right,
            width: L.caption.width,
            display: 'flex',
            flexDirection: 'column',
            alignItems: L.caption.align === 'center' ? 'center' : 'flex-start',
            gap: 14,
          }}
        >
          <div style={{ width: 90 * ruleIn, height: 5, borderRadius: 3, background: props.accent }} />
          <div style={{ clipPath: `inset(-10% 0 -10% ${(1 - captionIn) * 100}%)`, transform: `translateX(${(1 - captionIn) * 30}px)` }}>
            <GuardedFitText text={caption} width={L.caption.width} maxFontSize={L.caption.font} maxLines={L.caption.lines} fontWeight={700} lineHeight={1.45} align={L.caption.align} color={props.text} style={{ textWrap: 'balance' }} />
          </div>
        </div>
      ) : null}
    </Paper>
  );
}

function Header({ L, ...props }: Props & { L: Layout }) {
  if (!L.header) return null;
  return (
    <div style={{ position: 'absolute', top: L.header.top, right: 70, display: 'flex', alignItems: 'center', gap: 18 }}>
      <div style={{ width: 14, height: 14, transform: 'rotate(45deg)', background: props.accent }} />
      <GuardedFitText text={faText(props.title)} width={L.header.width} maxFontSize={L.header.font} maxLines={1} fontWeight={800} color={props.text} style={{ width: 'auto', maxWidth: L.header.width, whiteSpace: 'nowrap' }} />
    </div>
  );
}

function Counter({ L, index, count, opacity, ...props }: Props & { L: Layout; index: number; count: number; opacity: number }) {
  if (opacity <= 0) return null;
  const pad = (n: number) => toPersianDigits(String(n).padStart(2, '0'));
  const dotsW = Math.min(260, count * 26);
  return (
    <div style={{ position: 'absolute', top: L.counter.top, left: L.counter.left, opacity, display: 'flex', flexDirection: 'column', gap: 12, alignItems: 'flex-start' }}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 10, direction: 'rtl', fontWeight: 800 }}>
        <span style={{ fontSize: L.counter.font, color: props.accent }}>{pad(index + 1)}</span>
        <span style={{ fontSize: L.counter.font * 0.6, color: withAlpha(props.text, 0.55) }}>/ {pad(count)}</span>
      </div>
      <div style={{ width: dotsW, height: 4, borderRadius: 2, background: withAlpha(props.text, 0.15), position: 'relative', overflow: 'hidden' }}>
        <div style={{ position: 'absolute', right: 0, top: 0, bottom: 0, width: `${((index + 1) / count) * 100}%`, background: props.accent, borderRadius: 2 }} />
      </div>
    </div>
  );
}

/** The opening card: a stack of prints drops in beside the album title. */
function TitleCard({ L, local, photos, ...props }: Props & { L: Layout; local: number; photos: Array<{ image: string; caption: string }> }) {
  const { fps } = useVideoConfig();
  const stack = photos.slice(0, 3);
  const titleIn = ramp(local, 14, 40);
  const subIn = ramp(local, 26, 50);
  const rule = ramp(local, 20, 52);
  const size = L.stack.size;
  const poses = [
    { dx: -0.18, dy: 0.04, rot: -9 },
    { dx: 0.16, dy: -0.05, rot: 7 },
    { dx: 0, dy: 0.02, rot: -2 },
  ];
  return (
    <Paper background={props.background} accent={props.accent}>
      {stack.map((photo, i) => {
        const pose = poses[i] ?? poses[2]!;
        const drop = spring({ frame: local - i * 7, fps, config: { damping: 14, mass: 0.9 } });
        const s = size * (0.78 + i * 0.06);
        return (
          <div
            key={i}
            style={{
              position: 'absolute',
              left: L.stack.x + pose.dx * size - s / 2,
              top: L.stack.y + pose.dy * size - s / 2 - (1 - drop) * 300,
              width: s,
              height: s * 1.12,
              background: '#ffffff',
              padding: `${s * 0.05}px ${s * 0.05}px ${s * 0.17}px`,
              boxSizing: 'border-box',
              transform: `rotate(${pose.rot + (1 - drop) * 20 * (i % 2 === 0 ? -1 : 1)}deg) scale(${1.2 - 0.2 * drop})`,
              opacity: Math.min(1, drop * 1.6),
              boxShadow: `0 20px 50px ${withAlpha('#000000', 0.22)}`,
            }}
          >
            <div style={{ width: '100%', height: '100%', overflow: 'hidden' }}>
              <Picture src={photo.image} index={i} palette={paletteOf(props)} />
            </div>
          </div>
        );
      })}
      <div
        style={{
          position: 'absolute',
          left: L.introText.align === 'center' ? L.introText.x - L.introTitle.width / 2 : L.introText.x - L.introTitle.width,
          top: L.introText.y,
          width: L.introTitle.width,
          transform: 'translateY(-50%)',
          display: 'flex',
          flexDirection: 'column',
          alignItems: L.introText.align === 'center' ? 'center' : 'flex-start',
          gap: 22,
        }}
      >
        <div style={{ width: 140 * rule, height: 6, borderRadius: 3, background: props.accent }} />
        <div style={{ opacity: titleIn, transform: `translateY(${(1 - titleIn) * 40}px)` }}>
          <GuardedFitText text={faText(props.title)} width={L.introTitle.width} maxFontSize={L.introTitle.font} maxLines={L.introTitle.lines} fontWeight={900} lineHeight={1.25} align={L.introText.align} color={props.text} style={{ textWrap: 'balance' }} />
        </div>
        {props.subtitle.trim() ? (
          <div style={{ opacity: subIn, transform: `translateY(${(1 - subIn) * 24}px)` }}>
            <GuardedFitText text={faText(props.subtitle)} width={L.introTitle.width} maxFontSize={L.introTitle.font * 0.34} maxLines={2} fontWeight={400} lineHeight={1.5} align={L.introText.align} color={withAlpha(props.text, 0.7)} />
          </div>
        ) : null}
      </div>
    </Paper>
  );
}

function ClosingCard({ L, local, ...props }: Props & { L: Layout; local: number }) {
  const into = ramp(local, 4, 30);
  const rule = ramp(local, 10, 40);
  const outro = faText(props.outro.trim());
  const drift = interpolate(local, [0, SLIDESHOW_TIMING.outro], [1, 1.04]);
  return (
    <Paper background={props.background} accent={props.accent}>
      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', flexDirection: 'column', gap: 30, transform: `scale(${drift})` }}>
        <Flourish progress={rule} color={props.accent} />
        {outro ? (
          <div style={{ opacity: into, transform: `translateY(${(1 - into) * 30}px)` }}>
            <GuardedFitText text={outro} width={L.photo.w * 0.8} maxFontSize={L.introTitle.font * 0.75} maxLines={3} fontWeight={800} lineHeight={1.35} color={props.text} style={{ textWrap: 'balance' }} />
          </div>
        ) : null}
        <div style={{ opacity: ramp(local, 18, 40) }}>
          <GuardedFitText text={faText(props.title)} width={L.introTitle.width * 0.8} maxFontSize={L.introTitle.font * 0.3} maxLines={1} fontWeight={500} color={withAlpha(props.text, 0.6)} />
        </div>
        <Flourish progress={rule} color={props.accent} flip />
      </AbsoluteFill>
    </Paper>
  );
}

function Flourish({ progress, color, flip = false }: { progress: number; color: string; flip?: boolean }) {
  const half = 150 * progress;
  return (
    <svg width={360} height={30} viewBox="-180 -15 360 30" style={{ transform: flip ? 'scaleY(-1)' : undefined }}>
      <line x1={-half} x2={-20} y1={0} y2={0} stroke={color} strokeWidth={2.5} strokeLinecap="round" />
      <line x1={20} x2={half} y1={0} y2={0} stroke={color} strokeWidth={2.5} strokeLinecap="round" />
      <circle r={7 * progress} fill="none" stroke={color} strokeWidth={2.5} />
      <circle r={2.5 * progress} fill={color} />
    </svg>
  );
}
