import { AbsoluteFill, Easing, Img, interpolate, random, useCurrentFrame, useVideoConfig } from 'remotion';
import { BrandCanvas, byAspect, easeOut, useAspect, useExit, withAlpha } from '../../brand';
import { GuardedFitText } from '../../brand/FitWords';
import { displayText } from '../../brand/persianText';
import { BokehField, HaloGradient, SPARKLE_PATH, SparkleField, useSvgId } from '../../brand/sparkles';
import type { TemplateProps } from '../../contract/define';
import { GemEmblem } from './GemEmblem';
import type { GlitterRevealMeta } from './meta';

type Props = TemplateProps<typeof GlitterRevealMeta>;

interface Layout {
  logo: { cx: number; cy: number; size: number };
  name: { y: number; h: number; w: number; size: number; lines: number };
  tagline: { y: number; h: number; w: number; size: number };
}

const LAYOUTS: Record<'16:9' | '1:1' | '9:16', Layout> = {
  '16:9': {
    logo: { cx: 960, cy: 410, size: 460 },
    name: { y: 680, h: 150, w: 1400, size: 112, lines: 1 },
    tagline: { y: 846, h: 70, w: 1100, size: 42 },
  },
  '1:1': {
    logo: { cx: 540, cy: 400, size: 440 },
    name: { y: 660, h: 140, w: 960, size: 96, lines: 1 },
    tagline: { y: 816, h: 64, w: 880, size: 38 },
  },
  '9:16': {
    logo: { cx: 540, cy: 800, size: 640 },
    name: { y: 1200, h: 300, w: 960, size: 124, lines: 2 },
    tagline: { y: 1516, h: 80, w: 900, size: 46 },
  },
};

const GLITTER: Record<'gold' | 'silver', string[]> = {
  gold: ['#fff6cf', '#ffe08a', '#f5c542', '#e0a526', '#ffffff', '#c98a1b'],
  silver: ['#ffffff', '#eef3f8', '#d0d9e4', '#aab6c5', '#f6f8fb'],
};

function glitterColors(props: Props): string[] {
  return props.glitter === 'brand' ? [props.accent, props.primary, props.secondary, props.text] : GLITTER[props.glitter];
}

function nameGradient(props: Props): string {
  const stops =
    props.glitter === 'gold'
      ? ['#b7791f', '#ffe7a3', '#f5c542', '#fffaf0', '#d69e2e', '#ffe7a3', '#b7791f']
      : props.glitter === 'silver'
        ? ['#8a96a5', '#ffffff', '#cfd8e3', '#ffffff', '#9aa6b4', '#f4f7fa', '#8a96a5']
        : [props.primary, props.accent, props.text, props.accent, props.primary, props.accent, props.primary];
  return `linear-gradient(100deg, ${stops.join(', ')})`;
}

const inOut = Easing.bezier(0.6, 0, 0.25, 1);

/** Glitter spirals in, settles on the logo, then some of it falls as dust. */
function Glitter({ props, layout }: { props: Props; layout: Layout['logo'] }) {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const haloId = useSvgId('glitter-halo');
  const colors = glitterColors(props);
  const far = Math.max(width, height) * 0.7;

  const positionAt = (i: number, f: number) => {
    const r = (k: string) => random(`glitter-${i}-${k}`);
    const delay = r('delay') * 14;
    const duration = 38 + r('dur') * 16;
    const p = Math.min(1, Math.max(0, (f - delay) / duration));
    const e = inOut(p);
    const spread = layout.size * 0.5;
    const tx = layout.cx + (r('tx1') + r('tx2') - 1) * spread;
    const ty = layout.cy + (r('ty1') + r('ty2') - 1) * spread;
    // three arms of one vortex: angle grows with distance, so each arm traces a spiral
    const arm = (i % 3) * ((Math.PI * 2) / 3) + (r('a') - 0.5) * 0.28;
    const angle = arm + (1 - e) * 3.4;
    const radius = far * (0.92 + r('r') * 0.16) * (1 - e);
    const landed = f - (delay + duration);
    const falls = r('falls') < 0.35;
    const fall = falls && landed > 0 ? Math.pow(landed, 1.35) * (0.5 + r('fs') * 0.7) : 0;
    const sway = falls && landed > 0 ? Math.sin(landed / 12 + r('sw') * 6) * 14 : 0;
    return { x: tx + Math.cos(angle) * radius + sway, y: ty + Math.sin(angle) * radius + fall, p, landed, falls, r };
  };

  return (
    <svg width={width} height={height} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
      <defs>
        <HaloGradient id={haloId} />
      </defs>
      {Array.from({ length: props.density }, (_, i) => {
        const now = positionAt(i, frame);
        if (now.p <= 0) return null;
        const before = positionAt(i, frame - 1.5);
        // a short streak behind moving glitter, capped so fast flakes don't become needles
        const dx = before.x - now.x;
        const dy = before.y - now.y;
        const length = Math.hypot(dx, dy);
        const cap = length > 26 ? 26 / length : 1;
        const { r } = now;
        const color = colors[Math.floor(r('c') * colors.length)] ?? '#ffffff';
        const flicker = 0.45 + 0.55 * Math.pow(Math.abs(Math.sin(frame * (0.25 + r('fl') * 0.5) + r('ph') * 9)), 2);
        const settled = now.landed > 0 ? (now.falls ? interpolate(now.landed, [0, 90], [1, 0], { extrapolateRight: 'clamp' }) : interpolate(now.landed, [0, 14], [1, 0], { extrapolateRight: 'clamp' })) : 1;
        const opacity = Math.min(1, now.p * 5) * settled * flicker;
        if (opacity <= 0.01) return null;
        const size = 3 + r('s') * 5;
        const moving = now.landed <= 0;
        return (
          <g key={i} opacity={opacity}>
            {moving ? <line x1={now.x + dx * cap} y1={now.y + dy * cap} x2={now.x} y2={now.y} stroke={color} strokeWidth={size * 0.7} strokeLinecap="round" opacity={0.4} /> : null}
            {r('star') < 0.25 ? (
              <g transform={`translate(${now.x} ${now.y})`}>
                <circle r={size * 3} fill={`url(#${haloId})`} opacity={0.6} />
                <path d={SPARKLE_PATH} fill={color} transform={`rotate(${frame * 3}) scale(${size * 1.8})`} />
              </g>
            ) : (
              <rect x={now.x - size / 2} y={now.y - size / 2} width={size} height={size} fill={color} transform={`rotate(${r('rot') * 90 + frame * 6} ${now.x} ${now.y})`} />
            )}
          </g>
        );
      })}
    </svg>
  );
}

