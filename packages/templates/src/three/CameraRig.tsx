import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import type { PerspectiveCamera } from 'three';

export type Vec3 = [number, number, number];

export interface CameraShot {
  position: Vec3;
  target: Vec3;
  /** Vertical field of view in degrees. */
  fov: number;
  /** Dutch tilt in radians (roll around the view axis). */
  roll?: number;
  /**
   * Lens shift as a fraction of the frame ([0.2, 0] moves the subject a fifth of the
   * frame to the left): makes room for text without turning the camera off its subject.
   */
  shift?: [number, number];
}

/**
 * Places the default camera for this frame. Runs in a layout effect, which React commits
 * before @remotion/three's frame renderer (a passive effect) draws the frame.
 */
export function CameraRig({ shot }: { shot: CameraShot }) {
  const camera = useThree((state) => state.camera) as PerspectiveCamera;
  const { width, height } = useThree((state) => state.size);
  const [px, py, pz] = shot.position;
  const [tx, ty, tz] = shot.target;
  const { fov, roll = 0 } = shot;
  const [sx, sy] = shot.shift ?? [0, 0];
  useLayoutEffect(() => {
    camera.position.set(px, py, pz);
    camera.up.set(Math.sin(roll), Math.cos(roll), 0);
    camera.lookAt(tx, ty, tz);
    camera.fov = fov;
    // setViewOffset also sets the aspect from its full size, so pass the real frame size.
    if (sx !== 0 || sy !== 0) camera.setViewOffset(width, height, sx * width, sy * height, width, height);
    else camera.clearViewOffset();
    camera.updateProjectionMatrix();
    camera.updateMatrixWorld();
  }, [camera, px, py, pz, tx, ty, tz, fov, roll, sx, sy, width, height]);
  return null;
}

/** A point on a horizontal orbit: `angle` in radians, 0 = in front (+z). */
export function orbit(radius: number, angle: number, height: number, center: Vec3 = [0, 0, 0]): Vec3 {
  return [center[0] + Math.sin(angle) * radius, center[1] + height, center[2] + Math.cos(angle) * radius];
}
