import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { ChromeMode, ChromiumOptions, OpenGlRenderer } from '@remotion/renderer';

const run = promisify(execFile);

export type BrowserSource = 'env' | 'system' | 'remotion';

export interface ResolvedBrowser {
  path: string;
  /** First line of `<browser> --version`, e.g. "Chromium 156.0.8078.79 built on Debian …". */
  version: string;
  source: BrowserSource;
  /**
   * A normal Chrome/Chromium has no old headless mode, so it needs 'chrome-for-testing'
   * (`--headless=new`); only Remotion's downloaded headless shell takes 'headless-shell'.
   */
  chromeMode: ChromeMode;
}

export class BrowserNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserNotFoundError';
  }
}

const SYSTEM_PATHS = ['/usr/bin/chromium'];
const SYSTEM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const VALID_GL = ['swangle', 'angle', 'egl', 'swiftshader', 'vulkan', 'angle-egl'] as const;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(command: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return null;
}

function findSystemChromium(env: NodeJS.ProcessEnv): string | null {
  for (const path of SYSTEM_PATHS) if (isExecutable(path)) return path;
  for (const command of SYSTEM_COMMANDS) {
    const found = findOnPath(command, env);
    if (found) return found;
  }
  return null;
}

/** Debian's chromium wrapper prints shell noise on stderr; only stdout's first line counts. */
export async function browserVersion(path: string): Promise<string> {
  try {
    const { stdout } = await run(path, ['--version'], { timeout: 20_000 });
    return stdout.trim().split('\n')[0]?.trim() || 'version unknown';
  } catch {
    return 'version unknown';
  }
}

async function located(path: string, source: BrowserSource): Promise<ResolvedBrowser> {
  const chromeMode: ChromeMode = source === 'remotion' ? 'headless-shell' : 'chrome-for-testing';
  return { path, source, chromeMode, version: await browserVersion(path) };
}

/**
 * FLATRENDER_BROWSER → system Chromium → Remotion's own download (DESIGN.md's order).
 * `download: false` (doctor) never fetches anything and reports instead.
 */
export async function resolveBrowser(
  options: { env?: NodeJS.ProcessEnv; download?: boolean } = {},
): Promise<ResolvedBrowser> {
  const env = options.env ?? process.env;
  const configured = env.FLATRENDER_BROWSER;
  if (configured) {
    if (!existsSync(configured)) throw new BrowserNotFoundError(`FLATRENDER_BROWSER=${configured} does not exist`);
    return located(configured, 'env');
  }
  const system = findSystemChromium(env);
  if (system) return located(system, 'system');
  if (options.download === false) {
    throw new BrowserNotFoundError(
      'no Chromium found (FLATRENDER_BROWSER unset; no /usr/bin/chromium, chromium-browser or google-chrome on PATH); ' +
        'install chromium, set FLATRENDER_BROWSER, or let the first render download Remotion’s headless shell (needs internet)',
    );
  }
  const { ensureBrowser } = await import('@remotion/renderer');
  const status = await ensureBrowser({ chromeMode: 'headless-shell', logLevel: 'warn' });
  if (status.type !== 'local-puppeteer-browser' && status.type !== 'user-defined-path') {
    throw new BrowserNotFoundError(`Remotion could not provide a browser (${status.type})`);
  }
  return located(status.path, 'remotion');
}

/** For `flatrender doctor`: where the browser is and which one, without downloading. */
export function describeBrowser(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedBrowser> {
  return resolveBrowser({ env, download: false });
}

/**
 * WebGL backend per template kind, measured on a CPU-only node (Debian Chromium 156):
 * - 3D: 'swangle' (SwiftShader behind ANGLE) — the configuration verified to render
 *   @remotion/three with its post-processing (depth of field differs without it);
 * - 2D: Chromium's default (null) — software raster without GPU emulation, about 4× faster
 *   per frame than 'swangle' for the same pixels (mean difference < 1/255).
 * FLATRENDER_GL overrides both (e.g. `angle-egl` on a GPU node; `default` for null).
 */
export function resolveGl(kind: '2d' | '3d' = '3d', env: NodeJS.ProcessEnv = process.env): OpenGlRenderer | null {
  const wanted = env.FLATRENDER_GL?.trim();
  if (!wanted) return kind === '3d' ? 'swangle' : null;
  if (wanted === 'default') return null;
  if ((VALID_GL as readonly string[]).includes(wanted)) return wanted as OpenGlRenderer;
  throw new Error(`FLATRENDER_GL=${wanted} is not one of ${[...VALID_GL, 'default'].join(', ')}`);
}

/** The options every Remotion call gets, so stills, compositions and renders match. */
export interface BrowserLaunchOptions {
  browserExecutable: string;
  chromeMode: ChromeMode;
  chromiumOptions: ChromiumOptions;
}

export function launchOptions(browser: ResolvedBrowser, kind: '2d' | '3d' = '3d', env: NodeJS.ProcessEnv = process.env): BrowserLaunchOptions {
  return { browserExecutable: browser.path, chromeMode: browser.chromeMode, chromiumOptions: { gl: resolveGl(kind, env) } };
}
