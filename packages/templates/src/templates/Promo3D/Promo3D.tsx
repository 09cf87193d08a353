import type { CSSProperties } from 'react';
import { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { byAspect, BrandCanvas, clampBoth, paletteOf, toPersianDigits, useAspect, useExit, useTypeScale, withAlpha } from '../../brand';
import { GuardedFitText } from '../../brand/FitWords';
import type { TemplateProps } from '../../contract/define';
import { Curtain, Reveal, Stage3D, TightText, useImageTexture } from '../../three';
import type { Promo3DMeta } from './meta';
import { Promo3DScene } from './Promo3DScene';

/** A 16-point starburst, the classic sale sticker. */
const BURST = Array.from({ length: 32 }, (_, i) => {
  const r = i % 2 === 0 ? 50 : 42;
  const a = (i / 32) * Math.PI * 2;
  return `${50 + Math.cos(a) * r}% ${50 + Math.sin(a) * r}%`;
}).join(', ');

export function Promo3D(props: TemplateProps<typeof Promo3DMeta>) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const aspect = useAspect();
  const type = useTypeScale();
  const exit = useExit(18);
  const product = useImageTexture(props.product);
  const palette = paletteOf(props);
  const reveal = (start: number) => interpolate(frame, [start, start + 26], [0, 1], clampBoth);
  const pop = spring({ frame: frame - 92, fps, config: { damping: 9, mass: 0.7 } });
  const shadow = `0 ${4 * type.unit}px ${28 * type.unit}px ${withAlpha(props.background, 0.9)}`;
  const glint = interpolate(frame, [150, 185], [-30, 130], clampBoth);

  const badgeSize = byAspect(aspect, { '16:9': 210, '1:1': 190, '9:16': 230 }) * type.unit;
  const badge =
    props.discount > 0 ? (
      <div
        style={{
          width: badgeSize,
          height: badgeSize,
          transform: `scale(${pop}) rotate(${-12 + (1 - pop) * -60 + Math.sin(frame / 12) * 3}deg)`,
          clipPath: `polygon(${BURST})`,
          background: `radial-gradient(circle at 40% 35%, ${props.accent}, ${props.secondary})`,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          color: props.background,
          lineHeight: 1,
        }}
      >
        <div style={{ fontSize: badgeSize * 0.33, fontWeight: 900 }}>{`${toPersianDigits(props.discount)}٪`}</div>
        <div style={{ fontSize: badgeSize * 0.14, fontWeight: 800, marginTop: badgeSize * 0.03 }}>تخفیف</div>
      </div>
    ) : null;

  // 16:9 and 1:1: the product on the left, a text column on the right (where Persian
  // reading starts); 9:16: titles in a band on top, the offer in a band at the bottom.
  const L = byAspect(aspect, {
    '16:9': { side: true, textWidth: 660, column: { right: '5%', width: '40%' }, top: '0%', bottom: '0%', badgeLeft: '36%', badgeTop: '12%' },
    '1:1': { side: true, textWidth: 450, column: { right: '4%', width: '46%' }, top: '0%', bottom: '0%', badgeLeft: '30%', badgeTop: '12%' },
    '9:16': { side: false, textWidth: 920, column: { right: 0, width: '100%' }, top: '7%', bottom: '7%', badgeLeft: '6%', badgeTop: '31%' },
  });
  const textWidth = L.textWidth * type.unit;
  const titles = (
    <>
      <Reveal progress={reveal(58)} rise={18}>
        <div
          style={{
            background: props.secondary,
            padding: `${4 * type.unit}px ${28 * type.unit}px`,
            borderRadius: 999,
            boxShadow: `0 0 ${30 * type.unit}px ${withAlpha(props.secondary, 0.5)}`,
          }}
        >
          <TightText text={toPersianDigits(props.headline)} maxWidth={textWidth * 0.85} maxFontSize={type.body} fontWeight={800} color={props.background} />
        </div>
      </Reveal>
      <Reveal progress={reveal(70)}>
        <GuardedFitText text={toPersianDigits(props.productName)} width={textWidth} maxFontSize={type.display * 0.72} maxLines={2} fontWeight={900} color={props.text} lineHeight={1.2} style={{ textShadow: shadow, textWrap: 'balance' }} />
      </Reveal>
    </>
  );
  // Old price (struck through) over the new one; both shrink rather than overflow.
  const offer = (
    <>
      {props.price || props.oldPrice ? (
        <Reveal progress={reveal(112)} rise={20}>
          <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textShadow: shadow }}>
            <TightText
              text={toPersianDigits(props.oldPrice)}
              maxWidth={textWidth * 0.8}
              maxFontSize={type.h3 * 0.68}
              fontWeight={500}
              color={withAlpha(props.text, 0.72)}
              style={{ textDecoration: 'line-through', textDecorationColor: props.secondary, textDecorationThickness: Math.max(2, 3 * type.unit) }}
            />
            <TightText text={toPersianDigits(props.price)} maxWidth={textWidth} maxFontSize={type.h2} fontWeight={900} color={props.accent} />
          </div>
        </Reveal>
      ) : null}
      {props.cta ? (
        <Reveal progress={reveal(130)} rise={18}>
          <div
            style={{
              padding: `${10 * type.unit}px ${44 * type.unit}px`,
              borderRadius: 18 * type.unit,
              boxShadow: `0 ${10 * type.unit}px ${40 * type.unit}px ${withAlpha(props.accent, 0.35)}`,
              // A light glint sweeps across the button once it has settled.
              backgroundImage: `linear-gradient(100deg, transparent ${glint - 12}%, ${withAlpha('#ffffff', 0.55)} ${glint}%, transparent ${glint + 12}%), linear-gradient(90deg, ${props.accent}, ${props.secondary})`,
            }}
          >
            <TightText text={toPersianDigits(props.cta)} maxWidth={textWidth * 0.75} maxFontSize={type.h3 * 0.72} fontWeight={800} color={props.background} />
          </div>
        </Reveal>
      ) : null}
      {props.website ? (
        <Reveal progress={reveal(146)} rise={12}>
          <TightText text={props.website} maxWidth={textWidth * 0.8} maxFontSize={type.caption} fontWeight={500} color={withAlpha(props.text, 0.8)} style={{ direction: 'ltr', textShadow: shadow }} />
        </Reveal>
      ) : null}
    </>
  );

  const column: CSSProperties = { position: 'absolute', alignItems: 'center', height: 'auto', gap: 18 * type.unit };
  return (
    <BrandCanvas background={props.background} color={props.text}>
      {product.ready ? (
        <Stage3D background={props.background} fog={[13, 30]}>
          <Promo3DScene palette={palette} product={product.image} />
        </Stage3D>
      ) : null}
      {L.side ? (
        <>
          <AbsoluteFill style={{ ...column, top: 0, bottom: 0, left: 'auto', ...L.column, justifyContent: 'center' }}>
            {titles}
            <div style={{ height: 10 * type.unit }} />
            {offer}
          </AbsoluteFill>
          <div style={{ position: 'absolute', left: L.badgeLeft, top: L.badgeTop }}>{badge}</div>
        </>
      ) : (
        <>
          <AbsoluteFill style={{ ...column, top: L.top, justifyContent: 'flex-start' }}>{titles}</AbsoluteFill>
          <AbsoluteFill style={{ ...column, top: 'auto', bottom: L.bottom, justifyContent: 'flex-end', gap: 14 * type.unit }}>{offer}</AbsoluteFill>
          <div style={{ position: 'absolute', left: L.badgeLeft, top: L.badgeTop }}>{badge}</div>
        </>
      )}
      {props.logo ? (
        <Img src={props.logo} style={{ position: 'absolute', top: 40 * type.unit, left: 40 * type.unit, height: 64 * type.unit, maxWidth: 220 * type.unit, objectFit: 'contain', opacity: reveal(40) }} />
      ) : null}
      <Curtain color="#000000" opacity={interpolate(frame, [0, 10], [1, 0], clampBoth)} />
      <Curtain color={props.background} opacity={1 - exit} />
    </BrandCanvas>
  );
}
