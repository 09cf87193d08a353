import { useMemo } from 'react';
import { Color, DoubleSide } from 'three';
import type { Palette } from '../../brand/colors';
import { Candle, hdr, mixHex, shadeHex, useRadialTexture } from '../../three';
import type { ItemProps } from './HaftSin';

/** A glass bowl with water and a goldfish circling inside. */
export function GoldfishBowl({ palette, frame }: ItemProps) {
  const swim = frame * 0.045;
  const wag = Math.sin(frame * 0.5) * 0.45;
  const fish = mixHex(palette.accent, palette.secondary, 0.45);
  const fishColor = useMemo(() => new Color(shadeHex(fish, -0.05)).multiplyScalar(1.2), [fish]);
  return (
    <group>
      {/* Fish first (opaque), then water and glass (transparent, no depth write). */}
      <group position={[Math.cos(swim) * 0.2, 0.42 + Math.sin(frame * 0.07) * 0.04, Math.sin(swim) * 0.2]} rotation-y={-swim}>
        <mesh scale={[0.05, 0.065, 0.13]}>
          <sphereGeometry args={[1, 16, 12]} />
          <meshStandardMaterial color={fishColor} roughness={0.3} metalness={0.3} />
        </mesh>
        <mesh position-z={-0.15} rotation={[Math.PI / 2, wag, 0]} scale={[0.4, 1, 1.1]}>
          <coneGeometry args={[0.07, 0.1, 12]} />
          <meshStandardMaterial color={fishColor} roughness={0.4} side={DoubleSide} />
        </mesh>
      </group>
      <mesh position-y={0.5}>
        <sphereGeometry args={[0.53, 32, 20, 0, Math.PI * 2, Math.PI * 0.36, Math.PI * 0.64]} />
        <meshStandardMaterial color={mixHex(palette.primary, '#bfe9ff', 0.6)} transparent opacity={0.22} roughness={0.1} depthWrite={false} />
      </mesh>
      <mesh position-y={0.5 + 0.53 * Math.cos(Math.PI * 0.36) - 0.04} rotation-x={-Math.PI / 2}>
        <circleGeometry args={[0.53 * Math.sin(Math.PI * 0.36) + 0.04, 32]} />
        <meshStandardMaterial color={mixHex(palette.primary, '#bfe9ff', 0.7)} transparent opacity={0.25} roughness={0.14} depthWrite={false} />
      </mesh>
      <mesh position-y={0.5}>
        <sphereGeometry args={[0.56, 40, 24, 0, Math.PI * 2, Math.PI * 0.12, Math.PI * 0.88]} />
        <meshStandardMaterial color="#ffffff" transparent opacity={0.12} roughness={0.14} metalness={0} envMapIntensity={0.6} side={DoubleSide} depthWrite={false} />
      </mesh>
      <mesh position-y={0.5 + 0.56 * Math.cos(Math.PI * 0.12)} rotation-x={Math.PI / 2}>
        <torusGeometry args={[0.56 * Math.sin(Math.PI * 0.12), 0.012, 6, 32]} />
        <meshStandardMaterial color="#ffffff" transparent opacity={0.5} roughness={0.14} />
      </mesh>
    </group>
  );
}

export function Coins({ palette }: ItemProps) {
  return (
    <group>
      {[0, 1, 2, 3].map((i) => (
        <mesh key={i} position={[Math.sin(i * 2.1) * 0.03, 0.01 + i * 0.018, Math.cos(i * 2.1) * 0.03]} rotation={[0.04 * i, 0, 0.05 * i]}>
          <cylinderGeometry args={[0.085, 0.085, 0.016, 24]} />
          <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.22} />
        </mesh>
      ))}
      <mesh position={[0.17, 0.075, 0.04]} rotation={[1.2, 0.2, 0.3]}>
        <cylinderGeometry args={[0.085, 0.085, 0.016, 24]} />
        <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.22} />
      </mesh>
    </group>
  );
}

/** A small ceramic bowl filled with samanu, sumac or senjed. */
export function FilledBowl({ palette, fill }: ItemProps & { fill: string }) {
  return (
    <group>
      <mesh position-y={0.2} rotation-x={Math.PI}>
        <sphereGeometry args={[0.24, 28, 12, 0, Math.PI * 2, 0, Math.PI / 2]} />
        <meshStandardMaterial color={mixHex(palette.text, palette.primary, 0.12)} roughness={0.25} side={DoubleSide} />
      </mesh>
      <mesh position-y={0.17} rotation-x={-Math.PI / 2}>
        <circleGeometry args={[0.225, 28]} />
        <meshStandardMaterial color={fill} roughness={0.9} />
      </mesh>
      <mesh position-y={0.2} rotation-x={Math.PI / 2}>
        <torusGeometry args={[0.24, 0.012, 6, 32]} />
        <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.25} />
      </mesh>
    </group>
  );
}

/** The mirror at the head of the sofreh, in a gilded frame. */
export function Mirror({ palette }: ItemProps) {
  // No live reflection (an extra scene render): the glass catches a soft window of light.
  const sheen = useRadialTexture();
  return (
    <group rotation-x={-0.12}>
      <mesh position-y={0.82}>
        <circleGeometry args={[0.62, 48]} />
        <meshStandardMaterial
          color="#c9d2dc"
          metalness={0.9}
          roughness={0.12}
          emissive={mixHex(palette.primary, '#ffffff', 0.55)}
          emissiveMap={sheen}
          emissiveIntensity={0.55}
        />
      </mesh>
      <mesh position-y={0.82}>
        <torusGeometry args={[0.65, 0.055, 10, 64]} />
        <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.2} />
      </mesh>
      <mesh position={[0, 0.82, -0.04]} rotation-x={Math.PI / 2}>
        <cylinderGeometry args={[0.66, 0.66, 0.05, 48]} />
        <meshStandardMaterial color={shadeHex(palette.background, -0.3)} roughness={0.5} />
      </mesh>
      <mesh position={[0, 0.1, -0.2]} rotation-x={0.3}>
        <boxGeometry args={[0.05, 0.4, 0.05]} />
        <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.3} />
      </mesh>
    </group>
  );
}

export function CandlePair({ palette, frame, lit }: ItemProps & { lit: number }) {
  return (
    <>
      {[
        { x: -0.95, h: 0.85, seed: 1 },
        { x: 0.95, h: 0.65, seed: 4 },
      ].map((c) => (
        <group key={c.x} position={[c.x, 0, -1.0]}>
          <mesh position-y={0.05}>
            <cylinderGeometry args={[0.16, 0.2, 0.1, 28]} />
            <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.25} />
          </mesh>
          <group position-y={0.1}>
            <Candle height={c.h} radius={0.085} wax={mixHex(palette.text, palette.accent, 0.1)} flame={palette.accent} lit={lit} frame={frame} seed={c.seed} light />
          </group>
        </group>
      ))}
    </>
  );
}

/** The gilded rings of the sofreh on the floor (HDR: they bloom and mirror). */
export function SofrehRings({ palette, glow }: { palette: Palette; glow: number }) {
  const gold = useMemo(() => hdr(palette.accent, glow), [palette.accent, glow]);
  return (
    <group rotation-x={-Math.PI / 2} position-y={0.005}>
      <mesh>
        <ringGeometry args={[2.4, 2.44, 96]} />
        <meshBasicMaterial color={gold} toneMapped={false} />
      </mesh>
      <mesh>
        <ringGeometry args={[2.56, 2.57, 96]} />
        <meshBasicMaterial color={gold} toneMapped={false} />
      </mesh>
    </group>
  );
}
