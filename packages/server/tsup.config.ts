import { cpSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  target: 'node20',
  clean: true,
  sourcemap: true,
  // The published package carries the SQL it migrates with (dist/../migrations, see
  // defaultMigrationsDir); the repo's migrations/ stays the single source.
  onSuccess: async () => {
    rmSync('migrations', { recursive: true, force: true });
    cpSync('../../migrations', 'migrations', { recursive: true });
  },
});
