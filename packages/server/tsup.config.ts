import { cpSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { baseBuild } from '../../tsup.base';

export default defineConfig({
  ...baseBuild,
  // The published package carries the SQL it migrates with (dist/../migrations, see
  // defaultMigrationsDir); the repo's migrations/ stays the single source.
  onSuccess: async () => {
    rmSync('migrations', { recursive: true, force: true });
    cpSync('../../migrations', 'migrations', { recursive: true });
  },
});
