import type { CSSProperties } from 'react';
import { AbsoluteFill, Img, interpolate, interpolateColors, spring, useCurrentFrame } from 'remotion';
import { BrandCanvas, easeOut, type Rect, useTemplateBasics, withAlpha } from '../../brand';
import { FitWords, GuardedFitText } from '../../brand/FitWords';
import { Rosette } from '../../brand/ornaments';
import { displayText } from '../../brand/persianText';
import { BokehField } from '../../brand/sparkles';
import type { TemplateProps } from '../../contract/define';
import type { QuoteCardMeta } from './meta';

type Props = TemplateProps<typeof QuoteCardMeta>;
interface Layout {
  align: 'right' | 'center';
  inset: number;
  mark: { cx: number; cy: number; size: number };
  quote: Rect & { size: number; lines: number };
  /** Author block: a column (avatar over name) or a row (avatar beside name). */
  author: Rect & { mode: 'column' | 'row'; avatar: number; name: number };
  rule: { x: number; y: number; length: number; vertical: boolean };
  signature: Rect;
  rosettes: Array<{ cx: number; cy: number; size: number; opacity: number }>;
}

const LAYOUTS: Record<'16:9' | '1:1' | '9:16', Layout> = {
  '16:9': {
    align: 'right',
    inset: 56,
    mark: { cx: 1700, cy: 232, size: 120 },
    quote: { x: 770, y: 300, w: 1000, h: 560, size: 84, lines: 5 },
    author: { x: 150, y: 250, w: 440, h: 580, mode: 'column', avatar: 290, name: 50 },
    rule: { x: 680, y: 230, length: 620, vertical: true },
    signature: { x: 460, y: 940, w: 1000, h: 50 },
    rosettes: [
      { cx: 1780, cy: 110, size: 820, opacity: 0.08 },
      { cx: 120, cy: 1020, size: 520, opacity: 0.06 },
    ],
  },
  '1:1': {
    align: 'center',
    inset: 40,
    mark: { cx: 540, cy: 150, size: 104 },
    quote: { x: 110, y: 220, w: 860, h: 480, size: 68, lines: 6 },
    author: { x: 100, y: 780, w: 880, h: 120, mode: 'row', avatar: 116, name: 46 },
    rule: { x: 540, y: 736, length: 140, vertical: false },
    signature: { x: 240, y: 952, w: 600, h: 46 },
    rosettes: [
      { cx: 1000, cy: 80, size: 560, opacity: 0.08 },
      { cx: 60, cy: 1010, size: 420, opacity: 0.06 },
    ],
  },
  '9:16': {
    align: 'center',
    inset: 48,
    mark: { cx: 540, cy: 330, size: 150 },
    quote: { x: 100, y: 440, w: 880, h: 800, size: 76, lines: 8 },
    author: { x: 100, y: 1340, w: 880, h: 380, mode: 'column', avatar: 190, name: 56 },
    rule: { x: 540, y: 1290, length: 160, vertical: false },
    signature: { x: 190, y: 1780, w: 700, h: 54 },
    rosettes: [
      { cx: 540, cy: 330, size: 900, opacity: 0.07 },
      { cx: 1000, cy: 1880, size: 560, opacity: 0.05 },
    ],
  },
};

const GRAIN = `url("data:image/svg+xml;utf8,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='240'><filter id='n'><feTurbulence type='fractalNoise' baseFrequency='0.85' numOctaves='2' stitchTiles='stitch'/><feColorMatrix values='0 0 0 0 0.2  0 0 0 0 0.15  0 0 0 0 0.1  0 0 0 0.55 -0.12'/></filter><rect width='100%' height='100%' filter='url(#n)'/></svg>",
)}")`;

function QuoteMark({ size, color, progress }: { size: number; color: string; progress: number }) {
  // Two teardrop marks; Persian opens a quote on the right, so they sit reading from the right.
  const drop = 'M10 64 C10 36 28 12 58 2 L61 9 C43 18 35 29 34 40 A24 24 0 1 1 10 64 Z';
  return (
    <svg width={size * 1.6} height={size} viewBox="-6 -6 150 100" style={{ overflow: 'visible', opacity: progress, transform: `scale(${0.4 + progress * 0.6}) rotate(${(1 - progress) * -30}deg)` }}>
      <path d={drop} fill={color} transform="translate(0 0)" />
      <path d={drop} fill={color} transform="translate(70 0)" />
    </svg>
  );
}

