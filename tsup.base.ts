import type { Options } from 'tsup';

/** What every package's build shares: Node 20 ESM from src/index.ts, clean dist, source maps. */
export const baseBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  target: 'node20',
  clean: true,
  sourcemap: true,
};
