import { interpolate, useCurrentFrame } from 'remotion';

const SKIN = '#f1c29c';
const SKIN_SHADE = '#e3a67f';
const BEARD = '#f7f6f0';
const BEARD_SHADE = '#dcdad0';
const FELT = '#6b2f1d';

/**
 * Amu Nowruz, the white-bearded herald of spring, built from shapes: feet at 0,0, hat tip
 * near y = -660. He sways, blinks and, once `wave` reaches 1, raises his arm and waves.
 */
export function AmuNowruz({ robe, trim, wave }: { robe: string; trim: string; wave: number }) {
  const frame = useCurrentFrame();
  const blinking = frame % 96 > 91;
  const raise = interpolate(wave, [0, 1], [0, -138]);
  const waving = wave > 0.6 ? Math.sin(frame / 4.5) * 20 * Math.min(1, (wave - 0.6) * 2.5) : 0;
  const armAngle = raise + waving;
  const hatSway = Math.sin(frame / 17) * 2.5;
  const beardScallops = [-44, -30, -15, 0, 15, 30, 44];
  return (
    <g>
      <ellipse cx={0} cy={0} rx={130} ry={15} fill="#000000" opacity={0.28} />
      {/* giveh shoes with curled toes */}
      <path d="M-14 -2 L-14 -26 L-60 -26 C-84 -26 -96 -16 -102 -30 C-104 -12 -90 -2 -60 -2 Z" fill="#3b2314" />
      <path d="M14 -2 L14 -26 L60 -26 C84 -26 96 -16 102 -30 C104 -12 90 -2 60 -2 Z" fill="#3b2314" />

      {/* robe */}
      <path d="M-72 -402 Q-100 -300 -122 -22 Q0 -6 122 -22 Q100 -300 72 -402 Q0 -422 -72 -402 Z" fill={robe} />
      <path d="M0 -414 Q60 -416 72 -402 Q100 -300 122 -22 Q60 -12 0 -10 Z" fill="#000000" opacity={0.14} />
      <path d="M-122 -22 Q0 -6 122 -22" stroke={trim} strokeWidth={12} fill="none" />
      <rect x={-10} y={-400} width={20} height={384} fill={trim} />
      {Array.from({ length: 12 }, (_, i) => (
        <rect key={i} x={-5} y={-380 + i * 31} width={10} height={10} fill={robe} transform={`rotate(45 0 ${-375 + i * 31})`} />
      ))}
      <path d="M-104 -262 Q0 -246 104 -262 L106 -236 Q0 -220 -106 -236 Z" fill={trim} />
      <path d="M30 -236 L22 -170 L36 -172 Z M40 -236 L50 -176 L60 -180 Z" fill={trim} />

      {/* the resting arm */}
      <path d="M-70 -398 C-96 -380 -112 -300 -118 -236 L-84 -230 C-80 -290 -70 -340 -58 -372 Z" fill={robe} />
      <path d="M-70 -398 C-96 -380 -112 -300 -118 -236 L-84 -230 C-80 -290 -70 -340 -58 -372 Z" fill="#000000" opacity={0.1} />
      <rect x={-122} y={-246} width={42} height={14} rx={5} fill={trim} />
      <circle cx={-101} cy={-218} r={19} fill={SKIN} />

      {/* the waving arm, pivoting at the shoulder */}
      <g transform={`rotate(${armAngle} 66 -392)`}>
        <path d="M58 -402 C88 -386 102 -320 106 -252 L74 -246 C72 -300 64 -340 50 -372 Z" fill={robe} />
        <rect x={70} y={-262} width={42} height={14} rx={5} fill={trim} />
        <g transform="translate(91 -232)">
          <circle r={20} fill={SKIN} />
          <path d="M-14 8 L-18 24 M-6 12 L-8 30 M2 12 L2 30 M10 10 L12 26" stroke={SKIN} strokeWidth={8} strokeLinecap="round" />
          <path d="M14 -4 L26 4" stroke={SKIN} strokeWidth={8} strokeLinecap="round" />
        </g>
      </g>

      {/* head */}
      <circle cx={-52} cy={-468} r={11} fill={SKIN_SHADE} />
      <circle cx={52} cy={-468} r={11} fill={SKIN_SHADE} />
      <circle cx={0} cy={-470} r={52} fill={SKIN} />
      <path d="M-54 -476 C-74 -420 -52 -346 0 -326 C52 -346 74 -420 54 -476 C44 -440 -44 -440 -54 -476 Z" fill={BEARD} />
      {beardScallops.map((x, i) => (
        <circle key={i} cx={x} cy={-352 - Math.abs(x) * 0.9} r={14} fill={BEARD} />
      ))}
      <path d="M-30 -420 Q-26 -380 -12 -356 M0 -424 L0 -346 M30 -420 Q26 -380 12 -356" stroke={BEARD_SHADE} strokeWidth={3} strokeLinecap="round" fill="none" />
      <path d="M-10 -432 Q0 -422 10 -432" stroke="#b5524b" strokeWidth={4} strokeLinecap="round" fill="none" />
      <path d="M0 -450 C-18 -462 -40 -452 -46 -434 C-30 -442 -14 -438 0 -443 Z" fill={BEARD} stroke={BEARD_SHADE} strokeWidth={1.5} />
      <path d="M0 -450 C18 -462 40 -452 46 -434 C30 -442 14 -438 0 -443 Z" fill={BEARD} stroke={BEARD_SHADE} strokeWidth={1.5} />
      <ellipse cx={0} cy={-462} rx={10} ry={9} fill={SKIN_SHADE} />
      <circle cx={-31} cy={-458} r={10} fill="#f28b8b" opacity={0.55} />
      <circle cx={31} cy={-458} r={10} fill="#f28b8b" opacity={0.55} />
      <g transform={`translate(0 -484) scale(1 ${blinking ? 0.12 : 1})`}>
        <ellipse cx={-19} cy={0} rx={5} ry={6.5} fill="#2b1d14" />
        <ellipse cx={19} cy={0} rx={5} ry={6.5} fill="#2b1d14" />
        <circle cx={-17.5} cy={-2} r={1.6} fill="#ffffff" />
        <circle cx={20.5} cy={-2} r={1.6} fill="#ffffff" />
      </g>
      <path d="M-32 -498 Q-20 -508 -8 -498" stroke={BEARD} strokeWidth={7} strokeLinecap="round" fill="none" />
      <path d="M32 -498 Q20 -508 8 -498" stroke={BEARD} strokeWidth={7} strokeLinecap="round" fill="none" />
      <circle cx={-54} cy={-488} r={15} fill={BEARD} />
      <circle cx={54} cy={-488} r={15} fill={BEARD} />

      {/* the tall felt hat */}
      <g transform={`rotate(${hatSway} 0 -505)`}>
        <path d="M-58 -504 Q-42 -600 -8 -662 Q6 -670 14 -654 Q42 -594 58 -504 Z" fill={FELT} />
        <path d="M4 -664 Q40 -596 58 -504 L30 -506 Q22 -590 4 -664 Z" fill="#000000" opacity={0.18} />
        <path d="M-62 -500 Q0 -522 62 -500 L62 -484 Q0 -506 -62 -484 Z" fill={trim} />
        <circle cx={0} cy={-560} r={8} fill={trim} />
        <path d="M-20 -574 L0 -560 L20 -574" stroke={trim} strokeWidth={3} fill="none" />
      </g>
    </g>
  );
}