function Avatar({ props, size, enter }: { props: Props; size: number; enter: number }) {
  const frame = useCurrentFrame();
  const initial = Array.from(props.author.trim())[0] ?? '';
  const ring = interpolate(enter, [0, 1], [0, 1]);
  return (
    <div style={{ position: 'relative', width: size, height: size, flexShrink: 0, transform: `scale(${0.7 + enter * 0.3})`, opacity: enter }}>
      <svg width={size} height={size} viewBox="-50 -50 100 100" style={{ position: 'absolute', inset: 0, overflow: 'visible', transform: `rotate(${frame * 0.2}deg)` }}>
        <circle r={49} fill="none" stroke={props.accent} strokeWidth={1.2} pathLength={1} strokeDasharray="1" strokeDashoffset={1 - ring} />
        <circle r={49} fill="none" stroke={props.accent} strokeWidth={3.4} pathLength={100} strokeDasharray="0.6 5.65" strokeDashoffset={0} opacity={ring} />
      </svg>
      <div style={{ position: 'absolute', inset: size * 0.08, borderRadius: '50%', overflow: 'hidden', background: props.primary, boxShadow: `0 ${size * 0.05}px ${size * 0.12}px ${withAlpha(props.primary, 0.3)}` }}>
        {props.photo ? (
          <Img src={props.photo} style={{ width: '100%', height: '100%', objectFit: 'cover' }} />
        ) : (
          <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', background: `radial-gradient(circle at 35% 30%, ${withAlpha(props.secondary, 0.9)}, ${props.primary})` }}>
            <Rosette size={size * 0.78} color={withAlpha(props.accent, 0.55)} strokeWidth={1} draw={ring} style={{ position: 'absolute' }} />
            <div style={{ position: 'relative', fontWeight: 800, fontSize: size * 0.36, lineHeight: 1, color: props.background, marginTop: -size * 0.04 }}>{initial}</div>
          </div>
        )}
      </div>
    </div>
  );
}

