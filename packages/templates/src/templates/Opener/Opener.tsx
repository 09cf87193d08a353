import type { CSSProperties, ReactNode } from 'react';
import { AbsoluteFill, Easing, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { GuardedFitText } from '../../brand/FitWords';
import { BrandCanvas, byAspect, easeOut, toPersianDigits, useAspect, withAlpha } from '../../brand';
import { BrandMark, Glow, Particles, ramp, SlantedBandSweep, Vignette } from '../../brand/decor';
import { faText } from '../../brand/textMetrics';
import type { Aspect } from '../../contract/aspects';
import type { TemplateProps } from '../../contract/define';
import { OPENER_TIMING, type OpenerMeta } from './meta';

type Props = TemplateProps<typeof OpenerMeta>;

interface Layout {
  margin: number;
  mark: number;
  brandBox: number;
  brandFont: number;
  wordBox: number;
  wordFont: number;
  wordLines: number;
  titleBox: number;
  titleFont: number;
  titleLines: number;
  subBox: number;
  subFont: number;
  subLines: number;
  cardMark: number;
}

const LAYOUT: Record<Aspect, Layout> = {
  '16:9': { margin: 64, mark: 210, brandBox: 1200, brandFont: 92, wordBox: 1500, wordFont: 240, wordLines: 1, titleBox: 1440, titleFont: 150, titleLines: 2, subBox: 1200, subFont: 48, subLines: 2, cardMark: 110 },
  '1:1': { margin: 52, mark: 170, brandBox: 900, brandFont: 70, wordBox: 900, wordFont: 200, wordLines: 2, titleBox: 860, titleFont: 124, titleLines: 3, subBox: 820, subFont: 42, subLines: 2, cardMark: 100 },
  '9:16': { margin: 60, mark: 260, brandBox: 900, brandFont: 88, wordBox: 900, wordFont: 220, wordLines: 2, titleBox: 900, titleFont: 172, titleLines: 3, subBox: 860, subFont: 54, subLines: 3, cardMark: 180 },
};

const WIPE = 18;

export function Opener(props: Props) {
  const frame = useCurrentFrame();
  const { durationInFrames: D } = useVideoConfig();
  const words = props.words.length > 0 ? props.words : ['—'];
  const wordsStart = OPENER_TIMING.presents;
  const titleStart = wordsStart + words.length * OPENER_TIMING.word;

  let scene: ReactNode;
  if (frame < wordsStart) {
    scene = <PresentsCard {...props} />;
  } else if (frame < titleStart) {
    const index = Math.min(words.length - 1, Math.floor((frame - wordsStart) / OPENER_TIMING.word));
    scene = <WordCard {...props} word={words[index] ?? ''} index={index} count={words.length} start={wordsStart + index * OPENER_TIMING.word} />;
  } else {
    scene = <TitleCard {...props} start={titleStart} />;
  }

  const fadeOut = ramp(frame, D - 14, D - 1, Easing.in(Easing.quad));
  return (
    <BrandCanvas background={props.background} color={props.text}>
      {scene}
      <Wipe progress={ramp(frame, wordsStart - WIPE / 2, wordsStart + WIPE / 2, Easing.inOut(Easing.cubic))} {...props} />
      <Wipe progress={ramp(frame, titleStart - WIPE / 2, titleStart + WIPE / 2, Easing.inOut(Easing.cubic))} {...props} />
      <AbsoluteFill style={{ background: '#000', opacity: fadeOut }} />
    </BrandCanvas>
  );
}

/** Slanted bands of the brand colours sweeping right → left; the cut hides under the widest. */
function Wipe({ progress, primary, secondary, accent }: Props & { progress: number }) {
  return (
    <SlantedBandSweep
      progress={progress}
      skewDeg={-14}
      bands={(x, main, W) => [
        { left: x - W * 0.5, width: W * 0.07, color: accent },
        { left: x - W * 0.38, width: W * 0.3, color: secondary },
        { left: x, width: main, color: primary, shadow: `0 0 80px ${withAlpha('#000000', 0.35)}` },
        { left: x + main + W * 0.03, width: W * 0.05, color: accent },
      ]}
    />
  );
}

function Atmosphere({ seed, ...props }: Props & { seed: string }) {
  const frame = useCurrentFrame();
  const { width: W, height: H } = useVideoConfig();
  const beam = (offset: number, alpha: number) => (
    <div
      style={{
        position: 'absolute',
        top: -H * 0.3,
        height: H * 1.6,
        left: W * offset - frame * 1.2,
        width: Math.max(W, H) * 0.16,
        transform: 'rotate(24deg)',
        background: `linear-gradient(90deg, transparent, ${withAlpha(props.secondary, alpha)}, transparent)`,
      }}
    />
  );
  return (
    <>
      <AbsoluteFill
        style={{
          background: `radial-gradient(ellipse at 50% 45%, ${withAlpha(props.primary, 0.55)} 0%, ${withAlpha(props.primary, 0.12)} 45%, transparent 75%), linear-gradient(180deg, ${props.background}, ${withAlpha(props.primary, 0.25)})`,
        }}
      />
      {beam(0.55, 0.16)}
      {beam(0.8, 0.1)}
      {beam(0.25, 0.08)}
      <Particles count={46} seed={seed} width={W} height={H} colors={[props.accent, props.text]} size={[1.2, 3.4]} rise={0.7} opacity={0.6} />
    </>
  );
}

function PresentsCard(props: Props) {
  const frame = useCurrentFrame();
  const { width: W, height: H } = useVideoConfig();
  const L = byAspect(useAspect(), LAYOUT);
  const markIn = ramp(frame, 0, 22);
  const nameIn = ramp(frame, 8, 30);
  const lineIn = ramp(frame, 14, 40);
  const presentsIn = ramp(frame, 18, 36);
  const drift = interpolate(frame, [0, OPENER_TIMING.presents], [1.04, 1]);
  return (
    <AbsoluteFill>
      <Atmosphere {...props} seed="opener-a" />
      <Glow x={W / 2} y={H / 2} size={Math.min(W, H) * 1.1} color={props.accent} opacity={0.25 * markIn} />
      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', flexDirection: 'column', gap: 34, transform: `scale(${drift})` }}>
        <div style={{ opacity: markIn, transform: `translateY(${(1 - markIn) * 30}px) scale(${0.8 + 0.2 * markIn})` }}>
          <BrandMark src={props.logo} name={props.brandName} size={L.mark} primary={props.primary} secondary={props.secondary} accent={props.accent} ink={props.text} build={ramp(frame, 0, 30)} />
        </div>
        <div style={{ clipPath: `inset(-20% 0 -20% ${(1 - nameIn) * 100}%)` }}>
          <GuardedFitText text={faText(props.brandName)} width={L.brandBox} maxFontSize={L.brandFont} maxLines={2} fontWeight={800} lineHeight={1.3} />
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 28, opacity: presentsIn }}>
          <Rule width={140 * lineIn} color={props.accent} direction="left" />
          {props.presents.trim() ? (
            <GuardedFitText text={faText(props.presents)} width={Math.min(520, L.brandBox * 0.5)} maxFontSize={L.brandFont * 0.52} maxLines={1} fontWeight={500} color={props.accent} style={{ width: 'auto', maxWidth: Math.min(520, L.brandBox * 0.5), whiteSpace: 'nowrap' }} />
          ) : null}
          <Rule width={140 * lineIn} color={props.accent} direction="right" />
        </div>
      </AbsoluteFill>
      <Vignette strength={0.55} />
    </AbsoluteFill>
  );
}

