import { useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

/**
 * A soft radial light drawn on a canvas (nothing downloaded). With `horizon`, the light
 * also fades out towards the bottom edge, so a wall glow meets the floor without a seam.
 */
function radialTexture(horizon: boolean): CanvasTexture {
  const size = 128;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d');
  if (context) {
    const cy = horizon ? size * 0.55 : size / 2;
    const gradient = context.createRadialGradient(size / 2, cy, 0, size / 2, cy, size / 2);
    gradient.addColorStop(0, 'rgba(255,255,255,1)');
    gradient.addColorStop(0.4, 'rgba(255,255,255,0.4)');
    gradient.addColorStop(1, 'rgba(255,255,255,0)');
    context.fillStyle = gradient;
    context.fillRect(0, 0, size, size);
    if (horizon) {
      const fade = context.createLinearGradient(0, size, 0, size * 0.55);
      fade.addColorStop(0, 'rgba(0,0,0,1)');
      fade.addColorStop(1, 'rgba(0,0,0,0)');
      context.globalCompositeOperation = 'destination-out';
      context.fillStyle = fade;
      context.fillRect(0, 0, size, size);
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

export function useRadialTexture(horizon = false): CanvasTexture {
  return useMemo(() => radialTexture(horizon), [horizon]);
}

/**
 * A pool of coloured light on the far wall behind the subject, standing on the floor at
 * depth `z`: separates the subject from the backdrop the way a background light does on set.
 */
export function BackdropGlow({ color, z = -16, width = 30, height = 14, opacity = 0.5 }: { color: string; z?: number; width?: number; height?: number; opacity?: number }) {
  const texture = useRadialTexture(true);
  return (
    <mesh position={[0, height / 2, z]} scale={[width, height, 1]}>
      <planeGeometry />
      <meshBasicMaterial map={texture} color={color} transparent opacity={opacity} depthWrite={false} fog={false} toneMapped={false} />
    </mesh>
  );
}
