import { MeshReflectorMaterial } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { memo } from 'react';

export interface ReflectiveFloorProps {
  color: string;
  y?: number;
  /** Reflection gain (it is multiplied by the floor colour, so dark floors need ~20–60). */
  strength?: number;
  /** Reflection texture size at full output size; it follows the render scale down. */
  resolution?: number;
}

/** A glossy, blurred mirror floor (one extra low-resolution scene render per frame). */
/**
 * Sits a hair below y = 0: the mirror's clip plane then passes under the flat bases of
 * objects standing on the floor, so the reflection never sees into them from below.
 */
export const ReflectiveFloor = memo(function ReflectiveFloor({ color, y = -0.005, strength = 30, resolution = 512 }: ReflectiveFloorProps) {
  const dpr = useThree((state) => state.viewport.dpr);
  return (
    <mesh rotation-x={-Math.PI / 2} position-y={y}>
      <planeGeometry args={[60, 60]} />
      <MeshReflectorMaterial
        resolution={Math.max(256, Math.round(resolution * dpr))}
        blur={[240, 60]}
        mixBlur={1}
        mixStrength={strength}
        mixContrast={1.1}
        roughness={0.85}
        metalness={0.5}
        color={color}
        mirror={0}
      />
    </mesh>
  );
});
