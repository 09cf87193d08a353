import { AbsoluteFill, Img, interpolate, useCurrentFrame } from 'remotion';
import { byAspect, BrandCanvas, clampBoth, paletteOf, toPersianDigits, useAspect, useExit, useTypeScale, withAlpha } from '../../brand';
import { GuardedFitText } from '../../brand/FitWords';
import type { TemplateProps } from '../../contract/define';
import { Curtain, GlowRule, Reveal, Stage3D } from '../../three';
import type { Nowruz3DMeta } from './meta';
import { Nowruz3DScene } from './Nowruz3DScene';

export function Nowruz3D(props: TemplateProps<typeof Nowruz3DMeta>) {
  const frame = useCurrentFrame();
  const aspect = useAspect();
  const type = useTypeScale();
  const exit = useExit(20);
  const palette = paletteOf(props);
  const reveal = (start: number) => interpolate(frame, [start, start + 30], [0, 1], clampBoth);

  // 16:9: a text column on the right (where Persian reading starts); square and vertical: a band on top.
  const layout = byAspect(aspect, {
    '16:9': { block: { top: 0, bottom: 0, right: '5%', width: '38%', justifyContent: 'center' }, textWidth: 640, title: type.display * 0.78, titleLines: 2, messageLines: 3 },
    '1:1': { block: { top: '6%', left: 0, right: 0, justifyContent: 'flex-start' }, textWidth: 900, title: type.display * 0.7, titleLines: 1, messageLines: 2 },
    '9:16': { block: { top: '10%', left: 0, right: 0, justifyContent: 'flex-start' }, textWidth: 900, title: type.display * 0.85, titleLines: 2, messageLines: 3 },
  });
  const shadow = `0 ${4 * type.unit}px ${30 * type.unit}px ${withAlpha(props.background, 0.85)}`;

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <Stage3D background={props.background} fog={[14, 32]}>
        <Nowruz3DScene palette={palette} />
      </Stage3D>
      <AbsoluteFill style={{ ...layout.block, position: 'absolute', alignItems: 'center', gap: 16 * type.unit, height: 'auto' }}>
        <Reveal progress={reveal(70)} rise={20}>
          <div
            style={{
              fontSize: type.body,
              fontWeight: 700,
              color: props.accent,
              letterSpacing: '0.04em',
              padding: `${6 * type.unit}px ${26 * type.unit}px`,
              border: `${Math.max(1, 2 * type.unit)}px solid ${withAlpha(props.accent, 0.6)}`,
              borderRadius: 999,
              background: withAlpha(props.background, 0.35),
            }}
          >
            {`نوروز ${toPersianDigits(props.year)}`}
          </div>
        </Reveal>
        <Reveal progress={reveal(82)}>
          <GuardedFitText text={toPersianDigits(props.title)} width={layout.textWidth * type.unit} maxFontSize={layout.title} maxLines={layout.titleLines} fontWeight={900} color={props.text} lineHeight={1.25} style={{ textShadow: shadow, textWrap: 'balance' }} />
        </Reveal>
        <GlowRule progress={reveal(96)} width={360 * type.unit} color={props.accent} thickness={Math.max(2, 3 * type.unit)} />
        <Reveal progress={reveal(104)} rise={20}>
          <GuardedFitText text={toPersianDigits(props.message)} width={layout.textWidth * 0.92 * type.unit} maxFontSize={type.h3 * 0.85} maxLines={layout.messageLines} fontWeight={500} color={props.text} lineHeight={1.6} style={{ textShadow: shadow, textWrap: 'balance' }} />
        </Reveal>
      </AbsoluteFill>
      {props.sender || props.logo ? (
        <AbsoluteFill style={{ top: 'auto', bottom: `${byAspect(aspect, { '16:9': 7, '1:1': 5, '9:16': 6 })}%`, height: 'auto', alignItems: aspect === '16:9' ? 'flex-start' : 'center', paddingRight: aspect === '16:9' ? '7%' : 0 }}>
          <Reveal progress={reveal(128)} rise={16}>
            <div style={{ display: 'flex', alignItems: 'center', gap: 18 * type.unit }}>
              {props.logo ? <Img src={props.logo} style={{ height: 72 * type.unit, maxWidth: 220 * type.unit, objectFit: 'contain' }} /> : null}
              {props.sender ? (
                <GuardedFitText text={toPersianDigits(props.sender)} width={520 * type.unit} maxFontSize={type.caption * 1.1} maxLines={1} fontWeight={500} color={props.text} align="right" style={{ opacity: 0.85, textShadow: shadow }} />
              ) : null}
            </div>
          </Reveal>
        </AbsoluteFill>
      ) : null}
      <Curtain color="#000000" opacity={interpolate(frame, [0, 16], [1, 0], clampBoth)} />
      <Curtain color={props.background} opacity={1 - exit} />
    </BrandCanvas>
  );
}
