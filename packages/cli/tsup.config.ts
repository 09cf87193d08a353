import { defineConfig } from 'tsup';
import { baseBuild } from '../../tsup.base';

// bin/flatrender.js runs dist/main.js when the TypeScript sources are not present.
export default defineConfig({ ...baseBuild, entry: ['src/main.ts'], dts: false });
