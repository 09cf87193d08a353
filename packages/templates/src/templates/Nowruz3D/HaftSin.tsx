import { useLayoutEffect, useMemo, useRef } from 'react';
import { random } from 'remotion';
import { Color, LatheGeometry, Object3D, Vector2, type InstancedMesh } from 'three';
import type { Palette } from '../../brand/colors';
import { mixHex, shadeHex } from '../../three';

/** The items' shared inputs: brand palette and the current frame. */
export interface ItemProps {
  palette: Palette;
  frame: number;
}

function eggGeometry(): LatheGeometry {
  const points: Vector2[] = [];
  for (let i = 0; i <= 18; i++) {
    const a = (i / 18) * Math.PI;
    const y = -Math.cos(a);
    // Wider at the bottom, pointed at the top: the silhouette reads as an egg, not a ball.
    points.push(new Vector2(Math.sin(a) * 0.74 * (1 - 0.16 * y), y));
  }
  return new LatheGeometry(points, 20);
}

export function PaintedEggs({ palette }: ItemProps) {
  const geometry = useMemo(eggGeometry, []);
  const colors = [palette.secondary, palette.accent, palette.primary, mixHex(palette.secondary, palette.accent, 0.5), shadeHex(palette.text, -0.05)];
  // Four eggs lying in a ring, one standing in the middle.
  const eggs: Array<{ p: [number, number, number]; r: [number, number, number] }> = [
    { p: [0.2, 0.13, 0], r: [0, 0, Math.PI / 2.2] },
    { p: [-0.2, 0.13, 0.03], r: [0.3, 0, -Math.PI / 2.3] },
    { p: [0, 0.13, 0.21], r: [Math.PI / 2.2, 0.4, 0] },
    { p: [0.03, 0.13, -0.2], r: [-Math.PI / 2.1, -0.3, 0] },
    { p: [0, 0.27, 0], r: [0.1, 0, 0.05] },
  ];
  return (
    <group>
      <mesh position-y={0.02}>
        <cylinderGeometry args={[0.42, 0.34, 0.04, 40]} />
        <meshStandardMaterial color={palette.accent} metalness={0.9} roughness={0.3} />
      </mesh>
      {eggs.map((egg, i) => (
        <group key={i} position={egg.p} rotation={egg.r} scale={0.15}>
          <mesh geometry={geometry}>
            <meshStandardMaterial color={colors[i]} roughness={0.28} metalness={0.05} />
          </mesh>
          <mesh rotation-x={Math.PI / 2}>
            <torusGeometry args={[0.78, 0.07, 6, 28]} />
            <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.25} />
          </mesh>
        </group>
      ))}
    </group>
  );
}

/** Wheatgrass: a few hundred blades, one instanced draw, swaying from the frame number. */
export function Sabzeh({ palette, frame }: ItemProps) {
  const ref = useRef<InstancedMesh>(null);
  const count = 300;
  const blades = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => {
        const radius = Math.sqrt(random(`sabzeh-r-${i}`)) * 0.4;
        const angle = random(`sabzeh-a-${i}`) * Math.PI * 2;
        return {
          x: Math.cos(angle) * radius,
          z: Math.sin(angle) * radius,
          height: 0.62 + random(`sabzeh-h-${i}`) * 0.3 - radius * 0.35,
          lean: (radius / 0.4) * 0.35,
          angle,
          phase: random(`sabzeh-p-${i}`) * 6.28,
          shade: random(`sabzeh-s-${i}`),
        };
      }),
    [],
  );
  const dummy = useMemo(() => new Object3D(), []);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const light = new Color(shadeHex(palette.primary, 0.35));
    const dark = new Color(shadeHex(palette.primary, -0.35));
    blades.forEach((b, i) => mesh.setColorAt(i, dark.clone().lerp(light, b.shade)));
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }, [blades, palette.primary]);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    blades.forEach((b, i) => {
      const sway = 0.07 * Math.sin(frame * 0.06 + b.phase + b.x * 4);
      dummy.position.set(b.x, 0.06 + b.height / 2, b.z);
      dummy.rotation.set(Math.sin(b.angle) * b.lean + sway, 0, -Math.cos(b.angle) * b.lean + sway * 0.6);
      dummy.scale.set(1, b.height, 1);
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
    });
    mesh.instanceMatrix.needsUpdate = true;
  }, [blades, dummy, frame]);
  return (
    <group>
      <mesh position-y={0.03}>
        <cylinderGeometry args={[0.5, 0.42, 0.06, 40]} />
        <meshStandardMaterial color={palette.accent} metalness={0.9} roughness={0.3} />
      </mesh>
      <mesh position-y={0.08}>
        <cylinderGeometry args={[0.44, 0.44, 0.03, 32]} />
        <meshStandardMaterial color="#5a3b1e" roughness={1} />
      </mesh>
      <instancedMesh ref={ref} args={[undefined, undefined, count]}>
        <coneGeometry args={[0.018, 1, 3]} />
        <meshStandardMaterial roughness={0.6} />
      </instancedMesh>
      {/* The red ribbon tied around the sabzeh. */}
      <mesh position-y={0.2} rotation-x={Math.PI / 2}>
        <torusGeometry args={[0.33, 0.035, 8, 40]} />
        <meshStandardMaterial color={palette.secondary} roughness={0.35} metalness={0.1} />
      </mesh>
      {[-1, 1].map((side) => (
        <mesh key={side} position={[side * 0.07, 0.22, 0.35]} rotation={[0, side * 0.5, side * 0.6]} scale={[1, 0.6, 0.4]}>
          <torusGeometry args={[0.07, 0.025, 6, 16]} />
          <meshStandardMaterial color={palette.secondary} roughness={0.35} />
        </mesh>
      ))}
    </group>
  );
}

