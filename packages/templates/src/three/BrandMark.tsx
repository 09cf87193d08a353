import { RoundedBox } from '@react-three/drei';
import { useMemo } from 'react';
import { ExtrudeGeometry, Path, Shape } from 'three';
import type { LoadedImage } from './useImageTexture';

/** An eight-pointed star (khatam) outline with a round window, radius 1. */
function khatamShape(points = 8, inner = 0.7654, hole = 0.42): Shape {
  const shape = new Shape();
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? 1 : inner;
    const angle = (i / (points * 2)) * Math.PI * 2 + Math.PI / 2;
    const x = Math.cos(angle) * radius;
    const y = Math.sin(angle) * radius;
    if (i === 0) shape.moveTo(x, y);
    else shape.lineTo(x, y);
  }
  shape.closePath();
  const window = new Path();
  window.absarc(0, 0, hole, 0, Math.PI * 2, true);
  shape.holes.push(window);
  return shape;
}

export interface BrandMarkProps {
  primary: string;
  accent: string;
  /** Emissive strength of the core (HDR: > 1 blooms). */
  glow?: number;
}

/** The generated logo when none is given: a bevelled metal khatam with a glowing core. */
export function KhatamMark({ primary, accent, glow = 2 }: BrandMarkProps) {
  const geometry = useMemo(
    () =>
      new ExtrudeGeometry(khatamShape(), {
        depth: 0.22,
        bevelEnabled: true,
        bevelThickness: 0.06,
        bevelSize: 0.05,
        bevelSegments: 2,
        curveSegments: 24,
      }).center(),
    [],
  );
  return (
    <group>
      <mesh geometry={geometry}>
        <meshPhysicalMaterial color={primary} emissive={primary} emissiveIntensity={0.18} metalness={1} roughness={0.32} clearcoat={1} clearcoatRoughness={0.15} envMapIntensity={1.6} />
      </mesh>
      <mesh rotation-x={Math.PI / 2}>
        <cylinderGeometry args={[0.3, 0.3, 0.28, 40]} />
        <meshStandardMaterial color={accent} emissive={accent} emissiveIntensity={glow} metalness={0.3} roughness={0.3} toneMapped={false} />
      </mesh>
      <mesh>
        <torusGeometry args={[0.42, 0.035, 12, 64]} />
        <meshStandardMaterial color={accent} metalness={1} roughness={0.15} />
      </mesh>
    </group>
  );
}

/** A user's logo on a bevelled plaque; the plaque follows the image's aspect ratio. */
export function LogoPlaque({ image, frame, size = 2 }: { image: LoadedImage; frame: string; size?: number }) {
  const width = image.aspect >= 1 ? size : size * image.aspect;
  const height = image.aspect >= 1 ? size / image.aspect : size;
  const pad = 0.28;
  return (
    <group>
      <RoundedBox args={[width + pad, height + pad, 0.16]} radius={0.08} smoothness={3}>
        <meshStandardMaterial color={frame} metalness={0.85} roughness={0.3} />
      </RoundedBox>
      <mesh position-z={0.085}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial map={image.texture} transparent toneMapped={false} />
      </mesh>
    </group>
  );
}