function Rule({ width, color, direction }: { width: number; color: string; direction: 'left' | 'right' }) {
  return (
    <div style={{ width: 140, display: 'flex', justifyContent: direction === 'left' ? 'flex-end' : 'flex-start' }}>
      <div style={{ width, height: 3, borderRadius: 2, background: `linear-gradient(${direction === 'left' ? 90 : 270}deg, transparent, ${color})` }} />
    </div>
  );
}

const WORD_BACKDROPS = (props: Props): string[] => [
  `radial-gradient(ellipse at 50% 50%, ${props.primary} 0%, ${props.background} 80%)`,
  `linear-gradient(135deg, ${props.primary} 0%, ${props.secondary} 100%)`,
  `radial-gradient(ellipse at 30% 40%, ${withAlpha(props.secondary, 0.8)} 0%, ${props.background} 75%)`,
];

function WordCard({ word, index, count, start, ...props }: Props & { word: string; index: number; count: number; start: number }) {
  const frame = useCurrentFrame() - start;
  const { width: W, height: H } = useVideoConfig();
  const L = byAspect(useAspect(), LAYOUT);
  const into = ramp(frame, 0, 11);
  const out = ramp(frame, OPENER_TIMING.word - 6, OPENER_TIMING.word, Easing.in(Easing.quad));
  const text = faText(word);
  const backdrop = WORD_BACKDROPS(props)[index % 3] ?? props.background;
  const ghostShift = interpolate(frame, [0, OPENER_TIMING.word], [80, -80]) * (index % 2 === 0 ? 1 : -1);
  return (
    <AbsoluteFill style={{ background: backdrop }}>
      <Particles count={30} seed={`opener-w-${index}`} width={W} height={H} colors={[props.accent, props.text]} size={[1.5, 4]} rise={3} sway={4} opacity={0.5} />
      {/* A giant outlined echo of the word, drifting behind it for depth. */}
      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', transform: `translateX(${ghostShift}px) scale(${1.1 + frame * 0.004})` }}>
        <GuardedFitText
          text={text}
          width={W * 1.5}
          maxFontSize={L.wordFont * 2.2}
          maxLines={1}
          fontWeight={900}
          style={{ color: 'transparent', WebkitTextStroke: `2px ${withAlpha(props.text, 0.16)}`, whiteSpace: 'nowrap' }}
        />
      </AbsoluteFill>
      <AbsoluteFill
        style={{
          alignItems: 'center',
          justifyContent: 'center',
          flexDirection: 'column',
          gap: 30,
          opacity: into * (1 - out),
          transform: `scale(${1.22 - 0.22 * into + out * 0.08})`,
          filter: into < 1 ? `blur(${(1 - into) * 16}px)` : undefined,
        }}
      >
        <GuardedFitText text={text} width={L.wordBox} maxFontSize={L.wordFont} maxLines={L.wordLines} fontWeight={900} lineHeight={1.25} style={{ textShadow: `0 12px 40px ${withAlpha('#000000', 0.35)}` }} />
        <div style={{ width: 260 * ramp(frame, 3, 18), height: 8, borderRadius: 4, background: props.accent }} />
      </AbsoluteFill>
      <Counter index={index} count={count} accent={props.accent} ink={props.text} margin={L.margin} />
      <Vignette strength={0.45} />
    </AbsoluteFill>
  );
}

