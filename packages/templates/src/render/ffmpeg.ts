import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Remotion ships ffmpeg and ffprobe inside its platform compositor package, so no
 * system ffmpeg is needed. The binaries link against the .so files beside them.
 */
export interface RemotionBinaries {
  dir: string;
  ffmpeg: string;
  ffprobe: string;
}

function compositorPackageNames(): string[] {
  const { platform, arch } = process;
  if (platform === 'linux') return [`@remotion/compositor-linux-${arch}-gnu`, `@remotion/compositor-linux-${arch}-musl`];
  if (platform === 'darwin') return [`@remotion/compositor-darwin-${arch}`];
  if (platform === 'win32') return [`@remotion/compositor-win32-${arch}-msvc`];
  return [];
}

export function findRemotionBinaries(): RemotionBinaries | null {
  const require = createRequire(import.meta.url);
  const exe = process.platform === 'win32' ? '.exe' : '';
  for (const name of compositorPackageNames()) {
    try {
      const dir = dirname(require.resolve(`${name}/package.json`));
      const ffmpeg = join(dir, `ffmpeg${exe}`);
      const ffprobe = join(dir, `ffprobe${exe}`);
      if (existsSync(ffmpeg) && existsSync(ffprobe)) return { dir, ffmpeg, ffprobe };
    } catch {
      // not installed for this platform; try the next candidate
    }
  }
  return null;
}

/** Environment in which the bundled binaries find their shared libraries. */
export function binaryEnv(binaries: RemotionBinaries): NodeJS.ProcessEnv {
  const key = process.platform === 'darwin' ? 'DYLD_LIBRARY_PATH' : 'LD_LIBRARY_PATH';
  const current = process.env[key];
  return { ...process.env, [key]: current ? `${binaries.dir}:${current}` : binaries.dir };
}

/** First line of `<binary> -version`, e.g. "ffprobe version 7.1 …". */
export async function binaryVersion(binaries: RemotionBinaries, which: 'ffmpeg' | 'ffprobe'): Promise<string> {
  const { stdout } = await run(binaries[which], ['-version'], { env: binaryEnv(binaries), timeout: 15_000 });
  return stdout.split('\n')[0]?.trim() ?? '';
}