function Logo({ props, size, sweep }: { props: Props; size: number; sweep: number }) {
  if (!props.logo) {
    return <GemEmblem size={size} crown={props.accent} pavilion={props.primary} ring={glitterColors(props)[2] ?? props.accent} sweep={sweep} />;
  }
  const mask = `url(${JSON.stringify(props.logo)})`;
  return (
    <div style={{ position: 'relative', width: size, height: size }}>
      <Img src={props.logo} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'contain' }} />
      {/* the sheen is masked by the logo itself, so it only lights the logo's pixels */}
      <div
        style={{
          position: 'absolute',
          inset: 0,
          WebkitMaskImage: mask,
          maskImage: mask,
          WebkitMaskSize: 'contain',
          maskSize: 'contain',
          WebkitMaskRepeat: 'no-repeat',
          maskRepeat: 'no-repeat',
          WebkitMaskPosition: 'center',
          maskPosition: 'center',
          background: `linear-gradient(110deg, transparent ${sweep * 160 - 40}%, rgba(255,255,255,0.75) ${sweep * 160 - 25}%, transparent ${sweep * 160 - 10}%)`,
        }}
      />
    </div>
  );
}

export function GlitterReveal(props: Props) {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const aspect = useAspect();
  const L = byAspect(aspect, LAYOUTS);
  const exit = useExit(22);
  const { cx, cy, size } = L.logo;
  const colors = glitterColors(props);

  const reveal = interpolate(frame, [44, 74], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
  const settle = interpolate(frame, [50, 90], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const flash = interpolate(frame, [50, 56, 80], [0, 1, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  // the light sweeps across the logo twice: once as it settles, once before the exit
  const sweepAt = frame < 140 ? 84 : 150;
  const sweep = interpolate(frame, [sweepAt, sweepAt + 34], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: Easing.inOut(Easing.quad) });
  const nameIn = interpolate(frame, [82, 112], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
  const tagIn = interpolate(frame, [104, 128], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: easeOut });
  const rays = interpolate(frame, [52, 90], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const shimmer = interpolate(frame, [82, 210], [100, -60]);
  const mask = `radial-gradient(circle at 50% 50%, black ${reveal * 72}%, transparent ${reveal * 86}%)`;

  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill style={{ background: `radial-gradient(circle at ${cx}px ${cy}px, ${withAlpha(props.primary, 0.32)}, transparent ${size * 1.4}px)` }} />
      <BokehField width={width} height={height} count={16} seed="glitter-bokeh-2" colors={[props.accent, props.primary]} minRadius={20} maxRadius={60} drift={0.3} opacity={0.35 * exit} />
      <div
        style={{
          position: 'absolute',
          left: cx - size * 1.3,
          top: cy - size * 1.3,
          width: size * 2.6,
          height: size * 2.6,
          borderRadius: '50%',
          opacity: rays * 0.8 * exit,
          background: `repeating-conic-gradient(from ${frame * 0.25}deg, ${withAlpha(colors[1] ?? props.accent, 0.13)} 0deg 4deg, transparent 4deg 14deg)`,
          WebkitMaskImage: 'radial-gradient(circle, black 18%, transparent 62%)',
          maskImage: 'radial-gradient(circle, black 18%, transparent 62%)',
        }}
      />

      <AbsoluteFill style={{ opacity: exit, transform: `scale(${1 + (1 - exit) * 0.05})` }}>
        <div
          style={{
            position: 'absolute',
            left: cx - size / 2,
            top: cy - size / 2,
            width: size,
            height: size,
            WebkitMaskImage: mask,
            maskImage: mask,
            transform: `scale(${0.88 + settle * 0.12})`,
            filter: `brightness(${1 + (1 - settle) * 1.4}) drop-shadow(0 0 ${size * 0.06}px ${withAlpha(colors[1] ?? props.accent, 0.45)})`,
          }}
        >
          <Logo props={props} size={size} sweep={sweep} />
        </div>
        <SparkleField width={size} height={size} count={14} seed="glitter-twinkle" colors={['#ffffff', ...colors.slice(0, 2)]} minSize={8} maxSize={22} period={50} opacity={settle} style={{ left: cx - size / 2, top: cy - size / 2 }} />

        <div style={{ position: 'absolute', left: (width - L.name.w) / 2, top: L.name.y, width: L.name.w, height: L.name.h, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <div
            style={{
              WebkitMaskImage: `linear-gradient(270deg, black ${nameIn * 130 - 20}%, transparent ${nameIn * 130}%)`,
              maskImage: `linear-gradient(270deg, black ${nameIn * 130 - 20}%, transparent ${nameIn * 130}%)`,
              transform: `translateY(${(1 - nameIn) * 24}px)`,
              filter: `drop-shadow(0 4px 18px ${withAlpha('#000000', 0.5)})`,
            }}
          >
            <GuardedFitText
              text={displayText(props.brandName)}
              width={L.name.w}
              maxFontSize={L.name.size}
              maxLines={L.name.lines}
              fontWeight={900}
              lineHeight={1.25}
              color="transparent"
              style={{ backgroundImage: nameGradient(props), backgroundSize: '250% 100%', backgroundPosition: `${shimmer}% 50%`, WebkitBackgroundClip: 'text', backgroundClip: 'text', textWrap: 'balance' }}
            />
          </div>
        </div>
        <div style={{ position: 'absolute', left: (width - L.tagline.w) / 2, top: L.tagline.y, width: L.tagline.w, height: L.tagline.h, display: 'flex', alignItems: 'center', justifyContent: 'center', gap: L.tagline.size * 0.6, opacity: tagIn }}>
          <div style={{ height: 2, width: L.tagline.size * 2.2 * tagIn, background: `linear-gradient(90deg, transparent, ${colors[2] ?? props.accent})`, flexShrink: 0 }} />
          <GuardedFitText text={displayText(props.tagline)} width={L.tagline.w - L.tagline.size * 6} maxFontSize={L.tagline.size} maxLines={1} fontWeight={400} lineHeight={1.3} color={props.text} style={{ width: 'auto', whiteSpace: 'nowrap', transform: `translateY(${(1 - tagIn) * 14}px)` }} />
          <div style={{ height: 2, width: L.tagline.size * 2.2 * tagIn, background: `linear-gradient(270deg, transparent, ${colors[2] ?? props.accent})`, flexShrink: 0 }} />
        </div>
      </AbsoluteFill>

      <Glitter props={props} layout={L.logo} />
      {flash > 0 ? (
        <svg width={width} height={height} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
          <defs>
            <HaloGradient id="glitter-flash" />
          </defs>
          <circle cx={cx} cy={cy} r={size * 0.9 * flash} fill="url(#glitter-flash)" opacity={flash * 0.9} />
          {/* a lens star: two long thin rays and a hot core */}
          <g transform={`translate(${cx} ${cy}) rotate(${-4 + (frame - 50) * 0.25})`} opacity={flash}>
            <ellipse rx={size * 0.95 * flash} ry={size * 0.012} fill="#ffffff" />
            <ellipse rx={size * 0.012} ry={size * 0.6 * flash} fill="#ffffff" />
            <ellipse rx={size * 0.4 * flash} ry={size * 0.006} fill="#ffffff" opacity={0.6} transform="rotate(45)" />
            <ellipse rx={size * 0.4 * flash} ry={size * 0.006} fill="#ffffff" opacity={0.6} transform="rotate(-45)" />
            <circle r={size * 0.05} fill="#ffffff" />
          </g>
        </svg>
      ) : null}
      <AbsoluteFill style={{ boxShadow: `inset 0 0 ${Math.min(width, height) * 0.3}px rgba(0,0,0,0.65)`, pointerEvents: 'none' }} />
    </BrandCanvas>
  );
}
