import { defineConfig } from 'tsup';

// bin/flatrender.js runs dist/main.js when the TypeScript sources are not present.
export default defineConfig({
  entry: ['src/main.ts'],
  format: ['esm'],
  dts: false,
  target: 'node20',
  clean: true,
  sourcemap: true,
});
