import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = '@flatrender/templates';

/**
 * The package root, found by walking up from this module: the same code runs from
 * src/render/*.ts (tsx, vitest) and from the single dist/index.js (published), so a
 * fixed relative path would be wrong in one of them.
 */
export function templatesPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export function templatesSourceDir(): string {
  return join(templatesPackageRoot(), 'src');
}

/** The Remotion entry point handed to the bundler (shipped as source in the package). */
export function remotionEntryPoint(): string {
  return join(templatesSourceDir(), 'remotion', 'entry.ts');
}

export function remotionVersion(): string {
  const require = createRequire(join(templatesPackageRoot(), 'package.json'));
  return JSON.parse(readFileSync(require.resolve('remotion/package.json'), 'utf8')).version;
}

/** FLATRENDER_HOME, default ./.flatrender (DESIGN.md: embedded defaults first). */
export function flatrenderHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.FLATRENDER_HOME || '.flatrender';
}
