import { AbsoluteFill, Easing, Img, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { BrandCanvas, byAspect, toPersianDigits, useAspect, withAlpha } from '../../brand';
import { Glow, ramp, Vignette } from '../../brand/decor';
import { FitWords, GuardedFitText } from '../../brand/FitWords';
import { faText } from '../../brand/textMetrics';
import type { Aspect } from '../../contract/aspects';
import type { TemplateProps } from '../../contract/define';
import { Balloons, Bokeh, Cake, Confetti, Sparkles } from './art';
import type { HappyBirthdayMeta } from './meta';

type Props = TemplateProps<typeof HappyBirthdayMeta>;

/** Key frames (30 fps). */
const T = { confetti: 8, greeting: 10, name: 30, photo: 44, badge: 72, count: [78, 118] as const, message: 104, sender: 150, shine: 170, exit: 280 };

interface Layout {
  photo: { x: number; y: number; size: number };
  badge: { x: number; y: number; size: number };
  /** The text block: a column centred in this box. */
  text: { top: number; height: number; right: number; width: number; align: 'right' | 'center' };
  greeting: number;
  name: number;
  nameLines: number;
  message: number;
  messageLines: number;
  sender: number;
  /** Where balloons may rise (fractions of the width), clear of the words. */
  lanes: Array<[number, number]>;
}

const LAYOUT: Record<Aspect, Layout> = {
  '16:9': {
    photo: { x: 540, y: 520, size: 560 },
    badge: { x: 790, y: 760, size: 220 },
    text: { top: 120, height: 840, right: 200, width: 800, align: 'right' },
    greeting: 96,
    name: 190,
    nameLines: 2,
    message: 42,
    messageLines: 3,
    sender: 36,
    lanes: [
      [0.03, 0.12],
      [0.93, 0.98],
    ],
  },
  '1:1': {
    photo: { x: 540, y: 290, size: 380 },
    badge: { x: 735, y: 400, size: 160 },
    text: { top: 500, height: 540, right: 110, width: 860, align: 'center' },
    greeting: 64,
    name: 132,
    nameLines: 1,
    message: 34,
    messageLines: 2,
    sender: 28,
    lanes: [
      [0.01, 0.09],
      [0.91, 0.99],
    ],
  },
  '9:16': {
    photo: { x: 540, y: 560, size: 600 },
    badge: { x: 800, y: 780, size: 230 },
    text: { top: 920, height: 900, right: 70, width: 940, align: 'center' },
    greeting: 96,
    name: 180,
    nameLines: 2,
    message: 46,
    messageLines: 3,
    sender: 38,
    lanes: [
      [0.02, 0.12],
      [0.88, 0.98],
    ],
  },
};

export function HappyBirthday(props: Props) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const aspect = useAspect();
  const L = byAspect(aspect, LAYOUT);
  const pop = (start: number, damping = 11) => spring({ frame: frame - start, fps, config: { damping, mass: 0.8 } });
  const festive = [props.primary, props.secondary, props.accent, props.text];
  const showBalloons = props.decoration !== 'confetti';
  const showConfetti = props.decoration !== 'balloons';

  const photoIn = pop(T.photo, 13);
  const badgeIn = pop(T.badge, 9);
  const nameIn = pop(T.name, 10);
  const senderIn = ramp(frame, T.sender, T.sender + 20);
  const shine = ramp(frame, T.shine, T.shine + 40, Easing.inOut(Easing.quad));
  const exit = ramp(frame, T.exit, 299, Easing.in(Easing.cubic));
  const ringDraw = ramp(frame, T.photo + 4, T.photo + 40);
  const counted = Math.round(props.age * ramp(frame, T.count[0], T.count[1], Easing.out(Easing.cubic)));

  const greeting = faText(props.greeting);
  const name = faText(props.name);
  const message = faText(props.message.trim());
  const sender = faText(props.sender.trim());
  const ageLabel = faText(props.ageLabel.trim());
  const { photo: P, badge: B } = L;
  const float = Math.sin(frame / 32) * 8;

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill
        style={{
          background: `radial-gradient(ellipse at 50% 0%, ${withAlpha(props.primary, 0.45)} 0%, ${withAlpha(props.primary, 0.22)} 30%, ${withAlpha(props.primary, 0.07)} 55%, transparent 80%), radial-gradient(ellipse at 50% 110%, ${withAlpha(props.secondary, 0.35)} 0%, ${withAlpha(props.secondary, 0.12)} 35%, transparent 70%)`,
        }}
      />
      <Bokeh colors={[props.secondary, props.accent, props.primary]} count={14} />
      {showBalloons ? <Balloons colors={[props.primary, props.accent, props.secondary, props.text]} count={byAspect(aspect, { '16:9': 10, '1:1': 8, '9:16': 9 })} lanes={L.lanes} /> : null}

      {/* Photo (or the cake) in a round frame with a turning dashed ring. */}
      <div style={{ position: 'absolute', left: P.x - P.size / 2, top: P.y - P.size / 2 + float, width: P.size, height: P.size, transform: `scale(${photoIn * (1 - exit * 0.2)})`, opacity: 1 - exit }}>
        <Glow x={P.size / 2} y={P.size / 2} size={P.size * 1.9} color={props.primary} opacity={0.9} />
        <svg width={P.size * 1.24} height={P.size * 1.24} viewBox="-62 -62 124 124" style={{ position: 'absolute', left: -P.size * 0.12, top: -P.size * 0.12, overflow: 'visible' }}>
          <circle r={58} fill="none" stroke={props.accent} strokeWidth={1} strokeDasharray="1.5 3.5" transform={`rotate(${frame * 0.4})`} opacity={ringDraw} />
          <circle r={55} fill="none" stroke={withAlpha(props.text, 0.8)} strokeWidth={1.6} pathLength={1} strokeDasharray={1} strokeDashoffset={1 - ringDraw} transform="rotate(-90)" />
        </svg>
        <div
          style={{
            width: P.size,
            height: P.size,
            borderRadius: '50%',
            overflow: 'hidden',
            border: `${P.size * 0.022}px solid ${props.text}`,
            boxSizing: 'border-box',
            boxShadow: `0 ${P.size * 0.05}px ${P.size * 0.12}px ${withAlpha('#000000', 0.4)}`,
            position: 'relative',
          }}
        >
          {props.photo.trim() ? (
            <Img src={props.photo} style={{ width: '100%', height: '100%', objectFit: 'cover', transform: `scale(${1.02 + frame * 0.0003})` }} />
          ) : (
            <Cake size={P.size} primary={props.primary} secondary={props.secondary} accent={props.accent} ink={props.text} background={props.background} />
          )}
        </div>
        <svg width={P.size} height={P.size} style={{ position: 'absolute', inset: 0, overflow: 'visible' }}>
          <Sparkles cx={P.size / 2} cy={P.size / 2} radius={P.size * 0.62} color={props.accent} count={7} seed="hb-photo" frame={frame} />
        </svg>
      </div>

      {props.age > 0 ? (
        <div
          style={{
            position: 'absolute',
            left: B.x - B.size / 2,
            top: B.y - B.size / 2 + float * 0.6,
            width: B.size,
            height: B.size,
            borderRadius: '50%',
            background: `radial-gradient(circle at 35% 30%, ${withAlpha('#ffffff', 0.6)} 0%, ${props.accent} 35%, ${props.secondary} 100%)`,
            boxShadow: `0 ${B.size * 0.06}px ${B.size * 0.16}px ${withAlpha('#000000', 0.4)}, 0 0 0 ${B.size * 0.03}px ${props.text}`,
            transform: `scale(${badgeIn * (1 - exit)}) rotate(${(1 - badgeIn) * 90 - 8}deg)`,
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            color: props.background,
          }}
        >
          <GuardedFitText text={toPersianDigits(counted)} width={B.size * 0.72} maxFontSize={B.size * 0.44} maxLines={1} fontWeight={900} lineHeight={1.05} color={props.background} />
          {ageLabel ? <GuardedFitText text={ageLabel} width={B.size * 0.66} maxFontSize={B.size * 0.14} maxLines={1} fontWeight={700} lineHeight={1.2} color={props.background} /> : null}
        </div>
      ) : null}

      {/* A soft pool of background colour under the words keeps them legible over balloons. */}
      <div
        style={{
          position: 'absolute',
          top: L.text.top - L.text.height * 0.1,
          height: L.text.height * 1.2,
          right: L.text.right - L.text.width * 0.15,
          width: L.text.width * 1.3,
          background: `radial-gradient(ellipse closest-side, ${withAlpha(props.background, 0.6)} 0%, ${withAlpha(props.background, 0.3)} 60%, transparent 100%)`,
        }}
      />

      {/* The words: greeting, the name in gold, the message, the sender. */}
      <div
        style={{
          position: 'absolute',
          top: L.text.top,
          height: L.text.height,
          right: L.text.right,
          width: L.text.width,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          alignItems: L.text.align === 'center' ? 'center' : 'flex-start',
          gap: L.message * 0.45,
          opacity: 1 - exit,
          transform: `translateY(${-exit * 30}px)`,
        }}
      >
        <FitWords
          text={greeting}
          width={L.text.width}
          maxFontSize={L.greeting}
          maxLines={1}
          fontWeight={800}
          lineHeight={1.3}
          align={L.text.align}
          color={props.text}
          wordStyle={(i) => {
            const s = pop(T.greeting + i * 6, 9);
            return { opacity: Math.min(1, s * 2), top: (1 - s) * 50 };
          }}
        />
        <div style={{ transform: `scale(${0.5 + 0.5 * nameIn})`, opacity: Math.min(1, nameIn * 2), transformOrigin: L.text.align === 'center' ? 'center' : 'right center' }}>
          <GuardedFitText
            text={name}
            width={L.text.width}
            maxFontSize={L.name}
            maxLines={L.nameLines}
            fontWeight={900}
            lineHeight={1.2}
            align={L.text.align}
            style={{
              backgroundImage: `linear-gradient(100deg, ${props.accent} 0%, ${props.text} 45%, #ffffff 50%, ${props.text} 55%, ${props.secondary} 100%)`,
              backgroundSize: '260% 100%',
              backgroundPosition: `${100 - shine * 100}% 0`,
              WebkitBackgroundClip: 'text',
              backgroundClip: 'text',
              color: 'transparent',
              filter: `drop-shadow(0 8px 24px ${withAlpha(props.primary, 0.6)})`,
              textWrap: 'balance',
            }}
          />
        </div>
        {message ? (
          <FitWords
            text={message}
            width={L.text.width}
            maxFontSize={L.message}
            maxLines={L.messageLines}
            fontWeight={400}
            lineHeight={1.65}
            align={L.text.align}
            color={withAlpha(props.text, 0.9)}
            style={{ textWrap: 'balance' }}
            wordStyle={(i) => {
              const p = ramp(frame, T.message + i * 2.2, T.message + i * 2.2 + 14);
              return { opacity: p, top: (1 - p) * 18 };
            }}
          />
        ) : null}
        {sender ? (
          <div style={{ display: 'flex', alignItems: 'center', gap: L.sender * 0.4, opacity: senderIn, transform: `translateY(${(1 - senderIn) * 20}px)`, marginTop: L.sender * 0.3 }}>
            <Heart size={L.sender * 1.1} color={props.primary} beat={frame} />
            <GuardedFitText text={sender} width={L.text.width * 0.8} maxFontSize={L.sender} maxLines={1} fontWeight={700} color={props.accent} style={{ width: 'auto', maxWidth: L.text.width * 0.8, whiteSpace: 'nowrap' }} />
          </div>
        ) : null}
      </div>

      {showConfetti ? <Confetti colors={festive} count={byAspect(aspect, { '16:9': 110, '1:1': 80, '9:16': 110 })} start={T.confetti} /> : null}
      <Vignette strength={0.45} />
      <AbsoluteFill style={{ background: props.background, opacity: interpolate(exit, [0, 1], [0, 0.85]) }} />
      <AbsoluteFill style={{ background: props.background, opacity: 1 - ramp(frame, 0, 12) }} />
    </BrandCanvas>
  );
}

function Heart({ size, color, beat }: { size: number; color: string; beat: number }) {
  const pulse = 1 + Math.max(0, Math.sin(beat / 6)) ** 8 * 0.2;
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" style={{ transform: `scale(${pulse})`, flexShrink: 0 }}>
      <path d="M12 21s-7.5-4.6-9.6-9.3C.9 8.3 3 4.5 6.6 4.5c2.1 0 3.6 1.2 4.4 2.6.8-1.4 2.3-2.6 4.4-2.6 3.6 0 5.7 3.8 4.2 7.2C19.5 16.4 12 21 12 21z" fill={color} />
    </svg>
  );
}
