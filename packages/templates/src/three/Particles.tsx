import { useLayoutEffect, useMemo, useRef } from 'react';
import { random, useCurrentFrame } from 'remotion';
import { Color, Object3D, type InstancedMesh } from 'three';
import type { Vec3 } from './CameraRig';

export interface DriftingMotesProps {
  count?: number;
  /** Box the motes live in: centre and size. */
  center?: Vec3;
  size?: Vec3;
  color: string;
  /** HDR brightness; > 1 makes them bloom into bokeh discs once out of focus. */
  intensity?: number;
  radius?: number;
  /** World units per frame of upward drift. */
  rise?: number;
  seed?: string;
}

/**
 * Glowing dust drifting through the light: one instanced draw call, every position a
 * pure function of (seed, frame) so any frame renders the same on any node.
 */
export function DriftingMotes({
  count = 48,
  center = [0, 2, 0],
  size = [14, 6, 8],
  color,
  intensity = 3,
  radius = 0.03,
  rise = 0.006,
  seed = 'motes',
}: DriftingMotesProps) {
  const frame = useCurrentFrame();
  const ref = useRef<InstancedMesh>(null);
  const dummy = useMemo(() => new Object3D(), []);
  const glow = useMemo(() => new Color(color).multiplyScalar(intensity), [color, intensity]);
  const seeds = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => ({
        x: random(`${seed}-x-${i}`) - 0.5,
        y: random(`${seed}-y-${i}`),
        z: random(`${seed}-z-${i}`) - 0.5,
        phase: random(`${seed}-p-${i}`) * Math.PI * 2,
        scale: 0.5 + random(`${seed}-s-${i}`),
      })),
    [count, seed],
  );
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    seeds.forEach((s, i) => {
      const y = (s.y + frame * rise * s.scale / size[1]) % 1;
      dummy.position.set(
        center[0] + s.x * size[0] + Math.sin(frame * 0.02 + s.phase) * 0.15,
        center[1] + (y - 0.5) * size[1],
        center[2] + s.z * size[2],
      );
      // Fade in and out at the ends of the loop so no mote pops.
      dummy.scale.setScalar(s.scale * Math.min(1, y * 6, (1 - y) * 6));
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
    });
    mesh.instanceMatrix.needsUpdate = true;
  }, [frame, seeds, dummy, center, size, rise]);
  return (
    <instancedMesh ref={ref} args={[undefined, undefined, count]} frustumCulled={false}>
      <icosahedronGeometry args={[radius, 1]} />
      <meshBasicMaterial color={glow} toneMapped={false} />
    </instancedMesh>
  );
}