function Counter({ index, count, accent, ink, margin }: { index: number; count: number; accent: string; ink: string; margin: number }) {
  const pad = (n: number) => toPersianDigits(String(n).padStart(2, '0'));
  return (
    <div style={{ position: 'absolute', top: margin, right: margin + 10, display: 'flex', alignItems: 'baseline', gap: 12, fontWeight: 800 }}>
      <span style={{ fontSize: 56, color: accent }}>{pad(index + 1)}</span>
      <span style={{ fontSize: 30, color: withAlpha(ink, 0.6) }}>/ {pad(count)}</span>
    </div>
  );
}

function TitleCard({ start, ...props }: Props & { start: number }) {
  const frame = useCurrentFrame() - start;
  const { width: W, height: H, durationInFrames } = useVideoConfig();
  const L = byAspect(useAspect(), LAYOUT);
  const end = durationInFrames - start;
  const frameDraw = ramp(frame, 4, 46, Easing.inOut(Easing.cubic));
  const markIn = ramp(frame, 8, 30);
  const titleIn = ramp(frame, 12, 40);
  const rule = ramp(frame, 26, 56);
  const subIn = ramp(frame, 34, 58);
  const shine = ramp(frame, 52, 92, Easing.inOut(Easing.quad));
  const push = interpolate(frame, [0, end], [1, 1.05]);
  const title = faText(props.title);
  const subtitle = faText(props.subtitle.trim());
  const rise = (p: number): CSSProperties => ({ opacity: p, transform: `translateY(${(1 - p) * 40}px)` });
  return (
    <AbsoluteFill>
      <Atmosphere {...props} seed="opener-c" />
      <Glow x={W / 2} y={H / 2} size={Math.max(W, H) * 0.9} color={props.accent} opacity={0.16 * titleIn} />
      <GoldFrame progress={frameDraw} margin={L.margin} color={props.accent} />
      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', flexDirection: 'column', transform: `scale(${push})` }}>
        <div style={{ ...rise(markIn), marginBottom: 26 }}>
          <BrandMark src={props.logo} name={props.brandName} size={L.cardMark} primary={props.primary} secondary={props.secondary} accent={props.accent} ink={props.text} />
        </div>
        <div style={{ ...rise(markIn), marginBottom: 18 }}>
          <GuardedFitText text={faText(props.brandName)} width={L.subBox} maxFontSize={L.subFont * 0.8} maxLines={1} fontWeight={500} color={props.accent} />
        </div>
        <div style={{ clipPath: `inset(${(1 - titleIn) * 100}% -5% -10% -5%)`, transform: `translateY(${(1 - titleIn) * 60}px)` }}>
          <GuardedFitText
            text={title}
            width={L.titleBox}
            maxFontSize={L.titleFont}
            maxLines={L.titleLines}
            fontWeight={900}
            lineHeight={1.3}
            style={{
              backgroundImage: `linear-gradient(100deg, ${props.text} 40%, ${props.accent} 50%, ${props.text} 60%)`,
              backgroundSize: '300% 100%',
              backgroundPosition: `${100 - shine * 100}% 0`,
              WebkitBackgroundClip: 'text',
              backgroundClip: 'text',
              color: 'transparent',
              filter: `drop-shadow(0 10px 30px ${withAlpha('#000000', 0.4)})`,
              textWrap: 'balance',
            }}
          />
        </div>
        <Ornament progress={rule} color={props.accent} />
        {subtitle ? (
          <div style={rise(subIn)}>
            <GuardedFitText text={subtitle} width={L.subBox} maxFontSize={L.subFont} maxLines={L.subLines} fontWeight={400} lineHeight={1.55} color={withAlpha(props.text, 0.88)} style={{ textWrap: 'balance' }} />
          </div>
        ) : null}
      </AbsoluteFill>
      <Vignette strength={0.5} />
    </AbsoluteFill>
  );
}

