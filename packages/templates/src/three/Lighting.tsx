import { Environment, Lightformer } from '@react-three/drei';
import { memo } from 'react';

export interface StudioLightingProps {
  /** Warm key light and reflection strips. */
  key1: string;
  /** Cool rim / side strips. */
  rim: string;
  /** Overall strength of the reflection environment. */
  envIntensity?: number;
  keyIntensity?: number;
}

/**
 * A studio built from lights and Lightformers only (no HDRI download): an overhead
 * softbox, two side strips tinted by the brand, a key and a rim light. Memoised so the
 * environment cube renders once, not every frame.
 */
export const StudioLighting = memo(function StudioLighting({ key1, rim, envIntensity = 1, keyIntensity = 2.2 }: StudioLightingProps) {
  return (
    <>
      <ambientLight intensity={0.15} />
      <directionalLight position={[4, 7, 6]} intensity={keyIntensity} color={key1} />
      <directionalLight position={[-6, 3, -5]} intensity={keyIntensity * 0.9} color={rim} />
      <Environment resolution={256} frames={1} environmentIntensity={envIntensity}>
        {/* Narrow bright strips over darkness read as crisp studio highlights on metal. */}
        <Lightformer form="rect" intensity={3} color="#ffffff" position={[0, 6, 0]} rotation-x={Math.PI / 2} scale={[6, 3, 1]} />
        <Lightformer form="rect" intensity={6} color={key1} position={[5, 1.5, 3]} rotation-y={-Math.PI / 3} scale={[1.2, 8, 1]} />
        <Lightformer form="rect" intensity={5} color={rim} position={[-5, 1.5, 3]} rotation-y={Math.PI / 3} scale={[1.2, 8, 1]} />
        <Lightformer form="rect" intensity={4} color="#ffffff" position={[-2, 4.5, 6]} rotation-z={0.5} scale={[7, 0.35, 1]} />
        <Lightformer form="rect" intensity={2} color={key1} position={[3, -1, 6]} rotation-z={-0.3} scale={[6, 0.25, 1]} />
        <Lightformer form="ring" intensity={3} color={key1} position={[0, 3, -8]} scale={4} />
        {/* Broad, dim walls all round: glossy faces always mirror something, never pure black. */}
        <Lightformer form="rect" intensity={0.5} color="#ffffff" position={[0, 2, 9]} scale={[22, 6, 1]} />
        <Lightformer form="rect" intensity={0.35} color={rim} position={[-9, 2, 0]} scale={[22, 6, 1]} />
        <Lightformer form="rect" intensity={0.35} color={key1} position={[9, 2, 0]} scale={[22, 6, 1]} />
        <Lightformer form="rect" intensity={2} color="#ffffff" position={[0, 3.5, 7]} scale={[5, 1.2, 1]} />
        {/* Two tall strips behind the lens: turning facets flash as they pass them. */}
        <Lightformer form="rect" intensity={3} color="#ffffff" position={[-3.5, 2, 7]} scale={[0.35, 7, 1]} />
        <Lightformer form="rect" intensity={2.5} color={key1} position={[3.5, 2, 7]} scale={[0.35, 7, 1]} />
      </Environment>
    </>
  );
});
