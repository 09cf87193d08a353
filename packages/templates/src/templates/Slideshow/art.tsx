import { random } from 'remotion';
import type { Palette } from '../../brand/colors';

/** Blend two #rrggbb colours: t = 0 → a, 1 → b. */
export function mix(a: string, b: string, t: number): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  const channel = (shift: number) => Math.round(((pa >> shift) & 255) * (1 - t) + ((pb >> shift) & 255) * t);
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, '0')).join('')}`;
}

const VARIANTS = 4;

/**
 * The built-in "photos": four flat illustrations in the brand colours (mountains, a
 * Persian garden, a skyline of domes, a desert night), used when a photo is left empty so
 * the default slideshow renders offline. The viewBox is cropped to fill any frame.
 */
export function SceneArt({ index, palette }: { index: number; palette: Palette }) {
  const variant = index % VARIANTS;
  const { primary, secondary, accent, background } = palette;
  const light = mix(background, '#ffffff', 0.4);
  const id = `scene-${index}`;
  return (
    <svg width="100%" height="100%" viewBox="0 0 1600 1000" preserveAspectRatio="xMidYMid slice" style={{ display: 'block' }}>
      <defs>
        <linearGradient id={`${id}-sky`} x1="0" y1="0" x2="0" y2="1">
          {variant === 3 ? (
            <>
              <stop offset="0%" stopColor={mix(primary, '#000000', 0.35)} />
              <stop offset="100%" stopColor={mix(primary, accent, 0.35)} />
            </>
          ) : variant === 2 ? (
            <>
              <stop offset="0%" stopColor={mix(accent, background, 0.55)} />
              <stop offset="100%" stopColor={mix(accent, '#ffffff', 0.15)} />
            </>
          ) : (
            <>
              <stop offset="0%" stopColor={mix(secondary, background, 0.55)} />
              <stop offset="100%" stopColor={light} />
            </>
          )}
        </linearGradient>
      </defs>
      <rect width={1600} height={1000} fill={`url(#${id}-sky)`} />
      {variant === 0 ? <Mountains primary={primary} secondary={secondary} accent={accent} background={background} /> : null}
      {variant === 1 ? <Garden primary={primary} secondary={secondary} accent={accent} background={background} /> : null}
      {variant === 2 ? <Domes primary={primary} secondary={secondary} accent={accent} background={background} /> : null}
      {variant === 3 ? <DesertNight primary={primary} secondary={secondary} accent={accent} background={background} seed={index} /> : null}
    </svg>
  );
}

type Colors = Pick<Palette, 'primary' | 'secondary' | 'accent' | 'background'>;

function Mountains({ primary, secondary, accent, background }: Colors) {
  return (
    <>
      <circle cx={1120} cy={330} r={120} fill={mix(accent, background, 0.25)} />
      <path d="M0 620 L260 330 L420 470 L640 220 L900 520 L1080 380 L1300 560 L1600 300 L1600 1000 L0 1000 Z" fill={mix(secondary, background, 0.45)} />
      {/* Snow caps. */}
      <path d="M640 220 L575 295 L615 285 L650 310 L690 280 L720 292 Z" fill="#ffffff" opacity={0.9} />
      <path d="M1600 300 L1530 370 L1565 362 L1600 385 Z" fill="#ffffff" opacity={0.9} />
      <path d="M260 330 L205 392 L245 380 L280 400 L300 376 Z" fill="#ffffff" opacity={0.9} />
      <path d="M0 760 L300 560 L520 700 L760 520 L1040 720 L1280 600 L1600 760 L1600 1000 L0 1000 Z" fill={mix(secondary, primary, 0.35)} />
      <path d="M0 880 C300 800 500 860 800 820 C1100 780 1300 860 1600 820 L1600 1000 L0 1000 Z" fill={mix(primary, '#000000', 0.1)} />
      <path d="M1180 210 l22 10 l22 -10 M1240 250 l16 8 l16 -8 M1100 260 l14 7 l14 -7" stroke={primary} strokeWidth={5} fill="none" strokeLinecap="round" />
    </>
  );
}

