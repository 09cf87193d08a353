import { Easing, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { clampBoth, easeOut, useByAspect } from '../../brand';
import type { Palette } from '../../brand/colors';
import type { Aspect } from '../../contract/aspects';
import { BackdropGlow, CameraRig, CinematicPost, DriftingMotes, FallingPieces, mixHex, orbit, ReflectiveFloor, shadeHex, StudioLighting, type Vec3 } from '../../three';
import { Balloon, Cake, Gift } from './Party';

const FOCUS: Vec3 = [0, 1.2, 0];

/**
 * `spread` pulls balloons and gifts inwards where the text needs the side of the frame (or
 * a narrow frame would cut them); `lift` lowers the balloons under a band of text on top.
 */
const FRAMING: Record<Aspect, { fov: number; radius: number; height: number; lookY: number; shift: [number, number]; spread: number; lift: number }> = {
  '16:9': { fov: 30, radius: 12.5, height: 2.6, lookY: 1.6, shift: [0.22, 0], spread: 0.64, lift: 1 },
  '1:1': { fov: 36, radius: 14, height: 2.6, lookY: 1.7, shift: [0, -0.2], spread: 0.9, lift: 0.8 },
  '9:16': { fov: 50, radius: 10, height: 2.4, lookY: 2.0, shift: [0, -0.11], spread: 0.7, lift: 0.85 },
};

/** Where each balloon floats to (x, y, z), its colour slot and its bob phase. */
const BALLOONS: Array<{ at: Vec3; slot: 'primary' | 'secondary' | 'accent' | 'mix' | 'text'; phase: number; delay: number }> = [
  { at: [-2.1, 3.2, -1.2], slot: 'secondary', phase: 0, delay: 20 },
  { at: [-1.3, 4.0, -2.2], slot: 'accent', phase: 1.3, delay: 28 },
  { at: [-2.9, 2.5, -2.6], slot: 'primary', phase: 2.2, delay: 36 },
  { at: [2.0, 3.5, -1.0], slot: 'primary', phase: 0.7, delay: 24 },
  { at: [1.2, 4.3, -2.4], slot: 'mix', phase: 3.1, delay: 32 },
  { at: [2.9, 2.7, -2.4], slot: 'text', phase: 4.2, delay: 40 },
];

export function Birthday3DScene({ palette, candles }: { palette: Palette; candles: number }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const framing = useByAspect(FRAMING);

  // Start tight on the candles as they light, then crane back to the whole party.
  const pull = interpolate(frame, [10, 130], [0, 1], { ...clampBoth, easing: Easing.inOut(Easing.cubic) });
  const drift = interpolate(frame, [130, 210], [0, 1], clampBoth);
  const angle = 0.35 * (1 - pull) - 0.12 * drift;
  const radius = framing.radius * (0.32 + 0.68 * pull - 0.03 * drift);
  const height = 2.3 + (framing.height - 2.3) * pull;
  const lookY = 1.75 + (framing.lookY - 1.75) * pull;
  const ignite = interpolate(frame, [18, 60], [0, 1], clampBoth);
  const celebrate = interpolate(frame, [70, 90], [0, 1], { ...clampBoth, easing: easeOut });
  const colors = { ...palette, mix: mixHex(palette.primary, palette.accent, 0.5) };

  return (
    <>
      <CameraRig shot={{ position: orbit(radius, angle, height), target: [0, lookY, 0], fov: framing.fov, shift: [framing.shift[0] * pull, framing.shift[1] * pull] }} />
      <StudioLighting key1={shadeHex(palette.accent, 0.35)} rim={shadeHex(palette.secondary, 0.2)} envIntensity={0.9} keyIntensity={1.9} />
      <pointLight position={[0, 2.3, 0.3]} color={palette.accent} intensity={5 * ignite} distance={5} decay={2} />

      <Cake palette={palette} frame={frame} candles={candles} ignite={ignite} />

      {BALLOONS.map((b, i) => {
        const rise = spring({ frame: frame - b.delay, fps, config: { damping: 16, mass: 1.4 } });
        const bob = Math.sin(frame / 22 + b.phase) * 0.1;
        const top = 0.5 + (b.at[1] - 0.5) * framing.lift;
        return (
          <group key={i} position={[b.at[0] * framing.spread, top - 5 * (1 - rise) + bob, b.at[2]]}>
            <Balloon color={colors[b.slot]} sway={Math.sin(frame / 30 + b.phase) * 0.08} stringLength={top - 0.5} />
          </group>
        );
      })}

      <group position={[-1.95 * framing.spread, 0, 1.0]} rotation-y={0.4}>
        <Gift size={[0.75, 0.6, 0.75]} box={palette.secondary} ribbon={palette.accent} />
      </group>
      <group position={[1.85 * framing.spread, 0, 0.9]} rotation-y={-0.5}>
        <Gift size={[0.6, 0.45, 0.6]} box={palette.accent} ribbon={palette.primary} />
      </group>
      <group position={[2.5 * framing.spread, 0, -0.2]} rotation-y={0.3}>
        <Gift size={[0.42, 0.75, 0.42]} box={palette.primary} ribbon={palette.text} />
      </group>

      <FallingPieces
        count={70}
        colors={[palette.primary, palette.secondary, palette.accent, palette.text]}
        center={[0, 3.2, 0]}
        size={[9, 6.5, 6]}
        piece={[0.09, 0.05]}
        speed={0.035}
        start={70}
        seed="birthday-confetti"
        metalness={0.6}
      />
      <DriftingMotes color={palette.accent} intensity={2.2 * celebrate + 0.6} center={[0, 3, -3]} size={[13, 5, 5]} count={30} seed="birthday" />
      <BackdropGlow color={palette.secondary} z={-15} width={30} height={13} opacity={0.2} />
      <ReflectiveFloor color={shadeHex(palette.background, 0.05)} strength={26} />
      <CinematicPost focus={FOCUS} focusRange={3} bokeh={3} bloom={1} vignette={0.72} />
    </>
  );
}
