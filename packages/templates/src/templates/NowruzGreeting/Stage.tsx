import type { ReactNode } from 'react';
import { spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { withAlpha } from '../../brand/colors';
import { useSvgId } from '../../brand/sparkles';
import { AmuNowruz } from './AmuNowruz';
import { Apple, Candles, Coins, Eggs, FishBowl, Hyacinth, Mirror, Sabzeh, type ItemColors } from './HaftSin';

type ItemId = 'mirror' | 'candles' | 'hyacinth' | 'sabzeh' | 'fishbowl' | 'eggs' | 'apple' | 'coins';

interface Placement {
  id: ItemId;
  x: number;
  y: number;
  scale: number;
}

interface StageSpec {
  width: number;
  height: number;
  /** Table-cloth outline (its front edge bleeds off the stage). */
  cloth: string;
  clothTop: number;
  /** Where the cloth's bottom edge starts (the dashed hem runs from here to the right). */
  hemStart: number;
  character: { x: number; y: number; scale: number };
  /** Back row first: later items are drawn in front. */
  items: Placement[];
}

/** Wide: Amu Nowruz beside the cloth. Tall: he stands behind it, the spread in front. */
export const STAGES: Record<'wide' | 'tall', StageSpec> = {
  wide: {
    width: 1000,
    height: 640,
    cloth: 'M150 482 Q575 452 1000 478 L1000 640 L90 640 Z',
    clothTop: 470,
    hemStart: 92,
    character: { x: 160, y: 628, scale: 0.92 },
    items: [
      { id: 'mirror', x: 585, y: 520, scale: 0.95 },
      { id: 'hyacinth', x: 350, y: 545, scale: 0.9 },
      { id: 'candles', x: 880, y: 524, scale: 0.9 },
      { id: 'sabzeh', x: 455, y: 612, scale: 1 },
      { id: 'coins', x: 565, y: 628, scale: 0.8 },
      { id: 'fishbowl', x: 690, y: 618, scale: 0.95 },
      { id: 'eggs', x: 840, y: 624, scale: 0.85 },
      { id: 'apple', x: 950, y: 622, scale: 0.78 },
    ],
  },
  tall: {
    width: 1000,
    height: 1000,
    cloth: 'M30 712 Q500 668 970 712 L1000 1000 L0 1000 Z',
    clothTop: 690,
    hemStart: 0,
    character: { x: 250, y: 780, scale: 1.04 },
    items: [
      { id: 'mirror', x: 630, y: 736, scale: 1.15 },
      { id: 'hyacinth', x: 450, y: 760, scale: 1.05 },
      { id: 'candles', x: 860, y: 748, scale: 1.1 },
      { id: 'sabzeh', x: 200, y: 900, scale: 1.25 },
      { id: 'eggs', x: 410, y: 915, scale: 1.1 },
      { id: 'fishbowl', x: 610, y: 918, scale: 1.15 },
      { id: 'apple', x: 790, y: 912, scale: 1.05 },
      { id: 'coins', x: 910, y: 930, scale: 1 },
    ],
  },
};

function Item({ id, colors, grow }: { id: ItemId; colors: ItemColors; grow: number }): ReactNode {
  switch (id) {
    case 'mirror':
      return <Mirror colors={colors} />;
    case 'candles':
      return <Candles colors={colors} />;
    case 'hyacinth':
      return <Hyacinth colors={colors} grow={grow} />;
    case 'sabzeh':
      return <Sabzeh colors={colors} grow={grow} />;
    case 'fishbowl':
      return <FishBowl colors={colors} />;
    case 'eggs':
      return <Eggs colors={colors} />;
    case 'apple':
      return <Apple />;
    case 'coins':
      return <Coins />;
  }
}

/** A boteh (paisley), the signature motif of termeh cloth, about 40 px tall. */
const BOTEH = 'M0 0 C-16 -2 -22 -20 -12 -32 C-4 -42 12 -40 16 -28 C20 -16 12 -6 4 -10 C10 -16 6 -26 0 -24 C-8 -22 -8 -8 0 0 Z';

export function Stage({ variant, width, colors, start }: { variant: 'wide' | 'tall'; width: number; colors: ItemColors & { cloth: string }; start: number }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const spec = STAGES[variant];
  const id = useSvgId('stage');
  const pop = (delay: number, damping = 11) => spring({ frame: frame - start - delay, fps, config: { damping, mass: 0.7 } });
  const clothIn = spring({ frame: frame - start, fps, config: { damping: 18 } });
  const character = spring({ frame: frame - start - 14, fps, config: { damping: 16, mass: 1 } });
  const wave = spring({ frame: frame - start - 40, fps, config: { damping: 14 } });
  const bob = Math.sin(frame / 14) * 4;
  const sway = Math.sin(frame / 28) * 1.2;
  const c = spec.character;

  return (
    <svg width={width} height={(width * spec.height) / spec.width} viewBox={`0 0 ${spec.width} ${spec.height}`} style={{ overflow: 'visible', display: 'block' }}>
      <defs>
        <linearGradient id={`${id}-cloth`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={colors.cloth} />
          <stop offset="100%" stopColor="#000000" stopOpacity={0.9} />
        </linearGradient>
        <radialGradient id={`${id}-light`} cx="0.55" cy="0.2" r="0.7">
          <stop offset="0%" stopColor="#ffffff" stopOpacity={0.22} />
          <stop offset="100%" stopColor="#ffffff" stopOpacity={0} />
        </radialGradient>
      </defs>

      {variant === 'tall' ? (
        <g transform={`translate(${c.x - (1 - character) * 500} ${c.y + bob * 0.5}) rotate(${sway}) scale(${c.scale})`} opacity={Math.min(1, character * 2)}>
          <AmuNowruz robe={colors.secondary} trim={colors.accent} wave={wave} />
        </g>
      ) : null}

      <g transform={`translate(${spec.width * 0.55} ${spec.clothTop}) scale(${0.2 + clothIn * 0.8} 1) translate(${-spec.width * 0.55} ${-spec.clothTop})`} opacity={Math.min(1, clothIn * 2)}>
        <path d={spec.cloth} fill={colors.cloth} />
        <path d={spec.cloth} fill="#000000" opacity={0.42} />
        <path d={spec.cloth} fill={`url(#${id}-cloth)`} opacity={0.5} />
        <path d={spec.cloth} fill={`url(#${id}-light)`} />
        <path d={spec.cloth} fill="none" stroke={colors.accent} strokeWidth={4} />
        <g opacity={0.55}>
          {Array.from({ length: 9 }, (_, i) => {
            const x = spec.width * (0.14 + i * 0.095);
            const y = spec.height - (spec.height - spec.clothTop) * 0.22;
            return <path key={i} d={BOTEH} fill={i % 2 ? colors.accent : withAlpha('#ffffff', 0.7)} transform={`translate(${x} ${y}) scale(${variant === 'tall' ? 1.3 : 1}) rotate(${i % 2 ? 20 : -20})`} />;
          })}
        </g>
        <path d={`M${spec.hemStart + 4} ${spec.height - 12} L${spec.width} ${spec.height - 12}`} stroke={colors.accent} strokeWidth={6} strokeDasharray="14 10" />
      </g>

      {spec.items.map((item, i) => {
        const p = pop(10 + i * 7);
        if (p <= 0.001) return null;
        return (
          <g key={item.id} transform={`translate(${item.x} ${item.y}) scale(${item.scale * p})`}>
            <Item id={item.id} colors={colors} grow={spring({ frame: frame - start - 18 - i * 7, fps, config: { damping: 20 } })} />
          </g>
        );
      })}

      {variant === 'wide' ? (
        <g transform={`translate(${c.x - (1 - character) * 400} ${c.y + bob * 0.5}) rotate(${sway}) scale(${c.scale})`} opacity={Math.min(1, character * 2)}>
          <AmuNowruz robe={colors.secondary} trim={colors.accent} wave={wave} />
        </g>
      ) : null}
    </svg>
  );
}
