import type { ReactNode } from 'react';
import { Easing, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { clampBoth, useByAspect } from '../../brand';
import type { Palette } from '../../brand/colors';
import type { Aspect } from '../../contract/aspects';
import { BackdropGlow, CameraRig, CinematicPost, DriftingMotes, FallingPieces, orbit, ReflectiveFloor, shadeHex, StudioLighting, type Vec3 } from '../../three';
import { Apples, Hyacinth, PaintedEggs, Sabzeh } from './HaftSin';
import { CandlePair, Coins, FilledBowl, GoldfishBowl, Mirror, SofrehRings } from './Tableware';

const FOCUS: Vec3 = [0, 0.5, 0.2];

/** Per-aspect lens and lens shift: the table leaves the text its side / band of the frame. */
const FRAMING: Record<Aspect, { fov: number; radius: number; height: number; shift: [number, number] }> = {
  '16:9': { fov: 30, radius: 11, height: 3.5, shift: [0.22, -0.03] },
  '1:1': { fov: 34, radius: 12.5, height: 3.9, shift: [0, -0.19] },
  // Higher and further back: the whole round sofreh fits the narrow frame, and the
  // steeper view gives it the height the tall frame has to fill.
  '9:16': { fov: 46, radius: 12, height: 7.5, shift: [0, -0.12] },
};

/** Pops an item up from the cloth on its own beat. */
function Item({ at, position, rotation = 0, children }: { at: number; position: Vec3; rotation?: number; children: ReactNode }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const s = spring({ frame: frame - at, fps, config: { damping: 12, mass: 0.7 } });
  if (s <= 0.001) return null;
  return (
    <group position={position} rotation-y={rotation} scale={s}>
      {children}
    </group>
  );
}

export function Nowruz3DScene({ palette }: { palette: Palette }) {
  const frame = useCurrentFrame();
  const framing = useByAspect(FRAMING);
  const item = { palette, frame };

  // Open low and close on the bowl as the items rise, then swing round and pull back to the whole sofreh.
  const arrive = interpolate(frame, [0, 150], [0, 1], { ...clampBoth, easing: Easing.inOut(Easing.cubic) });
  const drift = interpolate(frame, [150, 240], [0, 1], clampBoth);
  const angle = 0.55 * (1 - arrive) - 0.1 * arrive - 0.12 * drift;
  const radius = framing.radius * (0.45 + 0.55 * arrive - 0.04 * drift);
  const height = framing.height * (0.45 + 0.55 * arrive);
  const shift: [number, number] = [framing.shift[0] * arrive, framing.shift[1] * arrive];
  const lit = interpolate(frame, [60, 80], [0, 1], clampBoth);
  const rings = interpolate(frame, [30, 70], [0, 2.4], clampBoth);

  return (
    <>
      <CameraRig shot={{ position: orbit(radius, angle, height), target: [0, 0.45, 0], fov: framing.fov, shift }} />
      <StudioLighting key1={shadeHex(palette.accent, 0.4)} rim={shadeHex(palette.primary, 0.3)} envIntensity={0.85} keyIntensity={1.8} />

      <Item at={6} position={[0, 0, -1.35]}>
        <Mirror {...item} />
      </Item>
      <Item at={14} position={[0, 0, 0]}>
        <CandlePair {...item} lit={lit} />
      </Item>
      <Item at={22} position={[0, 0, 0.15]}>
        <GoldfishBowl {...item} />
      </Item>
      <Item at={30} position={[-1.45, 0, -0.35]}>
        <Sabzeh {...item} />
      </Item>
      <Item at={38} position={[1.45, 0, -0.4]}>
        <Hyacinth {...item} />
      </Item>
      <Item at={46} position={[-0.95, 0, 1.05]}>
        <PaintedEggs {...item} />
      </Item>
      <Item at={52} position={[1.0, 0, 0.95]} rotation={0.6}>
        <Apples {...item} />
      </Item>
      <Item at={58} position={[0.3, 0, 1.55]}>
        <Coins {...item} />
      </Item>
      <Item at={62} position={[-2.1, 0, 0.55]}>
        <FilledBowl {...item} fill={shadeHex(palette.accent, -0.62)} />
      </Item>
      <Item at={66} position={[2.1, 0, 0.45]}>
        <FilledBowl {...item} fill={shadeHex(palette.secondary, -0.45)} />
      </Item>

      <SofrehRings palette={palette} glow={rings} />
      <BackdropGlow color={palette.primary} z={-16} width={34} height={14} opacity={0.28} />
      <FallingPieces
        count={34}
        colors={[palette.secondary, shadeHex(palette.secondary, 0.45), palette.text]}
        center={[0, 2.4, 0]}
        size={[7, 4.8, 5]}
        piece={[0.08, 0.055]}
        speed={0.016}
        start={10}
        seed="nowruz-petals"
        metalness={0}
      />
      <DriftingMotes color={palette.accent} intensity={2} center={[0, 2.2, -2]} size={[12, 4, 6]} count={28} seed="nowruz" />
      <ReflectiveFloor color={shadeHex(palette.background, -0.1)} strength={24} />
      <CinematicPost focus={FOCUS} focusRange={3.2} bokeh={3} bloom={0.9} vignette={0.62} />
    </>
  );
}
