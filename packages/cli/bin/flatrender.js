#!/usr/bin/env node
// Entry point for the `flatrender` bin. In a source checkout (src/ present and tsx
// installed) it runs the TypeScript sources directly, so `npx flatrender` works right
// after `npm ci` with no build step and never runs a stale dist/. A published package
// ships dist/ and runs that.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const sourceEntry = here('../src/main.ts');
const repoTsconfig = here('../../../tsconfig.json');

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return null;
  }
}

const tsx = existsSync(sourceEntry) && existsSync(repoTsconfig) ? await loadTsx() : null;
if (tsx) {
  tsx.register({ tsconfig: repoTsconfig });
  await import(pathToFileURL(sourceEntry).href);
} else {
  await import(pathToFileURL(here('../dist/main.js')).href);
}
