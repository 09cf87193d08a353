import { RoundedBox } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { DoubleSide, LatheGeometry, Vector2, type Mesh } from 'three';
import type { Palette } from '../../brand/colors';
import { hdr, mixHex, shadeHex, type LoadedImage } from '../../three';

/** Perfume-bottle silhouette (radius, height) from base to neck, turned with six sides. */
const BOTTLE_PROFILE: Array<[number, number]> = [
  [0, 0],
  [0.44, 0],
  [0.5, 0.05],
  [0.5, 1.25],
  [0.44, 1.36],
  [0.16, 1.44],
  [0.13, 1.52],
];

// Smooth-shaded on purpose: flat-shaded or split-normal facets produced NaN pixels under
// swangle (degenerate axis triangles), which bloom then smeared into black blocks.
function bottleGeometry(): LatheGeometry {
  return new LatheGeometry(BOTTLE_PROFILE.map(([r, y]) => new Vector2(r, y)), 6, Math.PI / 6);
}

/**
 * A layer only the lens sees. The floor's mirror pass renders layer 0 from below into a
 * half-float buffer; under swangle the glossy glass produced non-finite pixels there,
 * which the mirror's blur smeared into black blots in the reflection. The body sits
 * behind the podium in the mirror anyway, so it stays out of that pass.
 */
const LENS_ONLY_LAYER = 5;

function useLensOnly(): RefObject<Mesh | null> {
  const camera = useThree((state) => state.camera);
  const ref = useRef<Mesh>(null);
  useLayoutEffect(() => {
    camera.layers.enable(LENS_ONLY_LAYER);
    ref.current?.layers.set(LENS_ONLY_LAYER);
  }, [camera]);
  return ref;
}

/**
 * The generated product: a six-sided bottle of deep brand-coloured glass — its turning
 * sides sweep past the studio's light strips — with a metal collar and cap.
 */
export function Bottle({ palette }: { palette: Palette }) {
  const glass = useMemo(() => bottleGeometry(), []);
  const body = useLensOnly();
  const cap = mixHex(palette.accent, '#ffffff', 0.15);
  return (
    <group scale={1.25}>
      <mesh ref={body} geometry={glass}>
        <meshStandardMaterial
          color={shadeHex(palette.primary, -0.1)}
          emissive={palette.primary}
          emissiveIntensity={0.08}
          roughness={0.14}
          metalness={0.45}
          envMapIntensity={2.4}
        />
      </mesh>
      <mesh position-y={1.5}>
        <cylinderGeometry args={[0.19, 0.19, 0.08, 6]} />
        <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.3} envMapIntensity={1.2} />
      </mesh>
      <mesh position-y={1.82}>
        <cylinderGeometry args={[0.2, 0.24, 0.56, 6]} />
        <meshStandardMaterial color={cap} metalness={1} roughness={0.28} envMapIntensity={1.2} />
      </mesh>
      <mesh position-y={2.105}>
        <cylinderGeometry args={[0.2, 0.2, 0.01, 6]} />
        <meshBasicMaterial color={hdr(palette.accent, 1.4)} toneMapped={false} />
      </mesh>
    </group>
  );
}

/** A user's product photo on a floating glass card (sized to the photo's aspect ratio). */
export function ProductCard({ image, palette }: { image: LoadedImage; palette: Palette }) {
  const height = image.aspect >= 1 ? 1.8 / image.aspect : 1.8;
  const width = height * image.aspect;
  return (
    <group position-y={1.02}>
      <RoundedBox args={[width + 0.16, height + 0.16, 0.06]} radius={0.05} smoothness={3}>
        <meshPhysicalMaterial color={mixHex(palette.background, '#ffffff', 0.15)} transparent opacity={0.35} roughness={0.15} clearcoat={1} clearcoatRoughness={0.15} />
      </RoundedBox>
      <mesh position-z={0.035}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial map={image.texture} transparent toneMapped={false} />
      </mesh>
      <mesh position-z={-0.035} rotation-y={Math.PI}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial map={image.texture} transparent toneMapped={false} color="#bbbbbb" />
      </mesh>
    </group>
  );
}

/** A two-step podium with a glowing edge and a slowly turning inlay ring. */
export function Podium({ palette, glow, turn }: { palette: Palette; glow: number; turn: number }) {
  const edge = useMemo(() => hdr(palette.secondary, glow), [palette.secondary, glow]);
  return (
    <group>
      <mesh position-y={0.15}>
        <cylinderGeometry args={[1.6, 1.7, 0.3, 64]} />
        <meshStandardMaterial color={shadeHex(palette.background, 0.12)} metalness={0.7} roughness={0.3} />
      </mesh>
      <mesh position-y={0.3} rotation-x={Math.PI / 2}>
        <torusGeometry args={[1.6, 0.018, 8, 96]} />
        <meshBasicMaterial color={edge} toneMapped={false} />
      </mesh>
      <mesh position-y={0.42}>
        <cylinderGeometry args={[1.15, 1.2, 0.24, 64]} />
        <meshStandardMaterial color={shadeHex(palette.primary, -0.55)} metalness={0.8} roughness={0.25} />
      </mesh>
      <mesh position-y={0.545} rotation-x={-Math.PI / 2} rotation-z={turn}>
        <ringGeometry args={[0.9, 1.0, 64, 1, 0, Math.PI * 1.5]} />
        <meshBasicMaterial color={edge} toneMapped={false} side={DoubleSide} />
      </mesh>
    </group>
  );
}

/** Vertical neon bars behind the stage that switch on one by one; `spread` scales their distance from the centre. */
export function NeonBars({ palette, frame, spread = 1 }: { palette: Palette; frame: number; spread?: number }) {
  const bars = [-4.2, -2.8, 2.8, 4.2].map((x) => x * spread);
  return (
    <>
      {bars.map((x, i) => {
        const on = frame > 6 + i * 7 ? 1 : 0;
        // A quick double flicker as each tube strikes.
        const strike = frame - (6 + i * 7);
        const flicker = strike >= 0 && strike < 6 ? (strike % 3 === 1 ? 0.3 : 1) : 1;
        const color = i % 2 === 0 ? palette.primary : palette.secondary;
        return (
          <mesh key={x} position={[x, 2.6, -3.2 - Math.abs(x) * 0.3]}>
            <boxGeometry args={[0.1, 5.2, 0.1]} />
            <meshBasicMaterial color={hdr(color, 2.6 * on * flicker + 0.05)} toneMapped={false} />
          </mesh>
        );
      })}
    </>
  );
}
