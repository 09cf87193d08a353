import type { CSSProperties, ReactNode } from 'react';
import { AbsoluteFill, Easing, Img, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { BrandCanvas, byAspect, useAspect, useFontsReady, withAlpha } from '../../brand';
import { BrandMark, Glow, LightSweep, Particles, ramp, Vignette } from '../../brand/decor';
import { FitWords, GuardedFitText } from '../../brand/FitWords';
import { faText, fitMetrics } from '../../brand/textMetrics';
import type { TemplateProps } from '../../contract/define';
import { LAYOUTS, type PromoLayout } from './layout';
import type { InstaPromoMeta } from './meta';
import { ProductArt, Sticker } from './art';

type Props = TemplateProps<typeof InstaPromoMeta>;

/** Key frames (30 fps): the hero builds, then the offer (price, button) takes over. */
const T = { card: 4, brand: 8, headline: 24, description: 52, badge: 34, offer: 132, price: 150, cta: 184, contact: 200, tap: 222, exit: 282 };

const fa = (value: string) => faText(value.trim()).replace(/%/g, '٪');

export function InstaPromo(props: Props) {
  const frame = useCurrentFrame();
  const { width: W, height: H, fps } = useVideoConfig();
  const L = byAspect(useAspect(), LAYOUTS);
  const ready = useFontsReady();

  const headline = fa(props.headline);
  const description = fa(props.description);
  const price = fa(props.price);
  const oldPrice = fa(props.oldPrice);
  const contact = fa(props.contact);
  const hasOffer = price !== '' || oldPrice !== '';

  const springAt = (start: number, damping = 14) => spring({ frame: frame - start, fps, config: { damping, mass: 0.8 } });
  const phase = springAt(T.offer, 20);
  const exit = ramp(frame, T.exit, 299, Easing.in(Easing.cubic));

  // Text column: measured, so both phases stack exactly what is drawn.
  const hl = ready ? fitMetrics(headline, { width: L.colW, maxFontSize: L.headline, maxLines: L.headlineLines, fontWeight: 900, lineHeight: 1.25 }) : null;
  const ds = ready && description ? fitMetrics(description, { width: L.colW, maxFontSize: L.body, maxLines: L.bodyLines, fontWeight: 400, lineHeight: 1.6 }) : null;
  const priceH = (price ? L.price * 1.25 : 0) + (oldPrice ? L.price * 0.5 * 1.4 : 0);
  const ctaH = L.ctaH;
  const contactH = contact ? L.contact * 1.6 : 0;
  const g = L.gap;
  const heroH = (hl?.height ?? 0) + (ds ? g * 0.6 + ds.height : 0);
  const offerH = (hasOffer ? g * 1.3 + priceH : 0) + g * 1.3 + ctaH + (contactH ? g * 0.8 + contactH : 0);

  const cardA = L.cardA;
  const cardB = L.cardB;
  const card = {
    x: interpolate(phase, [0, 1], [cardA.x, cardB.x]),
    y: interpolate(phase, [0, 1], [cardA.y, cardB.y]),
    size: interpolate(phase, [0, 1], [cardA.size, cardB.size]),
    rot: interpolate(phase, [0, 1], [cardA.rot, cardB.rot]),
  };
  const topA = L.stacked ? cardA.y + cardA.size / 2 + L.belowCard : L.centerY - heroH / 2;
  const topB = L.stacked ? cardB.y + cardB.size / 2 + L.belowCard : L.centerY - (heroH + offerH) / 2;
  const top = interpolate(phase, [0, 1], [topA, topB]);
  const colLeft = L.stacked ? (W - L.colW) / 2 : W - L.margin - L.colW;
  const align = L.stacked ? 'center' : 'right';

  const cardIn = springAt(T.card, 13);
  const badgeIn = springAt(T.badge, 9);
  const brandIn = ramp(frame, T.brand, T.brand + 20);
  const descIn = ramp(frame, T.description, T.description + 22);
  const priceIn = ramp(frame, T.price, T.price + 20);
  const strike = ramp(frame, T.price + 16, T.price + 32, Easing.inOut(Easing.quad));
  const newPriceIn = springAt(T.price + 24, 10);
  const ctaIn = springAt(T.cta, 12);
  const contactIn = ramp(frame, T.contact, T.contact + 20);
  const press = interpolate(frame, [T.tap, T.tap + 4, T.tap + 12], [1, 0.93, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const ripple = ramp(frame, T.tap + 2, T.tap + 30, Easing.out(Easing.quad));
  const pulse = frame > T.tap + 30 ? 1 + 0.025 * Math.sin((frame - T.tap) / 5) : 1;

  let y = top + (hl?.height ?? 0);
  const descTop = y + g * 0.6;
  y += ds ? g * 0.6 + ds.height : 0;
  const priceTop = y + g * 1.3;
  if (hasOffer) y += g * 1.3 + priceH;
  const ctaTop = y + g * 1.3;
  y += g * 1.3 + ctaH;
  const contactTop = y + g * 0.8;

  const out = (delay: number): CSSProperties => {
    const p = ramp(frame, T.exit + delay, T.exit + delay + 12, Easing.in(Easing.cubic));
    return { opacity: 1 - p, transform: `translateY(${p * -30}px)` };
  };
  // Exits live on a wrapper layer so they never overwrite an element's own entrance.
  const exitLayer = (delay: number, node: ReactNode) => <AbsoluteFill style={out(delay)}>{node}</AbsoluteFill>;
  const float = Math.sin(frame / 22) * 8;

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <Backdrop {...props} card={card} />

      {/* Product card: springs up with a tilt, floats, then steps back for the offer. */}
      <div
        style={{
          position: 'absolute',
          left: card.x - card.size / 2,
          top: card.y - card.size / 2 + (1 - cardIn) * H * 0.45 + float,
          width: card.size,
          height: card.size,
          transform: `rotate(${card.rot + (1 - cardIn) * -14}deg) scale(${(0.85 + 0.15 * cardIn) * (1 - exit * 0.15)})`,
          opacity: Math.min(1, cardIn * 1.5) * (1 - exit),
          borderRadius: card.size * 0.07,
          overflow: 'hidden',
          boxShadow: `0 ${card.size * 0.06}px ${card.size * 0.12}px ${withAlpha('#000000', 0.45)}, 0 0 0 ${Math.max(4, card.size * 0.008)}px ${withAlpha(props.text, 0.92)}`,
        }}
      >
        {props.photo.trim() ? (
          <Img src={props.photo} style={{ width: '100%', height: '100%', objectFit: 'cover', transform: `scale(${1.04 + frame * 0.0004})` }} />
        ) : (
          <ProductArt size={card.size} frame={frame} primary={props.primary} secondary={props.secondary} accent={props.accent} ink={props.text} background={props.background} name={props.brandName} />
        )}
        <LightSweep progress={ramp(frame, 96, 126, Easing.inOut(Easing.quad))} strength={0.45} />
      </div>

      {props.badge.trim() ? (
        <div
          style={{
            position: 'absolute',
            left: card.x - card.size / 2 - L.badge * 0.32,
            top: card.y - card.size / 2 - L.badge * 0.3 + float * 0.5,
            width: L.badge,
            height: L.badge,
            transform: `scale(${badgeIn * (1 - exit)}) rotate(${(1 - badgeIn) * -120 - 12 + Math.sin(frame / 18) * 4}deg)`,
          }}
        >
          <Sticker size={L.badge} text={fa(props.badge)} frame={frame} fill={props.accent} ink={props.background} ring={props.primary} />
        </div>
      ) : null}

      <BrandBar {...props} L={L} appear={brandIn} style={out(0)} />

      {/* Headline, word by word. */}
      {exitLayer(
        2,
      <div style={{ position: 'absolute', left: colLeft, top, width: L.colW }}>
        <FitWords
          text={headline}
          width={L.colW}
          maxFontSize={L.headline}
          maxLines={L.headlineLines}
          fontWeight={900}
          lineHeight={1.25}
          align={align}
          style={{ textWrap: 'balance' }}
          wordStyle={(i) => {
            const p = ramp(frame, T.headline + i * 4, T.headline + i * 4 + 16);
            return { opacity: p, top: (1 - p) * 40 };
          }}
        />
      </div>
      )}

      {exitLayer(4, description ? (
        <div style={{ position: 'absolute', left: colLeft, top: descTop + (1 - descIn) * 24, width: L.colW, opacity: descIn }}>
          <GuardedFitText text={description} width={L.colW} maxFontSize={L.body} maxLines={L.bodyLines} fontWeight={400} lineHeight={1.6} align={align} color={withAlpha(props.text, 0.85)} style={{ textWrap: 'balance' }} />
        </div>
      ) : null)}

      {exitLayer(6, hasOffer ? (
        <div
          style={{
            position: 'absolute',
            left: colLeft,
            top: priceTop,
            width: L.colW,
            height: priceH,
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            alignItems: L.stacked ? 'center' : 'flex-start',
            opacity: priceIn,
          }}
        >
          {/* The old price sits small above the new one and gets struck through. */}
          {oldPrice ? (
            <div style={{ position: 'relative' }}>
              <GuardedFitText
                text={oldPrice}
                width={L.colW}
                maxFontSize={L.price * 0.5}
                maxLines={1}
                fontWeight={500}
                lineHeight={1.4}
                color={withAlpha(props.text, 0.6)}
                style={{ width: 'auto', maxWidth: L.colW, whiteSpace: 'nowrap' }}
              />
              <div style={{ position: 'absolute', right: -6, top: '50%', height: 4, width: `calc(${strike * 100}% + ${strike * 12}px)`, background: props.primary, borderRadius: 2, transform: 'rotate(-4deg)' }} />
            </div>
          ) : null}
          {price ? (
            <div style={{ transform: `scale(${0.6 + 0.4 * newPriceIn})`, opacity: Math.min(1, newPriceIn * 2), transformOrigin: L.stacked ? 'center' : 'right center' }}>
              <GuardedFitText
                text={price}
                width={L.colW}
                maxFontSize={L.price}
                maxLines={1}
                fontWeight={900}
                lineHeight={1.25}
                color={props.accent}
                style={{ width: 'auto', maxWidth: L.colW, whiteSpace: 'nowrap' }}
              />
            </div>
          ) : null}
        </div>
      ) : null)}

      {/* Call to action: pops in, gets tapped, then breathes. */}
      {exitLayer(
        8,
      <div
        style={{
          position: 'absolute',
          left: L.stacked ? (W - L.ctaW) / 2 : W - L.margin - L.ctaW,
          top: ctaTop,
          width: L.ctaW,
          height: ctaH,
          transform: `scale(${ctaIn * press * pulse})`,
          opacity: Math.min(1, ctaIn * 2),
        }}
      >
        <CtaButton {...props} L={L} ripple={ripple} />
      </div>
      )}

      {exitLayer(10, contact ? (
        <div
          style={{
            position: 'absolute',
            left: colLeft,
            top: contactTop,
            width: L.colW,
            display: 'flex',
            alignItems: 'center',
            justifyContent: L.stacked ? 'center' : 'flex-start',
            gap: L.contact * 0.5,
            opacity: contactIn,
          }}
        >
          <InstagramGlyph size={L.contact * 1.25} color={props.accent} />
          <GuardedFitText text={contact} width={L.colW - L.contact * 2} maxFontSize={L.contact} maxLines={1} fontWeight={500} color={withAlpha(props.text, 0.9)} style={{ width: 'auto', maxWidth: L.colW - L.contact * 2, whiteSpace: 'nowrap' }} />
        </div>
      ) : null)}

      <Cursor frame={frame} x={(L.stacked ? W / 2 : W - L.margin - L.ctaW / 2) - L.ctaW * 0.18} y={ctaTop + ctaH * 0.62} size={L.ctaH * 0.8} ink={props.text} />

      <Vignette strength={0.35} />
      <AbsoluteFill style={{ background: props.background, opacity: exit * 0.9 }} />
    </BrandCanvas>
  );
}

function Backdrop({ card, ...props }: Props & { card: { x: number; y: number; size: number } }) {
  const frame = useCurrentFrame();
  const { width: W, height: H } = useVideoConfig();
  const long = Math.max(W, H);
  const intro = ramp(frame, 0, 24);
  return (
    <>
      <AbsoluteFill
        style={{
          background: `radial-gradient(ellipse at 85% 10%, ${withAlpha(props.primary, 0.5)} 0%, transparent 50%), radial-gradient(ellipse at 10% 95%, ${withAlpha(props.secondary, 0.35)} 0%, transparent 55%)`,
          opacity: intro,
        }}
      />
      {/* Diagonal pinstripes, drifting. */}
      <AbsoluteFill
        style={{
          backgroundImage: `repeating-linear-gradient(135deg, ${withAlpha(props.text, 0.035)} 0px, ${withAlpha(props.text, 0.035)} 2px, transparent 2px, transparent 38px)`,
          backgroundPosition: `${frame * 0.6}px 0`,
          opacity: intro,
        }}
      />
      <Glow x={card.x} y={card.y} size={card.size * 2.1} color={props.primary} opacity={0.9 * intro} />
      <Blob x={card.x + card.size * 0.55} y={card.y + card.size * 0.42} size={card.size * 0.55} color={props.secondary} frame={frame} phase={0} />
      <Blob x={card.x - card.size * 0.6} y={card.y - card.size * 0.3} size={card.size * 0.3} color={props.accent} frame={frame} phase={2} />
      <Rings x={card.x} y={card.y} r={card.size * 0.78} color={props.text} frame={frame} />
      <Particles count={Math.round(long / 40)} seed="insta" width={W} height={H} colors={[props.accent, props.text, props.secondary]} size={[2, 5]} rise={0.8} opacity={0.5 * intro} />
    </>
  );
}

function Blob({ x, y, size, color, frame, phase }: { x: number; y: number; size: number; color: string; frame: number; phase: number }) {
  const grow = ramp(frame, 10 + phase * 6, 40 + phase * 6);
  const r = 42 + Math.sin(frame / 25 + phase) * 6;
  return (
    <div
      style={{
        position: 'absolute',
        left: x - size / 2 + Math.sin(frame / 40 + phase) * 16,
        top: y - size / 2 + Math.cos(frame / 35 + phase) * 16,
        width: size,
        height: size,
        borderRadius: `${r}% ${100 - r}% ${55 + Math.sin(frame / 30) * 8}% ${45}% / ${50}% ${40}% ${60}% ${50}%`,
        background: `linear-gradient(135deg, ${withAlpha(color, 0.9)}, ${withAlpha(color, 0.35)})`,
        transform: `scale(${grow}) rotate(${frame * 0.4}deg)`,
        opacity: 0.8,
      }}
    />
  );
}

function Rings({ x, y, r, color, frame }: { x: number; y: number; r: number; color: string; frame: number }) {
  const draw = ramp(frame, 14, 60);
  return (
    <svg style={{ position: 'absolute', left: x - r * 1.3, top: y - r * 1.3, overflow: 'visible' }} width={r * 2.6} height={r * 2.6} viewBox={`${-r * 1.3} ${-r * 1.3} ${r * 2.6} ${r * 2.6}`}>
      <circle r={r} fill="none" stroke={withAlpha(color, 0.25)} strokeWidth={2} strokeDasharray="4 14" transform={`rotate(${frame * 0.3})`} opacity={draw} />
      <circle r={r * 1.18} fill="none" stroke={withAlpha(color, 0.12)} strokeWidth={2} pathLength={1} strokeDasharray={1} strokeDashoffset={1 - draw} transform={`rotate(${-90 - frame * 0.2})`} />
    </svg>
  );
}

function BrandBar({ L, appear, style, ...props }: Props & { L: PromoLayout; appear: number; style: CSSProperties }) {
  const { width: W } = useVideoConfig();
  const box = L.stacked ? W - L.margin * 2 - L.brandMark * 1.5 : L.colW - L.brandMark * 1.5;
  return (
    <div
      style={{
        position: 'absolute',
        top: L.brandTop,
        right: L.margin,
        left: L.stacked ? L.margin : undefined,
        display: 'flex',
        alignItems: 'center',
        justifyContent: L.stacked ? 'center' : 'flex-start',
        gap: L.brandMark * 0.3,
        opacity: appear * (style.opacity === undefined ? 1 : Number(style.opacity)),
        transform: `translateY(${(1 - appear) * -30}px)`,
      }}
    >
      <BrandMark src={props.logo} name={props.brandName} size={L.brandMark} primary={props.primary} secondary={props.secondary} accent={props.accent} ink={props.text} />
      <GuardedFitText text={faText(props.brandName)} width={box} maxFontSize={L.brandFont} maxLines={1} fontWeight={800} style={{ width: 'auto', maxWidth: box, whiteSpace: 'nowrap' }} />
    </div>
  );
}

function CtaButton({ L, ripple, ...props }: Props & { L: PromoLayout; ripple: number }) {
  const h = L.ctaH;
  const arrow = h * 0.36;
  const label = L.ctaW - h * 1.2 - h * 0.5;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        borderRadius: h / 2,
        background: `linear-gradient(90deg, ${props.secondary}, ${props.primary})`,
        boxShadow: `0 ${h * 0.18}px ${h * 0.4}px ${withAlpha(props.primary, 0.55)}, inset 0 2px 0 ${withAlpha('#ffffff', 0.35)}`,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        padding: `0 ${h * 0.42}px 0 ${h * 0.14}px`,
        boxSizing: 'border-box',
        position: 'relative',
        overflow: 'hidden',
      }}
    >
      <GuardedFitText text={faText(props.cta)} width={label} maxFontSize={L.ctaFont} maxLines={1} fontWeight={800} color={props.text} style={{ width: label, textAlign: 'center' }} />
      <div style={{ width: h * 0.72, height: h * 0.72, borderRadius: '50%', background: props.text, display: 'flex', alignItems: 'center', justifyContent: 'center', flexShrink: 0 }}>
        <svg width={arrow} height={arrow} viewBox="0 0 24 24">
          <path d="M20 12H5M11 5l-7 7 7 7" fill="none" stroke={props.primary} strokeWidth={3} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
      {ripple > 0 && ripple < 1 ? (
        <div
          style={{
            position: 'absolute',
            left: L.ctaW * 0.32 - L.ctaW * ripple,
            top: h * 0.62 - L.ctaW * ripple,
            width: L.ctaW * ripple * 2,
            height: L.ctaW * ripple * 2,
            borderRadius: '50%',
            background: withAlpha('#ffffff', 0.35 * (1 - ripple)),
          }}
        />
      ) : null}
    </div>
  );
}

