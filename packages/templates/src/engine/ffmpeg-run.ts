import { spawn } from 'node:child_process';
import { binaryEnv, findRemotionBinaries, type RemotionBinaries } from '../render/ffmpeg';

export function requireBinaries(): RemotionBinaries {
  const binaries = findRemotionBinaries();
  if (!binaries) throw new Error('ffmpeg: Remotion\'s compositor package is not installed for this platform; run npm ci');
  return binaries;
}

const KEEP_STDERR = 64 * 1024;

/**
 * Runs Remotion's bundled ffmpeg and resolves with its stderr (filters such as
 * silencedetect report there). An abort kills the process and rejects with an AbortError;
 * a failure rejects with the last lines ffmpeg printed, which name the cause.
 */
export function runFfmpeg(args: readonly string[], options: { signal?: AbortSignal } = {}): Promise<string> {
  const binaries = requireBinaries();
  return new Promise((resolve, reject) => {
    const child = spawn(binaries.ffmpeg, ['-hide_banner', '-nostdin', ...args], {
      env: binaryEnv(binaries),
      stdio: ['ignore', 'ignore', 'pipe'],
      signal: options.signal,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-KEEP_STDERR);
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) return resolve(stderr);
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      reject(new Error(`ffmpeg ${signal ? `was killed (${signal})` : `exited with code ${code}`}: ${tail}`));
    });
  });
}