export function QuoteCard(props: Props) {
  const { frame, fps, width, height, L, exit } = useTemplateBasics(LAYOUTS, 24);

  const quote = displayText(props.quote);
  const wordCount = quote.split(' ').length;
  const revealStart = 26;
  const step = Math.min(5, 95 / Math.max(1, wordCount));
  const revealEnd = props.reveal === 'words' ? revealStart + step * wordCount + 12 : revealStart + 36;
  const after = Math.round(revealEnd + 6);

  const borderDraw = interpolate(frame, [0, 40], [0, 1], { extrapolateRight: 'clamp', easing: easeOut });
  const markIn = spring({ frame: frame - 10, fps, config: { damping: 12, mass: 0.8 } });
  const ruleIn = interpolate(frame, [after, after + 20], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
  const authorIn = spring({ frame: frame - after - 8, fps, config: { damping: 15 } });
  const sourceIn = spring({ frame: frame - after - 16, fps, config: { damping: 18 } });
  const signIn = spring({ frame: frame - after - 26, fps, config: { damping: 20 } });
  const fadeIn = interpolate(frame, [revealStart, revealStart + 36], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });

  const wordStyle = (index: number): CSSProperties => {
    const start = revealStart + index * step;
    const p = interpolate(frame, [start, start + 14], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
    const settle = interpolate(frame, [start + 6, start + 30], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
    return { opacity: p, top: (1 - p) * L.quote.size * 0.4, color: interpolateColors(settle, [0, 1], [props.accent, props.text]) };
  };

  const inset = L.inset;
  const perimeter = 2 * (width + height - 4 * inset);
  const authorAlign = L.author.mode === 'row' ? 'right' : 'center';
  const nameWidth = L.author.mode === 'row' ? L.author.w - L.author.avatar - 40 : L.author.w;

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill style={{ background: `radial-gradient(ellipse at 50% 40%, ${withAlpha('#ffffff', 0.35)}, transparent 60%)` }} />
      {L.rosettes.map((r, i) => (
        <div key={i} style={{ position: 'absolute', left: r.cx - r.size / 2, top: r.cy - r.size / 2, opacity: r.opacity, transform: `rotate(${frame * (i === 0 ? 0.08 : -0.1)}deg) scale(${1 + frame * 0.0003})` }}>
          <Rosette size={r.size} color={props.accent} strokeWidth={2} draw={interpolate(frame, [i * 10, 70 + i * 10], [0, 1], { extrapolateRight: 'clamp' })} />
        </div>
      ))}
      <AbsoluteFill style={{ backgroundImage: GRAIN, backgroundSize: '240px 240px', opacity: 0.5 }} />
      <AbsoluteFill style={{ boxShadow: `inset 0 0 ${Math.min(width, height) * 0.22}px ${withAlpha(props.primary, 0.22)}` }} />
      <BokehField width={width} height={height} count={18} seed="quote-dust" colors={[props.accent]} minRadius={3} maxRadius={9} drift={0.35} opacity={0.5 * exit} />

      <svg width={width} height={height} style={{ position: 'absolute', inset: 0, opacity: exit }}>
        <rect x={inset} y={inset} width={width - inset * 2} height={height - inset * 2} fill="none" stroke={props.primary} strokeWidth={2} strokeDasharray={perimeter} strokeDashoffset={perimeter * (1 - borderDraw)} opacity={0.55} />
        <rect x={inset + 12} y={inset + 12} width={width - inset * 2 - 24} height={height - inset * 2 - 24} fill="none" stroke={props.accent} strokeWidth={1} strokeDasharray={perimeter} strokeDashoffset={perimeter * (1 - borderDraw)} opacity={0.7} />
        {[
          [inset + 6, inset + 6],
          [width - inset - 6, inset + 6],
          [inset + 6, height - inset - 6],
          [width - inset - 6, height - inset - 6],
        ].map(([x, y], i) => (
          <g key={i} transform={`translate(${x} ${y}) rotate(${45 + frame * 0.3}) scale(${borderDraw})`}>
            <rect x={-9} y={-9} width={18} height={18} fill={props.background} stroke={props.accent} strokeWidth={2} />
            <rect x={-4} y={-4} width={8} height={8} fill={props.accent} />
          </g>
        ))}
      </svg>

      {/* a slow push-in keeps the card alive while it is being read */}
      <AbsoluteFill style={{ opacity: exit, transform: `translateY(${(1 - exit) * -30}px) scale(${1 + frame * 0.00012})` }}>
        <div style={{ position: 'absolute', left: L.mark.cx - L.mark.size * 0.8, top: L.mark.cy - L.mark.size / 2 }}>
          <QuoteMark size={L.mark.size} color={props.accent} progress={markIn} />
        </div>

        <div style={{ position: 'absolute', left: L.quote.x, top: L.quote.y, width: L.quote.w, height: L.quote.h, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          {props.reveal === 'words' ? (
            <FitWords text={quote} width={L.quote.w} maxFontSize={L.quote.size} maxLines={L.quote.lines} fontWeight={600} lineHeight={1.65} color={props.text} align={L.align} wordStyle={wordStyle} style={{ textWrap: 'balance' }} />
          ) : (
            <div style={{ opacity: fadeIn, transform: `translateY(${(1 - fadeIn) * 40}px)` }}>
              <GuardedFitText text={quote} width={L.quote.w} maxFontSize={L.quote.size} maxLines={L.quote.lines} fontWeight={600} lineHeight={1.65} color={props.text} align={L.align} style={{ textWrap: 'balance' }} />
            </div>
          )}
        </div>

        <div
          style={{
            position: 'absolute',
            background: `linear-gradient(${L.rule.vertical ? '180deg' : '90deg'}, transparent, ${props.accent}, transparent)`,
            ...(L.rule.vertical
              ? { left: L.rule.x - 1, top: L.rule.y, width: 2, height: L.rule.length, transform: `scaleY(${ruleIn})` }
              : { left: L.rule.x - L.rule.length / 2, top: L.rule.y - 1, width: L.rule.length, height: 3, transform: `scaleX(${ruleIn})` }),
          }}
        />

        <div
          style={{
            position: 'absolute',
            left: L.author.x,
            top: L.author.y,
            width: L.author.w,
            height: L.author.h,
            display: 'flex',
            flexDirection: L.author.mode === 'row' ? 'row' : 'column',
            alignItems: 'center',
            justifyContent: 'center',
            gap: L.author.mode === 'row' ? 32 : L.author.avatar * 0.14,
          }}
        >
          <Avatar props={props} size={L.author.avatar} enter={authorIn} />
          <div style={{ display: 'flex', flexDirection: 'column', alignItems: L.author.mode === 'row' ? 'flex-start' : 'center', gap: 6 }}>
            <div style={{ opacity: authorIn, transform: `translateY(${(1 - authorIn) * 20}px)` }}>
              <GuardedFitText
                text={displayText(props.author)}
                width={nameWidth}
                maxFontSize={L.author.name}
                maxLines={1}
                fontWeight={800}
                lineHeight={1.3}
                color={props.primary}
                align={authorAlign}
                style={L.author.mode === 'row' ? { width: 'auto', whiteSpace: 'nowrap' } : undefined}
              />
            </div>
            <div style={{ opacity: sourceIn * 0.85, transform: `translateY(${(1 - sourceIn) * 16}px)` }}>
              <GuardedFitText
                text={displayText(props.source)}
                width={nameWidth}
                maxFontSize={L.author.name * 0.62}
                maxLines={L.author.mode === 'row' ? 1 : 2}
                fontWeight={400}
                lineHeight={1.4}
                color={props.secondary}
                align={authorAlign}
                style={L.author.mode === 'row' ? { width: 'auto', whiteSpace: 'nowrap' } : undefined}
              />
            </div>
          </div>
        </div>

        <div style={{ position: 'absolute', left: L.signature.x, top: L.signature.y, width: L.signature.w, height: L.signature.h, display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 14, opacity: signIn * 0.8 }}>
          {props.signature.trim() ? <div style={{ width: L.signature.h * 0.26, height: L.signature.h * 0.26, background: props.accent, transform: 'rotate(45deg)', flexShrink: 0 }} /> : null}
          <GuardedFitText text={displayText(props.signature)} width={L.signature.w - 60} maxFontSize={L.signature.h * 0.56} maxLines={1} fontWeight={500} lineHeight={1.2} color={props.secondary} style={{ width: 'auto', whiteSpace: 'nowrap' }} />
          {props.signature.trim() ? <div style={{ width: L.signature.h * 0.26, height: L.signature.h * 0.26, background: props.accent, transform: 'rotate(45deg)', flexShrink: 0 }} /> : null}
        </div>
      </AbsoluteFill>
    </BrandCanvas>
  );
}