/** Sonbol: a hyacinth — a stalk dense with florets in the secondary colour. */
export function Hyacinth({ palette }: ItemProps) {
  const ref = useRef<InstancedMesh>(null);
  const count = 64;
  const florets = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => {
        const t = i / count;
        const angle = i * 2.4;
        const radius = 0.13 * (1 - t * 0.55);
        return { x: Math.cos(angle) * radius, y: 0.55 + t * 0.5, z: Math.sin(angle) * radius, shade: random(`sonbol-${i}`) };
      }),
    [],
  );
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const dummy = new Object3D();
    const a = new Color(shadeHex(palette.secondary, 0.3));
    const b = new Color(shadeHex(palette.secondary, -0.25));
    florets.forEach((f, i) => {
      dummy.position.set(f.x, f.y, f.z);
      dummy.scale.setScalar(0.045 + f.shade * 0.015);
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
      mesh.setColorAt(i, a.clone().lerp(b, f.shade));
    });
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }, [florets, palette.secondary]);
  return (
    <group>
      <mesh position-y={0.16}>
        <cylinderGeometry args={[0.2, 0.15, 0.32, 28]} />
        <meshStandardMaterial color={mixHex(palette.text, palette.primary, 0.15)} roughness={0.25} metalness={0.1} />
      </mesh>
      <mesh position-y={0.32} rotation-x={Math.PI / 2}>
        <torusGeometry args={[0.2, 0.02, 6, 28]} />
        <meshStandardMaterial color={palette.accent} metalness={1} roughness={0.25} />
      </mesh>
      <mesh position-y={0.65}>
        <cylinderGeometry args={[0.035, 0.04, 0.7, 8]} />
        <meshStandardMaterial color={shadeHex(palette.primary, -0.2)} roughness={0.6} />
      </mesh>
      {[0, 2.1, 4.2].map((a) => (
        <mesh key={a} position={[Math.cos(a) * 0.07, 0.55, Math.sin(a) * 0.07]} rotation={[Math.sin(a) * 0.3, 0, -Math.cos(a) * 0.3]} scale={[0.05, 0.5, 0.015]}>
          <coneGeometry args={[1, 1, 6]} />
          <meshStandardMaterial color={shadeHex(palette.primary, -0.1)} roughness={0.5} />
        </mesh>
      ))}
      <instancedMesh ref={ref} args={[undefined, undefined, count]}>
        <icosahedronGeometry args={[1, 0]} />
        <meshStandardMaterial roughness={0.45} />
      </instancedMesh>
    </group>
  );
}

export function Apples({ palette }: ItemProps) {
  const red = shadeHex(palette.secondary, -0.2);
  return (
    <group>
      {[
        [-0.14, 0.16, 0, 1],
        [0.17, 0.14, 0.08, 0.88],
      ].map(([x, y, z, s], i) => (
        <group key={i} position={[x!, y!, z!]} scale={s}>
          <mesh scale={[1, 0.88, 1]}>
            <sphereGeometry args={[0.17, 24, 18]} />
            <meshPhysicalMaterial color={red} roughness={0.3} clearcoat={0.8} clearcoatRoughness={0.2} />
          </mesh>
          <mesh position-y={0.16} rotation-z={0.2}>
            <cylinderGeometry args={[0.008, 0.01, 0.08, 5]} />
            <meshStandardMaterial color="#4a2d14" />
          </mesh>
          <mesh position={[0.04, 0.18, 0]} rotation={[0, 0, -0.7]} scale={[0.06, 0.012, 0.03]}>
            <sphereGeometry args={[1, 8, 6]} />
            <meshStandardMaterial color={palette.primary} roughness={0.5} />
          </mesh>
        </group>
      ))}
    </group>
  );
}
