import { random, useCurrentFrame, useVideoConfig } from 'remotion';
import { withAlpha } from '../../brand';
import { circleAt, starPoints } from '../../brand/decor';

/** Balloons rising from below, kept to vertical lanes (fractions of the width) so they frame the text. */
export function Balloons({ colors, count, lanes, start = 0 }: { colors: string[]; count: number; lanes: Array<[number, number]>; start?: number }) {
  const frame = useCurrentFrame();
  const { width: W, height: H } = useVideoConfig();
  const t = frame - start;
  if (t < 0) return null;
  const size = Math.min(W, H) * 0.13;
  const items = Array.from({ length: count }, (_, i) => {
    const [from, to] = lanes[i % lanes.length] ?? [0, 1];
    const x = (from + random(`bal-x-${i}`) * (to - from)) * W;
    const s = size * (0.75 + random(`bal-s-${i}`) * 0.55);
    const speed = H / (150 + random(`bal-v-${i}`) * 110);
    const travel = H + s * 4;
    const delay = random(`bal-d-${i}`) * 70 + (i < 4 ? 0 : 20);
    const y = H + s * 0.6 - ((Math.max(0, t - delay) * speed) % travel);
    if (t < delay) return null;
    const sway = Math.sin((t + i * 20) / 26) * s * 0.22;
    const tilt = Math.sin((t + i * 20) / 26 + 0.8) * 6;
    const color = colors[i % colors.length] ?? '#ffffff';
    return (
      <g key={i} transform={`translate(${x + sway} ${y}) rotate(${tilt})`}>
        <Balloon size={s} color={color} id={`bal-${i}`} />
      </g>
    );
  });
  return (
    <svg width={W} height={H} style={{ position: 'absolute', inset: 0, overflow: 'visible' }}>
      {items}
    </svg>
  );
}

function Balloon({ size, color, id }: { size: number; color: string; id: string }) {
  const rx = size * 0.42;
  const ry = size * 0.52;
  return (
    <g>
      <defs>
        <radialGradient id={id} cx="35%" cy="30%" r="75%">
          <stop offset="0%" stopColor="#ffffff" stopOpacity={0.75} />
          <stop offset="25%" stopColor={color} stopOpacity={1} />
          <stop offset="100%" stopColor={color} stopOpacity={1} />
        </radialGradient>
      </defs>
      <path d={`M0 ${ry} q ${size * 0.08} ${size * 0.5} ${-size * 0.04} ${size * 1.0} t ${size * 0.02} ${size * 0.9}`} fill="none" stroke={withAlpha('#ffffff', 0.55)} strokeWidth={2} />
      <ellipse cx={0} cy={0} rx={rx} ry={ry} fill={`url(#${id})`} />
      <path d={`M${-size * 0.06} ${ry + size * 0.05} L${size * 0.06} ${ry + size * 0.05} L0 ${ry - size * 0.02} Z`} fill={color} />
      <ellipse cx={-rx * 0.38} cy={-ry * 0.42} rx={rx * 0.16} ry={ry * 0.22} fill="#ffffff" opacity={0.55} transform={`rotate(-25 ${-rx * 0.38} ${-ry * 0.42})`} />
    </g>
  );
}

/** Paper confetti: bursts from the top at `start`, then keeps drifting down, fluttering. */
export function Confetti({ colors, count, start = 0 }: { colors: string[]; count: number; start?: number }) {
  const frame = useCurrentFrame();
  const { width: W, height: H } = useVideoConfig();
  const t = frame - start;
  if (t < 0) return null;
  const unit = Math.min(W, H) / 1080;
  const pieces = Array.from({ length: count }, (_, i) => {
    const w = (10 + random(`cf-w-${i}`) * 12) * unit;
    const h = w * (0.45 + random(`cf-h-${i}`) * 0.6);
    const speed = (3 + random(`cf-v-${i}`) * 4) * unit * (H / 1080);
    const startY = -random(`cf-y-${i}`) * H * 0.9 - 30;
    const spread = random(`cf-x-${i}`);
    // The first second is a burst: pieces fan out from the top centre, then fall.
    const burst = Math.min(1, t / 22);
    const x0 = W / 2 + (spread - 0.5) * W * 0.3;
    const x1 = spread * W;
    let y = startY * (0.3 + 0.7 * burst) + t * speed;
    const range = H + 80;
    if (y > H + 40) y = ((y + 40) % range) - 40;
    const x = x0 + (x1 - x0) * (1 - Math.pow(1 - burst, 3)) + Math.sin(t / 14 + i) * 22 * unit;
    const flip = Math.cos(t / (5 + random(`cf-f-${i}`) * 6) + i);
    const rot = t * (random(`cf-r-${i}`) - 0.5) * 12 + i * 37;
    const color = colors[i % colors.length] ?? '#ffffff';
    const round = i % 5 === 0;
    return round ? (
      <circle key={i} cx={x} cy={y} r={w * 0.32} fill={color} />
    ) : (
      <rect key={i} x={-w / 2} y={-h / 2} width={w} height={h} rx={1.5} fill={color} transform={`translate(${x} ${y}) rotate(${rot}) scale(1 ${flip})`} />
    );
  });
  return (
    <svg width={W} height={H} style={{ position: 'absolute', inset: 0 }}>
      {pieces}
    </svg>
  );
}

