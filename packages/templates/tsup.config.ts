import { defineConfig } from 'tsup';

// Only the Node-side entry is built: Remotion's bundler compiles the compositions from
// src/ (shipped in the package) when a render first needs them.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  target: 'node20',
  clean: true,
  sourcemap: true,
});
