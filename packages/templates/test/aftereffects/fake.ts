import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaryEnv, findRemotionBinaries } from '../../src/render/ffmpeg';

export const FAKE_AERENDER = fileURLToPath(new URL('./fixtures/fake-aerender.mjs', import.meta.url));

/** A scratch directory with a projects dir, an output dir and the fake's record files. */
export interface FakeWorld {
  root: string;
  projects: string;
  outDir: string;
  argvFile: string;
  childPidFile: string;
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
  readArgv(): { argv: string[]; script: string | null };
  outFiles(): Promise<string[]>;
  dispose(): Promise<void>;
}

export async function fakeWorld(): Promise<FakeWorld> {
  const binaries = findRemotionBinaries();
  if (!binaries) throw new Error("Remotion's compositor (ffmpeg) is not installed; run npm ci");
  const root = await mkdtemp(join(tmpdir(), 'flatrender-ae-test-'));
  const projects = join(root, 'projects');
  const outDir = join(root, 'out');
  await mkdir(projects);
  await mkdir(outDir);
  // The fake never opens the project; the engine only checks that it is there.
  for (const template of ['LogoMotion', 'HappyBirthday']) await writeFile(join(projects, `${template}.aep`), 'RIFX');
  const argvFile = join(root, 'argv.json');
  const childPidFile = join(root, 'child.pid');
  return {
    root,
    projects,
    outDir,
    argvFile,
    childPidFile,
    env: (extra = {}) => ({
      ...binaryEnv(binaries),
      FLATRENDER_AERENDER: FAKE_AERENDER,
      FLATRENDER_AE_PROJECTS: projects,
      FAKE_AERENDER_FFMPEG: binaries.ffmpeg,
      FAKE_AERENDER_ARGV_FILE: argvFile,
      FAKE_AERENDER_CHILD_PID_FILE: childPidFile,
      ...extra,
    }),
    readArgv: () => JSON.parse(readFileSync(argvFile, 'utf8')) as { argv: string[]; script: string | null },
    outFiles: async () => (await readdir(outDir)).sort(),
    dispose: async () => {
      // A failed kill test must not leave After Effects' stand-in running.
      if (existsSync(childPidFile)) {
        const pid = Number(readFileSync(childPidFile, 'utf8'));
        if (isRunning(pid)) process.kill(pid, 'SIGKILL');
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Alive and not a zombie (a killed orphan stays a zombie until some init reaps it). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

/** Waits for the fake's child (After Effects' stand-in) to be gone; false if it outlives the wait. */
export async function waitForExit(pidFile: string, timeoutMs = 5000): Promise<boolean> {
  if (!existsSync(pidFile)) throw new Error(`no child pid at ${pidFile}`);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isRunning(pid);
}