/** Soft out-of-focus circles of light behind everything. */
export function Bokeh({ colors, count }: { colors: string[]; count: number }) {
  const frame = useCurrentFrame();
  const { width: W, height: H } = useVideoConfig();
  const unit = Math.min(W, H);
  return (
    <>
      {Array.from({ length: count }, (_, i) => {
        const size = unit * (0.06 + random(`bk-s-${i}`) * 0.16);
        const x = random(`bk-x-${i}`) * W + Math.sin(frame / 60 + i) * 20;
        const y = random(`bk-y-${i}`) * H - frame * (0.15 + random(`bk-v-${i}`) * 0.3);
        const color = colors[i % colors.length] ?? '#ffffff';
        return (
          <div
            key={i}
            style={{
              ...circleAt(x, y, size),
              background: `radial-gradient(circle, ${withAlpha(color, 0.35)} 0%, ${withAlpha(color, 0.18)} 55%, ${withAlpha(color, 0)} 72%)`,
              opacity: 0.4 + 0.4 * Math.sin(frame / 30 + i * 1.7) ** 2,
            }}
          />
        );
      })}
    </>
  );
}

/** Twinkling four-point stars around a centre. */
export function Sparkles({ cx, cy, radius, color, count, seed, frame }: { cx: number; cy: number; radius: number; color: string; count: number; seed: string; frame: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => {
        const angle = random(`${seed}-a-${i}`) * Math.PI * 2;
        const d = radius * (0.7 + random(`${seed}-d-${i}`) * 0.5);
        const s = radius * (0.05 + random(`${seed}-s-${i}`) * 0.06);
        const k = Math.max(0, Math.sin(frame / 9 + i * 2.1));
        return <polygon key={i} points={starPoints(cx + Math.cos(angle) * d, cy + Math.sin(angle) * d, s * k, s * k * 0.25, 4, 0)} fill={color} opacity={k} />;
      })}
    </>
  );
}

/** The built-in picture when no photo is given: a two-tier cake with flickering candles. */
export function Cake({ size, primary, secondary, accent, ink, background }: { size: number; primary: string; secondary: string; accent: string; ink: string; background: string }) {
  const frame = useCurrentFrame();
  const candles = [380, 460, 540, 620];
  return (
    <svg width={size} height={size} viewBox="0 0 1000 1000">
      <defs>
        <radialGradient id="cake-bg" cx="50%" cy="40%" r="70%">
          <stop offset="0%" stopColor={secondary} />
          <stop offset="100%" stopColor={primary} />
        </radialGradient>
        <radialGradient id="cake-flame" cx="50%" cy="60%" r="60%">
          <stop offset="0%" stopColor="#ffffff" />
          <stop offset="45%" stopColor={accent} />
          <stop offset="100%" stopColor="#ff8c42" stopOpacity={0} />
        </radialGradient>
      </defs>
      <rect width={1000} height={1000} fill="url(#cake-bg)" />
      <circle cx={500} cy={420} r={260} fill={withAlpha(accent, 0.25)} />
      {/* Plate. */}
      <ellipse cx={500} cy={830} rx={330} ry={50} fill={withAlpha(background, 0.35)} />
      <ellipse cx={500} cy={815} rx={320} ry={44} fill={ink} />
      {/* Bottom tier. */}
      <rect x={250} y={620} width={500} height={190} rx={30} fill={ink} />
      <rect x={250} y={700} width={500} height={22} fill={accent} />
      <path d="M250 650 Q250 620 280 620 H720 Q750 620 750 650 V670 Q720 700 690 670 Q660 640 630 672 Q600 705 570 672 Q540 640 510 672 Q480 705 450 672 Q420 640 390 672 Q360 705 330 672 Q300 640 270 675 Q250 690 250 670 Z" fill={primary} />
      {/* Top tier. */}
      <rect x={330} y={470} width={340} height={160} rx={26} fill={mix2(ink, accent)} />
      <path d="M330 500 Q330 470 356 470 H644 Q670 470 670 500 V515 Q645 545 620 515 Q595 488 570 517 Q545 546 520 517 Q495 488 470 517 Q445 546 420 517 Q395 488 370 518 Q345 542 330 515 Z" fill={secondary} />
      {[380, 450, 520, 590].map((x) => (
        <circle key={x} cx={x + 15} cy={580} r={9} fill={primary} />
      ))}
      {/* Candles and flames. */}
      {candles.map((x, i) => {
        const flicker = 1 + Math.sin(frame / 3 + i * 1.7) * 0.08 + Math.sin(frame / 5.3 + i) * 0.05;
        return (
          <g key={x}>
            <rect x={x - 10} y={370} width={20} height={105} rx={6} fill={i % 2 === 0 ? accent : ink} />
            <path d={`M${x - 10} 390 L${x + 10} 378 M${x - 10} 420 L${x + 10} 408 M${x - 10} 450 L${x + 10} 438`} stroke={primary} strokeWidth={6} />
            <line x1={x} y1={370} x2={x} y2={355} stroke="#333" strokeWidth={3} />
            <circle cx={x} cy={330} r={34 * flicker} fill="url(#cake-flame)" opacity={0.7} />
            <path d={`M${x} ${300 - 8 * flicker} Q${x + 14} 330 ${x} 352 Q${x - 14} 330 ${x} ${300 - 8 * flicker} Z`} fill={accent} transform={`rotate(${Math.sin(frame / 4 + i) * 5} ${x} 352)`} />
            <path d={`M${x} 322 Q${x + 6} 338 ${x} 350 Q${x - 6} 338 ${x} 322 Z`} fill="#ffffff" />
          </g>
        );
      })}
    </svg>
  );
}

/** A cream tier tinted towards the accent. */
function mix2(a: string, b: string): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  const ch = (s: number) => Math.round(((pa >> s) & 255) * 0.8 + ((pb >> s) & 255) * 0.2);
  return `#${[16, 8, 0].map((s) => ch(s).toString(16).padStart(2, '0')).join('')}`;
}