function Garden({ primary, secondary, accent, background }: Colors) {
  const cypress = (x: number, h: number, shade: number) => (
    <g key={x}>
      <rect x={x - 5} y={700 - 30} width={10} height={40} fill={mix(primary, '#000000', 0.2)} />
      <ellipse cx={x} cy={700 - h / 2} rx={h * 0.16} ry={h / 2} fill={mix(mix(secondary, primary, 0.5), '#2e7d32', 0.35 + shade)} />
    </g>
  );
  return (
    <>
      <circle cx={400} cy={260} r={90} fill={mix(accent, background, 0.35)} />
      {/* Pavilion with an iwan arch. */}
      <rect x={560} y={360} width={480} height={340} fill={mix(background, '#ffffff', 0.2)} />
      <rect x={540} y={340} width={520} height={30} fill={mix(accent, background, 0.3)} />
      <path d="M740 700 V520 A60 60 0 0 1 860 520 V700 Z" fill={mix(secondary, primary, 0.5)} />
      <path d="M600 700 V560 A30 30 0 0 1 660 560 V700 Z M940 700 V560 A30 30 0 0 1 1000 560 V700 Z" fill={mix(secondary, background, 0.35)} />
      <rect x={560} y={430} width={480} height={10} fill={mix(accent, background, 0.5)} />
      {[180, 280, 380, 470, 1130, 1220, 1320, 1420].map((x, i) => cypress(x, 300 + (i % 2) * 60, (i % 3) * 0.08))}
      {/* The long pool, reflecting the sky. */}
      <rect x={0} y={700} width={1600} height={300} fill={mix(background, secondary, 0.2)} />
      <path d="M640 700 L960 700 L1180 1000 L420 1000 Z" fill={mix(secondary, '#7fb3d5', 0.45)} />
      <path d="M760 760 L840 760 M700 840 L900 840 M640 920 L960 920" stroke="#ffffff" strokeWidth={6} opacity={0.5} strokeLinecap="round" />
    </>
  );
}

function Domes({ primary, secondary, accent, background }: Colors) {
  const ink = mix(primary, '#000000', 0.15);
  const far = mix(secondary, accent, 0.25);
  return (
    <>
      <circle cx={800} cy={560} r={260} fill={mix(accent, '#ffffff', 0.25)} opacity={0.9} />
      {/* Far skyline. */}
      <path d="M0 760 H120 V640 H180 V700 H300 V600 A70 70 0 0 1 440 600 V760 H560 V680 H640 V760 H1000 V660 A60 60 0 0 1 1120 660 V760 H1260 V620 H1320 V760 H1600 V1000 H0 Z" fill={far} opacity={0.75} />
      {/* Main mosque: onion dome, drum, two minarets. */}
      <path d="M800 380 C700 430 660 520 690 580 H910 C940 520 900 430 800 380 Z" fill={ink} />
      <rect x={796} y={340} width={8} height={44} fill={ink} />
      <circle cx={800} cy={336} r={10} fill={ink} />
      <rect x={660} y={580} width={280} height={60} fill={ink} />
      <rect x={560} y={640} width={480} height={360} fill={ink} />
      <path d="M740 1000 V780 A60 60 0 0 1 860 780 V1000 Z" fill={mix(accent, background, 0.2)} opacity={0.85} />
      {[510, 1090].map((x) => (
        <g key={x}>
          <rect x={x - 18} y={430} width={36} height={570} fill={ink} />
          <rect x={x - 28} y={520} width={56} height={16} fill={ink} />
          <path d={`M${x - 22} 430 Q${x} 370 ${x + 22} 430 Z`} fill={ink} />
        </g>
      ))}
      <path d="M0 860 H300 V780 A50 50 0 0 1 400 780 V860 H1200 V800 A40 40 0 0 1 1280 800 V860 H1600 V1000 H0 Z" fill={mix(ink, '#000000', 0.2)} />
      <path d="M1300 260 l22 10 l22 -10 M1370 300 l16 8 l16 -8" stroke={ink} strokeWidth={5} fill="none" strokeLinecap="round" />
    </>
  );
}

function DesertNight({ primary, accent, background, seed }: Colors & { seed: number }) {
  return (
    <>
      {Array.from({ length: 70 }, (_, i) => (
        <circle key={i} cx={random(`star-x-${seed}-${i}`) * 1600} cy={random(`star-y-${seed}-${i}`) * 600} r={1 + random(`star-r-${seed}-${i}`) * 2.5} fill="#ffffff" opacity={0.4 + random(`star-o-${seed}-${i}`) * 0.6} />
      ))}
      <circle cx={1220} cy={230} r={80} fill={mix(background, '#ffffff', 0.5)} />
      <circle cx={1250} cy={210} r={80} fill={mix(primary, '#000000', 0.3)} opacity={0.9} />
      <path d="M0 700 C300 600 500 640 760 700 C1000 760 1200 620 1600 660 V1000 H0 Z" fill={mix(accent, primary, 0.55)} />
      <path d="M0 820 C260 740 520 760 800 820 C1100 880 1300 780 1600 800 V1000 H0 Z" fill={mix(accent, primary, 0.3)} />
      <path d="M0 920 C400 860 800 900 1600 880 V1000 H0 Z" fill={mix(accent, '#000000', 0.35)} />
    </>
  );
}
