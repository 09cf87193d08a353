import { defineConfig } from 'tsup';
import { baseBuild } from '../../tsup.base';

// Only the Node-side entry is built: Remotion's bundler compiles the compositions from
// src/ (shipped in the package) when a render first needs them.
export default defineConfig(baseBuild);
