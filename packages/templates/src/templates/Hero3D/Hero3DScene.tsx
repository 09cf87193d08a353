import { interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { clampBoth, easeOut, useByAspect } from '../../brand';
import { CameraRig, CinematicPost, DriftingMotes, hdr, KhatamMark, LogoPlaque, orbit, ReflectiveFloor, shadeHex, StudioLighting, type LoadedImage, type Vec3 } from '../../three';
import type { Palette } from '../../brand/colors';
import type { Aspect } from '../../contract/aspects';

const MARK_CENTER: Vec3 = [0, 2.05, 0];

/**
 * Per-aspect lens: the mark sits in the upper half, the floor below holds the titles.
 * `pillars` is how far out the two light pillars stand: they frame the halo inside the
 * frame in every aspect instead of being cut by a narrow frame's edges.
 */
const FRAMING: Record<Aspect, { fov: number; distance: number; lookY: number; pillars: number }> = {
  '16:9': { fov: 27, distance: 14, lookY: 1.25, pillars: 5.2 },
  '1:1': { fov: 30, distance: 16, lookY: 0.85, pillars: 3.9 },
  '9:16': { fov: 40, distance: 15.5, lookY: 0.35, pillars: 2.9 },
};

export function Hero3DScene({ palette, logo }: { palette: Palette; logo: LoadedImage | null }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const framing = useByAspect(FRAMING);

  // Camera: a low dolly from the left that settles in front, then a slow push and drift.
  const arrive = interpolate(frame, [0, 95], [0, 1], { ...clampBoth, easing: easeOut });
  const drift = interpolate(frame, [95, 180], [0, 1], clampBoth);
  const angle = -0.62 * (1 - arrive) + 0.14 * drift;
  const distance = framing.distance * (1.35 - 0.35 * arrive - 0.06 * drift);
  const height = 0.45 + 1.15 * arrive + 0.2 * drift;

  // The mark spins in on a heavy spring, rises and keeps a gentle sway.
  const settle = spring({ frame: frame - 4, fps, config: { damping: 22, mass: 1.6 }, durationInFrames: 75 });
  const spin = -Math.PI * 2.5 * (1 - settle) + Math.sin(frame / 38) * 0.13 * settle;
  const rise = interpolate(settle, [0, 1], [-0.5, 0]);

  // The halo ignites behind the mark, flares, then breathes.
  const halo = interpolate(frame, [20, 52], [0, 1], { ...clampBoth, easing: easeOut });
  const haloGlow = interpolate(frame, [20, 44, 80], [0, 9, 3.2], clampBoth) + Math.sin(frame / 9) * 0.25 * halo;

  // A light sweeps across the metal once the mark faces the lens.
  const sweepX = interpolate(frame, [45, 115], [-6, 6], { ...clampBoth, easing: easeOut });

  return (
    <>
      <CameraRig
        shot={{ position: orbit(distance, angle, height), target: [0, framing.lookY, 0], fov: framing.fov, roll: -0.04 * (1 - arrive) }}
      />
      <StudioLighting key1={shadeHex(palette.accent, 0.3)} rim={palette.secondary} envIntensity={0.9} />
      <pointLight position={[sweepX, 2.4, 2.6]} intensity={28} distance={9} decay={2} color="#ffffff" />

      <group position={[MARK_CENTER[0], MARK_CENTER[1] + rise, MARK_CENTER[2]]} rotation-y={spin} scale={0.75 + 0.35 * settle}>
        {logo ? <LogoPlaque image={logo} frame={palette.primary} size={2.1} /> : <KhatamMark primary={palette.primary} accent={palette.accent} glow={0.9 + haloGlow * 0.12} />}
      </group>

      <group position={[0, MARK_CENTER[1], -1.3]} scale={0.35 + 0.65 * halo}>
        <mesh>
          <torusGeometry args={[1.8, 0.024, 8, 96]} />
          <meshBasicMaterial color={hdr(palette.secondary, haloGlow)} toneMapped={false} />
        </mesh>
        <mesh rotation-z={frame / 60}>
          <torusGeometry args={[2.08, 0.009, 6, 96, Math.PI * 1.2]} />
          <meshBasicMaterial color={hdr(palette.accent, haloGlow * 0.8)} toneMapped={false} />
        </mesh>
      </group>

      {/* Two light pillars far behind: depth, rim light and long streaks in the mirror. */}
      {[-1, 1].map((side) => (
        <mesh key={side} position={[side * framing.pillars, 2.6, -5]}>
          <boxGeometry args={[0.12, 5.2, 0.12]} />
          <meshBasicMaterial color={hdr(side < 0 ? palette.primary : palette.secondary, 2.2 * halo + 0.3)} toneMapped={false} />
        </mesh>
      ))}

      <DriftingMotes color={palette.accent} intensity={2.2} center={[0, 2.4, 0]} size={[13, 5.5, 10]} count={44} seed="hero" />
      <ReflectiveFloor color={shadeHex(palette.background, -0.2)} strength={30} />
      <CinematicPost focus={MARK_CENTER} focusRange={2.6} bokeh={3.5} bloom={1.1} vignette={0.7} />
    </>
  );
}
