import { interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { clampBoth, easeOut, useByAspect } from '../../brand';
import type { Palette } from '../../brand/colors';
import type { Aspect } from '../../contract/aspects';
import { BackdropGlow, CameraRig, CinematicPost, DriftingMotes, hdr, orbit, ReflectiveFloor, shadeHex, StudioLighting, type LoadedImage, type Vec3 } from '../../three';
import { Bottle, NeonBars, Podium, ProductCard } from './Showcase';

const FOCUS: Vec3 = [0, 1.6, 0];

/** Per-aspect lens; the shift leaves the text its side (16:9, 1:1) or bands (9:16), `bars` keeps the neon inside narrow frames. */
const FRAMING: Record<Aspect, { fov: number; radius: number; height: number; lookY: number; shift: [number, number]; bars: number }> = {
  '16:9': { fov: 30, radius: 10.5, height: 2.2, lookY: 1.45, shift: [0.2, 0], bars: 1 },
  '1:1': { fov: 34, radius: 14, height: 2.3, lookY: 1.45, shift: [0.2, 0], bars: 0.85 },
  '9:16': { fov: 46, radius: 11.5, height: 2.3, lookY: 1.4, shift: [0, 0.02], bars: 0.8 },
};

export function Promo3DScene({ palette, product }: { palette: Palette; product: LoadedImage | null }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const framing = useByAspect(FRAMING);

  // Turntable camera: rises from a low, close angle and keeps circling the product.
  const arrive = interpolate(frame, [0, 80], [0, 1], { ...clampBoth, easing: easeOut });
  const angle = interpolate(frame, [0, 225], [-0.7, 0.35]);
  const radius = framing.radius * (0.7 + 0.3 * arrive);
  const height = 0.7 + (framing.height - 0.7) * arrive;
  const lookY = 1.1 + (framing.lookY - 1.1) * arrive;

  // The product drops onto the podium with a bounce, then turns slowly.
  const land = spring({ frame: frame - 22, fps, config: { damping: 10, mass: 0.9 } });
  const drop = (1 - land) * 3.2;
  const spin = frame * 0.018 + (1 - land) * Math.PI;
  const glow = interpolate(frame, [20, 50], [0, 3], clampBoth);
  const ring = interpolate(frame, [34, 70], [0, 1], { ...clampBoth, easing: easeOut });

  return (
    <>
      <CameraRig shot={{ position: orbit(radius, angle, height), target: [0, lookY, 0], fov: framing.fov, shift: [framing.shift[0] * arrive, framing.shift[1] * arrive] }} />
      <StudioLighting key1={shadeHex(palette.secondary, 0.4)} rim={shadeHex(palette.primary, 0.3)} envIntensity={1.8} keyIntensity={2} />
      <spotLight position={[0, 6, 2]} angle={0.45} penumbra={0.8} intensity={60 * arrive} distance={12} color="#ffffff" />

      <Podium palette={palette} glow={glow} turn={frame * 0.01} />
      <group position={[0, 0.56 + drop, 0]} rotation-y={spin}>
        {product ? <ProductCard image={product} palette={palette} /> : <Bottle palette={palette} />}
      </group>

      {/* A halo ring standing behind the product. */}
      <mesh position={[0, 1.6, -1.8]} scale={0.5 + 0.5 * ring}>
        <torusGeometry args={[2.1, 0.035, 8, 96]} />
        <meshBasicMaterial color={hdr(palette.primary, 3.2 * ring)} toneMapped={false} />
      </mesh>
      <NeonBars palette={palette} frame={frame} spread={framing.bars} />

      <DriftingMotes color={palette.secondary} intensity={2} center={[0, 2.2, -1]} size={[11, 5, 7]} count={32} seed="promo" />
      <BackdropGlow color={palette.primary} z={-14} width={28} height={12} opacity={0.25} />
      <ReflectiveFloor color={shadeHex(palette.background, 0.04)} strength={26} />
      <CinematicPost focus={FOCUS} focusRange={2.8} bokeh={3.2} bloom={1} vignette={0.7} />
    </>
  );
}
