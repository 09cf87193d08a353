import { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { byAspect, BrandCanvas, clampBoth, paletteOf, toPersianDigits, useAspect, useExit, useTypeScale, withAlpha } from '../../brand';
import { GuardedFitText } from '../../brand/FitWords';
import type { TemplateProps } from '../../contract/define';
import { Curtain, GlowRule, Reveal, Stage3D } from '../../three';
import { Birthday3DScene } from './Birthday3DScene';
import type { Birthday3DMeta } from './meta';

/** One candle per year up to a dozen; older (or no age) gets a full, readable ring. */
function candleCount(age: number): number {
  if (age <= 0) return 7;
  return Math.min(age, 12);
}

export function Birthday3D(props: TemplateProps<typeof Birthday3DMeta>) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const aspect = useAspect();
  const type = useTypeScale();
  const exit = useExit(18);
  const palette = paletteOf(props);
  const reveal = (start: number) => interpolate(frame, [start, start + 28], [0, 1], clampBoth);
  const badge = spring({ frame: frame - 96, fps, config: { damping: 11, mass: 0.8 } });

  const layout = byAspect(aspect, {
    '16:9': { block: { top: 0, bottom: 0, right: '5%', width: '40%', justifyContent: 'center' }, textWidth: 680, title: type.display * 0.8 },
    '1:1': { block: { top: '5%', left: 0, right: 0, justifyContent: 'flex-start' }, textWidth: 900, title: type.display * 0.66 },
    '9:16': { block: { top: '8%', left: 0, right: 0, justifyContent: 'flex-start' }, textWidth: 920, title: type.display * 0.82 },
  });
  const shadow = `0 ${4 * type.unit}px ${30 * type.unit}px ${withAlpha(props.background, 0.9)}`;
  const badgeSize = byAspect(aspect, { '16:9': 190, '1:1': 150, '9:16': 170 }) * type.unit;

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <Stage3D background={props.background} fog={[14, 30]}>
        <Birthday3DScene palette={palette} candles={candleCount(props.age)} />
      </Stage3D>
      <AbsoluteFill style={{ ...layout.block, position: 'absolute', alignItems: 'center', gap: 14 * type.unit, height: 'auto' }}>
        <Reveal progress={reveal(62)}>
          <GuardedFitText text={toPersianDigits(props.title)} width={layout.textWidth * type.unit} maxFontSize={layout.title} maxLines={1} fontWeight={900} color={props.text} lineHeight={1.25} style={{ textShadow: shadow }} />
        </Reveal>
        <Reveal progress={reveal(76)} rise={24}>
          <GuardedFitText text={toPersianDigits(props.name)} width={layout.textWidth * 0.9 * type.unit} maxFontSize={type.h1 * 0.9} maxLines={1} fontWeight={800} color={props.accent} lineHeight={1.3} style={{ textShadow: `0 0 ${26 * type.unit}px ${withAlpha(props.accent, 0.5)}` }} />
        </Reveal>
        <GlowRule progress={reveal(88)} width={340 * type.unit} color={props.secondary} thickness={Math.max(2, 3 * type.unit)} />
        {aspect !== '1:1' && props.age > 0 ? <AgeBadge age={props.age} size={badgeSize} pop={badge} accent={props.accent} secondary={props.secondary} background={props.background} /> : null}
        <Reveal progress={reveal(104)} rise={20}>
          <GuardedFitText text={toPersianDigits(props.message)} width={layout.textWidth * 0.9 * type.unit} maxFontSize={type.h3 * 0.8} maxLines={3} fontWeight={500} color={props.text} lineHeight={1.6} style={{ textShadow: shadow, textWrap: 'balance' }} />
        </Reveal>
      </AbsoluteFill>
      {aspect === '1:1' && props.age > 0 ? (
        <AbsoluteFill style={{ top: 'auto', bottom: '5%', left: '5%', right: 'auto', width: 'auto', height: 'auto' }}>
          <AgeBadge age={props.age} size={badgeSize} pop={badge} accent={props.accent} secondary={props.secondary} background={props.background} />
        </AbsoluteFill>
      ) : null}
      {props.logo ? (
        <Img
          src={props.logo}
          // The square frame's title runs the full width at the top: there the logo takes the
          // bottom corner opposite the age badge.
          style={{ position: 'absolute', ...(aspect === '1:1' ? { bottom: 50 * type.unit, right: 50 * type.unit } : { top: 40 * type.unit, left: 40 * type.unit }), height: 70 * type.unit, maxWidth: 220 * type.unit, objectFit: 'contain', opacity: reveal(120) }}
        />
      ) : null}
      <Curtain color="#000000" opacity={interpolate(frame, [0, 14], [1, 0], clampBoth)} />
      <Curtain color={props.background} opacity={1 - exit} />
    </BrandCanvas>
  );
}

/** The age in Persian digits on a glowing medallion ("۳۰ سالگی"). */
function AgeBadge({ age, size, pop, accent, background, secondary }: { age: number; size: number; pop: number; accent: string; background: string; secondary: string }) {
  if (pop <= 0.001) return <div style={{ height: size }} />;
  return (
    <div
      style={{
        width: size,
        height: size,
        borderRadius: '50%',
        transform: `scale(${pop}) rotate(${(1 - pop) * -30}deg)`,
        background: `radial-gradient(circle at 35% 30%, ${withAlpha(accent, 0.95)}, ${withAlpha(secondary, 0.9)})`,
        boxShadow: `0 0 ${size * 0.35}px ${withAlpha(accent, 0.55)}, inset 0 0 ${size * 0.12}px ${withAlpha('#ffffff', 0.5)}`,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        color: background,
        lineHeight: 1,
      }}
    >
      <div style={{ fontSize: size * 0.44, fontWeight: 900 }}>{toPersianDigits(age)}</div>
      <div style={{ fontSize: size * 0.15, fontWeight: 700, marginTop: size * 0.03 }}>سالگی</div>
    </div>
  );
}
