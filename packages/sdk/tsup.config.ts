import { defineConfig } from 'tsup';
import { baseBuild } from '../../tsup.base';

// Resellers may be on ESM or CommonJS: ship both, with type declarations for each.
export default defineConfig({ ...baseBuild, format: ['esm', 'cjs'] });