/** A thin gold rule with a diamond at its centre, growing out from the middle. */
function Ornament({ progress, color }: { progress: number; color: string }) {
  const half = 200 * progress;
  return (
    <svg width={460} height={40} viewBox="-230 -20 460 40" style={{ margin: '26px 0', overflow: 'visible' }}>
      <line x1={-half} x2={-16} y1={0} y2={0} stroke={color} strokeWidth={3} strokeLinecap="round" opacity={progress} />
      <line x1={16} x2={half} y1={0} y2={0} stroke={color} strokeWidth={3} strokeLinecap="round" opacity={progress} />
      <rect x={-9} y={-9} width={18} height={18} fill={color} transform={`rotate(${45 + (1 - progress) * 180}) scale(${progress})`} />
    </svg>
  );
}

/** A hairline frame inset from the edges, drawn on, with diamond corners. */
function GoldFrame({ progress, margin, color }: { progress: number; margin: number; color: string }) {
  const { width: W, height: H } = useVideoConfig();
  const w = W - margin * 2;
  const h = H - margin * 2;
  const corners: Array<[number, number]> = [
    [margin, margin],
    [W - margin, margin],
    [W - margin, H - margin],
    [margin, H - margin],
  ];
  return (
    <svg width={W} height={H} style={{ position: 'absolute', inset: 0 }}>
      <rect x={margin} y={margin} width={w} height={h} fill="none" stroke={withAlpha(color, 0.75)} strokeWidth={2} pathLength={1} strokeDasharray={1} strokeDashoffset={1 - progress} />
      <rect x={margin + 14} y={margin + 14} width={w - 28} height={h - 28} fill="none" stroke={withAlpha(color, 0.25)} strokeWidth={1} pathLength={1} strokeDasharray={1} strokeDashoffset={-(1 - progress)} />
      {corners.map(([x, y], i) => (
        <rect key={i} x={x - 8} y={y - 8} width={16} height={16} fill={color} transform={`rotate(45 ${x} ${y})`} opacity={ramp(progress, 0.6 + i * 0.1, 1, easeOut)} />
      ))}
    </svg>
  );
}
