import { useLayoutEffect, useMemo, useRef } from 'react';
import { random, useCurrentFrame } from 'remotion';
import { Color, DoubleSide, Object3D, type InstancedMesh } from 'three';
import type { Vec3 } from './CameraRig';

export interface FallingPiecesProps {
  count: number;
  colors: string[];
  /** Box the pieces fall through: centre and size (they wrap from bottom to top). */
  center: Vec3;
  size: Vec3;
  /** Piece size (width, height) in world units. */
  piece: [number, number];
  /** World units per frame. */
  speed?: number;
  /** Frame the fall starts; pieces enter from the top of the box. */
  start?: number;
  seed?: string;
  /** Petals are soft and matte; confetti is shiny. */
  metalness?: number;
}

/**
 * Confetti, petals, leaves: one instanced draw call, each piece tumbling on its own
 * seeded axis. Positions depend only on (seed, frame), so any frame renders alike.
 */
export function FallingPieces({ count, colors, center, size, piece, speed = 0.02, start = 0, seed = 'pieces', metalness = 0.3 }: FallingPiecesProps) {
  const frame = useCurrentFrame();
  const ref = useRef<InstancedMesh>(null);
  const dummy = useMemo(() => new Object3D(), []);
  const palette = colors.join('|');
  const seeds = useMemo(() => {
    const list = palette.split('|');
    return Array.from({ length: count }, (_, i) => ({
      x: random(`${seed}-x-${i}`) - 0.5,
      z: random(`${seed}-z-${i}`) - 0.5,
      offset: random(`${seed}-o-${i}`),
      speed: 0.6 + 0.8 * random(`${seed}-v-${i}`),
      spin: 0.05 + 0.12 * random(`${seed}-s-${i}`),
      phase: random(`${seed}-p-${i}`) * Math.PI * 2,
      color: list[Math.floor(random(`${seed}-c-${i}`) * list.length)] ?? '#ffffff',
    }));
  }, [count, seed, palette]);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    seeds.forEach((s, i) => mesh.setColorAt(i, new Color(s.color)));
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }, [seeds]);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const t = Math.max(0, frame - start);
    seeds.forEach((s, i) => {
      // Travel 0..1 down the box, starting staggered above it so the first pieces trickle in.
      const travel = (t * speed * s.speed) / size[1] - s.offset;
      const wrapped = travel - Math.floor(travel);
      const visible = travel >= 0 ? 1 : 0;
      dummy.position.set(
        center[0] + s.x * size[0] + Math.sin(t * 0.05 + s.phase) * 0.25,
        center[1] + size[1] / 2 - wrapped * size[1],
        center[2] + s.z * size[2] + Math.cos(t * 0.04 + s.phase) * 0.2,
      );
      dummy.rotation.set(t * s.spin + s.phase, t * s.spin * 0.7, s.phase + t * s.spin * 0.4);
      dummy.scale.setScalar(visible);
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
    });
    mesh.instanceMatrix.needsUpdate = true;
  }, [frame, seeds, dummy, center, size, speed, start]);
  return (
    <instancedMesh ref={ref} args={[undefined, undefined, count]} frustumCulled={false}>
      <planeGeometry args={piece} />
      <meshStandardMaterial side={DoubleSide} roughness={0.45} metalness={metalness} />
    </instancedMesh>
  );
}
