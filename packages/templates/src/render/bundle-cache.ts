import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { flatrenderHome, remotionEntryPoint, remotionVersion, templatesPackageRoot, templatesSourceDir } from './package-paths';

export interface TemplateBundle {
  /** The bundle directory, usable as Remotion's `serveUrl`. */
  serveUrl: string;
  hash: string;
  /** False when an existing bundle directory was reused (no webpack run). */
  built: boolean;
  milliseconds: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * sha256 over every template source file (path and content), the package's dependency
 * list and the Remotion version: any change to what webpack would see gives a new bundle.
 */
export async function templateSourceHash(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`remotion ${remotionVersion()}\n`);
  hash.update(await readFile(join(templatesPackageRoot(), 'package.json')));
  const src = templatesSourceDir();
  const files = (await listFiles(src)).map((file) => relative(src, file).split('\\').join('/')).sort();
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(join(src, file)));
  }
  return hash.digest('hex').slice(0, 24);
}

export function bundlesDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flatrenderHome(env), 'cache', 'bundles');
}

async function buildInto(target: string, hash: string): Promise<void> {
  const { bundle } = await import('@remotion/bundler');
  const parent = join(target, '..');
  await mkdir(parent, { recursive: true });
  // Webpack writes into a private directory; the rename publishes it in one step, so a
  // reader (or a concurrent process) sees either no bundle or a complete one.
  const tmp = join(parent, `.tmp-${hash}-${process.pid}-${Date.now()}`);
  try {
    await bundle({ entryPoint: remotionEntryPoint(), outDir: tmp, enableCaching: true, gitSource: null });
    await rename(tmp, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another process published the same hash first; theirs is as good as ours.
      if (!existsSync(target)) throw error;
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Bundles kept besides the current one; each is ~30 MB and sources change often in development. */
const KEEP_BUNDLES = 3;
const STALE_TMP_MS = 60 * 60 * 1000;

/** Drops all but the newest bundles and temp dirs abandoned by crashed runs. */
async function pruneBundles(dir: string, current: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const dated = await Promise.all(
    entries.filter((entry) => entry.isDirectory()).map(async (entry) => ({ name: entry.name, mtime: (await stat(join(dir, entry.name))).mtimeMs })),
  );
  const bundles = dated.filter((entry) => !entry.name.startsWith('.') && entry.name !== current).sort((a, b) => b.mtime - a.mtime);
  const stale = dated.filter((entry) => entry.name.startsWith('.tmp-') && Date.now() - entry.mtime > STALE_TMP_MS);
  for (const entry of [...bundles.slice(KEEP_BUNDLES - 1), ...stale]) await rm(join(dir, entry.name), { recursive: true, force: true });
}

const inProcess = new Map<string, Promise<TemplateBundle>>();

/**
 * The template bundle for the current sources: bundled at most once per process and
 * once per source hash on disk. A warm start only hashes the sources (no webpack).
 */
export function templateBundle(options: { env?: NodeJS.ProcessEnv; rebuild?: boolean } = {}): Promise<TemplateBundle> {
  const dir = bundlesDir(options.env);
  const key = `${dir}|${options.rebuild ? 'rebuild' : ''}`;
  const cached = inProcess.get(key);
  if (cached) return cached;
  const pending = (async (): Promise<TemplateBundle> => {
    const started = performance.now();
    const hash = await templateSourceHash();
    const target = join(dir, hash);
    if (options.rebuild) await rm(target, { recursive: true, force: true });
    const reuse = existsSync(join(target, 'index.html'));
    if (!reuse) {
      await buildInto(target, hash);
      await pruneBundles(dir, hash);
    }
    return { serveUrl: target, hash, built: !reuse, milliseconds: Math.round(performance.now() - started) };
  })();
  inProcess.set(key, pending);
  pending.catch(() => inProcess.delete(key));
  return pending;
}
