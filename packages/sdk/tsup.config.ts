import { defineConfig } from 'tsup';

// Resellers may be on ESM or CommonJS: ship both, with type declarations for each.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  target: 'node20',
  clean: true,
  sourcemap: true,
});
