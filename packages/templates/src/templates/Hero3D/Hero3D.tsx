import { AbsoluteFill, interpolate, useCurrentFrame } from 'remotion';
import { byAspect, BrandCanvas, clampBoth, paletteOf, toPersianDigits, useAspect, useExit, useTypeScale, withAlpha } from '../../brand';
import { GuardedFitText } from '../../brand/FitWords';
import type { TemplateProps } from '../../contract/define';
import { Curtain, GlowRule, Reveal, Stage3D, useImageTexture } from '../../three';
import { Hero3DScene } from './Hero3DScene';
import type { Hero3DMeta } from './meta';

export function Hero3D(props: TemplateProps<typeof Hero3DMeta>) {
  const frame = useCurrentFrame();
  const aspect = useAspect();
  const type = useTypeScale();
  const exit = useExit(18);
  const logo = useImageTexture(props.logo);
  const palette = paletteOf(props);

  const layout = byAspect(aspect, {
    '16:9': { top: 0.66, width: 1300, title: type.display * 0.82, titleLines: 1, tagline: type.h3 },
    '1:1': { top: 0.62, width: 900, title: type.display * 0.72, titleLines: 1, tagline: type.h3 },
    // Tall frame: room for a two-line brand name under the mark, set larger.
    '9:16': { top: 0.635, width: 900, title: type.display * 0.95, titleLines: 2, tagline: type.h3 * 1.1 },
  });
  const reveal = (start: number) => interpolate(frame, [start, start + 30], [0, 1], clampBoth);

  return (
    <BrandCanvas background={props.background} color={props.text}>
      {logo.ready ? (
        <Stage3D background={props.background} fog={[12, 30]}>
          <Hero3DScene palette={palette} logo={logo.image} />
        </Stage3D>
      ) : null}
      <AbsoluteFill style={{ top: `${layout.top * 100}%`, alignItems: 'center', gap: 18 * type.unit }}>
        <Reveal progress={reveal(58)}>
          <GuardedFitText
            text={toPersianDigits(props.title)}
            width={layout.width * type.unit}
            maxFontSize={layout.title}
            maxLines={layout.titleLines}
            fontWeight={900}
            color={props.text}
            lineHeight={1.2}
            style={{ textShadow: `0 0 ${40 * type.unit}px ${withAlpha(props.secondary, 0.45)}`, textWrap: 'balance' }}
          />
        </Reveal>
        <GlowRule progress={reveal(72)} width={520 * type.unit} color={props.accent} thickness={Math.max(2, 3 * type.unit)} />
        <Reveal progress={reveal(84)} rise={24}>
          <GuardedFitText text={toPersianDigits(props.tagline)} width={layout.width * 0.85 * type.unit} maxFontSize={layout.tagline} maxLines={2} fontWeight={400} color={props.text} style={{ opacity: 0.88, textWrap: 'balance' }} />
        </Reveal>
        <Reveal progress={reveal(100)} rise={16}>
          <GuardedFitText
            text={props.website}
            width={layout.width * 0.6 * type.unit}
            maxFontSize={type.caption}
            maxLines={1}
            fontWeight={500}
            color={props.accent}
            style={{ direction: 'ltr' }}
          />
        </Reveal>
      </AbsoluteFill>
      <Curtain color="#000000" opacity={interpolate(frame, [0, 14], [1, 0], clampBoth)} />
      <Curtain color={props.background} opacity={1 - exit} />
    </BrandCanvas>
  );
}