/** A pointer that glides onto the button, taps it and leaves. */
function Cursor({ frame, x, y, size, ink }: { frame: number; x: number; y: number; size: number; ink: string }) {
  const arrive = ramp(frame, T.tap - 18, T.tap, Easing.out(Easing.cubic));
  const leave = ramp(frame, T.tap + 22, T.tap + 40, Easing.in(Easing.cubic));
  if (arrive <= 0 || leave >= 1) return null;
  const dx = (1 - arrive) * size * 2.2 + leave * size * 2;
  const dy = (1 - arrive) * size * 1.6 + leave * size * 1.5;
  const press = interpolate(frame, [T.tap, T.tap + 4, T.tap + 12], [1, 0.85, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      style={{ position: 'absolute', left: x + dx, top: y + dy, transform: `scale(${press})`, opacity: arrive * (1 - leave), filter: `drop-shadow(0 4px 8px ${withAlpha('#000000', 0.5)})` }}
    >
      <path d="M5 2l14 9.5-6.2 1.3 3.6 7-2.9 1.4-3.6-7L5 18z" fill={ink} stroke="#000000" strokeWidth={1} strokeLinejoin="round" />
    </svg>
  );
}

function InstagramGlyph({ size, color }: { size: number; color: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" style={{ flexShrink: 0 }}>
      <rect x={2.5} y={2.5} width={19} height={19} rx={5.5} fill="none" stroke={color} strokeWidth={2.2} />
      <circle cx={12} cy={12} r={4.4} fill="none" stroke={color} strokeWidth={2.2} />
      <circle cx={17.4} cy={6.6} r={1.3} fill={color} />
    </svg>
  );
}
