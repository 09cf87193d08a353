import { RoundedBox } from '@react-three/drei';
import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { LatheGeometry, Object3D, Vector2, type InstancedMesh } from 'three';
import type { Palette } from '../../brand/colors';
import { Candle, mixHex, shadeHex } from '../../three';

/** Copies of one mesh around a circle in a single instanced draw (piping, drips). */
function RingOf({ count, radius, place, children }: { count: number; radius: number; place: (i: number, angle: number, dummy: Object3D) => void; children: ReactNode }) {
  const ref = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const dummy = new Object3D();
    for (let i = 0; i < count; i++) {
      const angle = (i / count) * Math.PI * 2;
      dummy.position.set(Math.cos(angle) * radius, 0, Math.sin(angle) * radius);
      dummy.rotation.set(0, 0, 0);
      dummy.scale.set(1, 1, 1);
      place(i, angle, dummy);
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
  }, [count, radius, place]);
  return (
    <instancedMesh ref={ref} args={[undefined, undefined, count]}>
      {children}
    </instancedMesh>
  );
}

const squash = (_i: number, _angle: number, dummy: Object3D) => dummy.scale.set(1, 0.8, 1);

/** A frosting rim of little piped dollops around a tier's edge. */
function Piping({ radius, y, color, count }: { radius: number; y: number; color: string; count: number }) {
  return (
    <group position-y={y}>
      <RingOf count={count} radius={radius} place={squash}>
        <sphereGeometry args={[0.075, 10, 8]} />
        <meshStandardMaterial color={color} roughness={0.45} />
      </RingOf>
    </group>
  );
}

/** Drips of glaze of varying length running down a tier's side from `top`. */
function Drips({ radius, top, color, count, seed }: { radius: number; top: number; color: string; count: number; seed: number }) {
  const place = useMemo(
    () => (i: number, _angle: number, dummy: Object3D) => {
      const length = 0.6 + 0.8 * (0.5 + 0.5 * Math.sin(i * 2.7 + seed * 5));
      dummy.scale.set(1, length, 1);
      dummy.position.y = -0.13 * length;
    },
    [seed],
  );
  return (
    <group position-y={top} rotation-y={seed}>
      <RingOf count={count} radius={radius} place={place}>
        <capsuleGeometry args={[0.045, 0.2, 4, 8]} />
        <meshStandardMaterial color={color} roughness={0.2} />
      </RingOf>
    </group>
  );
}

/** Two tiers, glaze, piping and a ring of candles that light one after another. */
export function Cake({ palette, frame, candles, ignite }: { palette: Palette; frame: number; candles: number; ignite: number }) {
  const cream = mixHex(palette.text, palette.accent, 0.12);
  const glaze = shadeHex(palette.secondary, 0.15);
  return (
    <group>
      <mesh position-y={0.04}>
        <cylinderGeometry args={[1.35, 1.25, 0.08, 48]} />
        <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.25} />
      </mesh>
      {/* Bottom tier */}
      <mesh position-y={0.08 + 0.36}>
        <cylinderGeometry args={[1.05, 1.05, 0.72, 48]} />
        <meshStandardMaterial color={palette.primary} roughness={0.5} />
      </mesh>
      <mesh position-y={0.81} >
        <cylinderGeometry args={[1.07, 1.07, 0.04, 48]} />
        <meshStandardMaterial color={glaze} roughness={0.2} />
      </mesh>
      <Drips radius={1.06} top={0.82} color={glaze} count={18} seed={0.3} />
      <Piping radius={1.0} y={0.86} color={cream} count={26} />
      <Piping radius={1.02} y={0.12} color={cream} count={28} />
      {/* Top tier */}
      <mesh position-y={0.83 + 0.28}>
        <cylinderGeometry args={[0.72, 0.72, 0.56, 48]} />
        <meshStandardMaterial color={cream} roughness={0.5} />
      </mesh>
      <mesh position-y={1.4}>
        <cylinderGeometry args={[0.74, 0.74, 0.04, 48]} />
        <meshStandardMaterial color={palette.secondary} roughness={0.2} />
      </mesh>
      <Drips radius={0.73} top={1.41} color={palette.secondary} count={14} seed={1.1} />
      <Piping radius={0.68} y={1.44} color={cream} count={20} />
      {/* A band of accent pearls on the bottom tier */}
      <mesh position-y={0.45} rotation-x={Math.PI / 2}>
        <torusGeometry args={[1.06, 0.03, 8, 64]} />
        <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.2} />
      </mesh>
      {Array.from({ length: candles }, (_, i) => {
        const a = (i / candles) * Math.PI * 2 + 0.3;
        const r = candles === 1 ? 0 : 0.42;
        const lit = Math.min(1, Math.max(0, ignite * candles - i));
        return (
          <group key={i} position={[Math.cos(a) * r, 1.42, Math.sin(a) * r]}>
            <Candle height={0.42} radius={0.035} wax={i % 2 === 0 ? palette.accent : palette.text} flame={palette.accent} lit={lit} frame={frame} seed={i * 1.7} />
          </group>
        );
      })}
    </group>
  );
}

function balloonGeometry(): LatheGeometry {
  const points: Vector2[] = [];
  for (let i = 0; i <= 20; i++) {
    const a = (i / 20) * Math.PI;
    const y = -Math.cos(a);
    // Teardrop: narrow at the knot (bottom), full at the top.
    points.push(new Vector2(Math.sin(a) * (0.82 + 0.12 * y), y * 1.05));
  }
  return new LatheGeometry(points, 24);
}

export function Balloon({ color, sway, stringLength }: { color: string; sway: number; stringLength: number }) {
  const geometry = useMemo(balloonGeometry, []);
  return (
    <group rotation-z={sway}>
      <mesh geometry={geometry} scale={0.42}>
        <meshPhysicalMaterial color={color} roughness={0.25} clearcoat={1} clearcoatRoughness={0.1} sheen={0.4} />
      </mesh>
      <mesh position-y={-0.47} rotation-x={Math.PI}>
        <coneGeometry args={[0.05, 0.07, 8]} />
        <meshStandardMaterial color={color} roughness={0.4} />
      </mesh>
      <mesh position-y={-0.5 - stringLength / 2}>
        <cylinderGeometry args={[0.009, 0.009, stringLength, 4]} />
        <meshStandardMaterial color={shadeHex(color, 0.6)} roughness={0.4} />
      </mesh>
    </group>
  );
}

export function Gift({ size, box, ribbon }: { size: [number, number, number]; box: string; ribbon: string }) {
  const [w, h, d] = size;
  return (
    <group position-y={h / 2}>
      <RoundedBox args={size} radius={0.03} smoothness={2}>
        <meshStandardMaterial color={box} roughness={0.4} metalness={0.1} />
      </RoundedBox>
      <mesh>
        <boxGeometry args={[w + 0.01, h + 0.01, 0.09]} />
        <meshStandardMaterial color={ribbon} roughness={0.3} metalness={0.5} />
      </mesh>
      <mesh>
        <boxGeometry args={[0.09, h + 0.01, d + 0.01]} />
        <meshStandardMaterial color={ribbon} roughness={0.3} metalness={0.5} />
      </mesh>
      {[-1, 1].map((side) => (
        <mesh key={side} position={[side * 0.08, h / 2 + 0.06, 0]} rotation={[Math.PI / 2, side * 0.5, 0]} scale={[1, 1, 0.55]}>
          <torusGeometry args={[0.08, 0.025, 8, 20]} />
          <meshStandardMaterial color={ribbon} roughness={0.3} metalness={0.5} />
        </mesh>
      ))}
    </group>
  );
}
