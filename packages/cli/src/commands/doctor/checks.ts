import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describeDatabase, migrateStatusCommand, resolveDatabaseConfig } from '@flatrender/server';
import { BrowserNotFoundError, binaryVersion, describeBrowser, findRemotionBinaries } from '@flatrender/templates';
import type { CheckResult } from './check';

const run = promisify(execFile);
const MIN_NODE_MAJOR = 20;

export async function checkNode(): Promise<CheckResult> {
  const major = Number(process.versions.node.split('.')[0]);
  const ok = major >= MIN_NODE_MAJOR;
  return {
    name: 'node',
    required: true,
    status: ok ? 'ok' : 'fail',
    detail: `Node ${process.versions.node}`,
    fix: ok ? undefined : `install Node ${MIN_NODE_MAJOR} or newer`,
  };
}

export async function checkDatabase(env: NodeJS.ProcessEnv): Promise<CheckResult> {
  const config = resolveDatabaseConfig(env);
  const where = describeDatabase(config);
  // Opening an embedded database creates it; doctor only looks, so check first.
  if (config.dataDir && !existsSync(config.dataDir)) {
    return { name: 'database', required: true, status: 'fail', detail: `${where}: not created yet`, fix: 'run `flatrender migrate up`' };
  }
  const { rows } = await migrateStatusCommand({ env });
  const notApplied = rows.filter((row) => row.state !== 'applied');
  if (notApplied.length === 0) return { name: 'database', required: true, status: 'ok', detail: `${where}: ${rows.length} migrations applied` };
  return {
    name: 'database',
    required: true,
    status: 'fail',
    detail: `${where}: not fully migrated: ${notApplied.map((row) => `${row.name} (${row.state})`).join(', ')}`,
    fix: notApplied.some((row) => row.state === 'pending')
      ? 'run `flatrender migrate up`'
      : 'restore the edited or missing migration files (see `flatrender migrate status`)',
  };
}

export async function checkBrowser(): Promise<CheckResult> {
  let browser;
  try {
    browser = await describeBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    return {
      name: 'browser',
      required: true,
      status: 'fail',
      detail: error.message,
      fix: 'install Chromium (Debian: `apt-get install chromium`) or set FLATRENDER_BROWSER to a Chrome/Chromium executable',
    };
  }
  return { name: 'browser', required: true, status: 'ok', detail: `${browser.path} (${browser.version}, ${browser.source})` };
}

export async function checkRemotionBinaries(): Promise<CheckResult[]> {
  const binaries = findRemotionBinaries();
  if (!binaries) {
    const fix = 'reinstall with `npm ci` (the @remotion/compositor-* package for this platform is missing)';
    return (['ffmpeg', 'ffprobe'] as const).map((name) => ({ name, required: true, status: 'fail', detail: 'not found', fix }));
  }
  return Promise.all(
    (['ffmpeg', 'ffprobe'] as const).map(async (name) => ({
      name,
      required: true,
      status: 'ok' as const,
      detail: `${binaries[name]} (${await binaryVersion(binaries, name)})`,
    })),
  );
}

/** aerender only matters for After Effects templates, so its absence is a warning. */
export async function checkAerender(env: NodeJS.ProcessEnv): Promise<CheckResult> {
  const path = env.FLATRENDER_AERENDER || findOnPath('aerender', env);
  if (!path || !existsSync(path)) {
    return {
      name: 'aerender',
      required: false,
      status: 'warn',
      detail: env.FLATRENDER_AERENDER ? `FLATRENDER_AERENDER=${env.FLATRENDER_AERENDER} does not exist` : 'not found',
      fix: 'only needed for After Effects templates: set FLATRENDER_AERENDER to the aerender executable',
    };
  }
  const version = await run(path, ['-version'], { timeout: 20_000 }).then(
    ({ stdout }) => stdout.trim().split('\n')[0] ?? '',
    () => 'version unknown',
  );
  return { name: 'aerender', required: false, status: 'ok', detail: `${path} (${version})` };
}

function findOnPath(command: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}
