import { createWriteStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { fileURLToPath } from 'node:url';
import { RenderInputError } from '../errors';
import { probeAudio } from '../probe';
import type { AudioTrackInput, RenderAudio } from '../types';

export type AudioRole = keyof RenderAudio;
export const AUDIO_ROLES: readonly AudioRole[] = ['music', 'voiceover', 'sfx'];

/** One audio input as a readable local file, with what ffprobe says about it. */
export interface ResolvedAudioTrack {
  role: AudioRole;
  /** What the caller gave (path or URL), for messages. */
  source: string;
  /** A local file: the given path or the download. */
  path: string;
  volume: number;
  durationSeconds: number;
}

const DOWNLOAD_TIMEOUT_MS = 60_000;

function checkVolume(role: AudioRole, volume: number): void {
  if (typeof volume !== 'number' || !Number.isFinite(volume) || volume < 0 || volume > 1) {
    throw new RenderInputError(`${role}-volume`, `must be a number from 0 to 1 (got ${volume})`);
  }
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s`;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function download(role: AudioRole, url: string, workDir: string, signal: AbortSignal | undefined): Promise<string> {
  const target = join(workDir, `${role}${extname(new URL(url).pathname).slice(0, 8) || '.audio'}`);
  const timeout = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { signal: combined, redirect: 'follow' });
    if (!response.ok || !response.body) {
      throw new RenderInputError(role, `cannot download ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} (check the URL or use a local file)`);
    }
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(target));
    return target;
  } catch (error) {
    if (error instanceof RenderInputError) throw error;
    if (signal?.aborted) throw error;
    throw new RenderInputError(role, `cannot download ${url}: ${describeFetchError(error)} (check the URL or use a local file)`);
  }
}

async function localPath(role: AudioRole, source: string, baseDir: string): Promise<string> {
  const path = source.startsWith('file:') ? fileURLToPath(source) : isAbsolute(source) ? source : resolve(baseDir, source);
  await access(path, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'file not found' : `file unreadable (${error.code ?? error.message})`;
    throw new RenderInputError(role, `${reason}: ${path} (give an existing audio file or an http(s) URL)`);
  });
  return path;
}

async function resolveTrack(role: AudioRole, input: AudioTrackInput, options: ResolveAudioOptions): Promise<ResolvedAudioTrack> {
  checkVolume(role, input.volume);
  const source = input.source.trim();
  if (!source) throw new RenderInputError(role, 'empty path; give an audio file or an http(s) URL');
  let path: string;
  if (/^https?:\/\//i.test(source)) path = await download(role, source, options.workDir, options.signal);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !source.startsWith('file:')) {
    throw new RenderInputError(role, `unsupported URL ${source}; use a local file or an http(s) URL`);
  } else path = await localPath(role, source, options.baseDir ?? process.cwd());
  const probe = await probeAudio(path);
  if (!probe || probe.durationSeconds <= 0) {
    throw new RenderInputError(role, `${source} has no audio ffprobe can read (use e.g. .mp3, .wav, .m4a, .ogg, .flac)`);
  }
  return { role, source, path, volume: input.volume, durationSeconds: probe.durationSeconds };
}

export interface ResolveAudioOptions {
  /** Where URLs are downloaded to (the engine's per-render temp dir). */
  workDir: string;
  /** Relative paths resolve against this directory (default: the working directory). */
  baseDir?: string;
  signal?: AbortSignal;
}

/**
 * Checks every audio input before any frame is rendered: volumes in 0–1, local files
 * readable, URLs downloaded, and each one decodable — so a typo costs no render time.
 */
export async function resolveAudio(audio: RenderAudio | undefined, options: ResolveAudioOptions): Promise<ResolvedAudioTrack[]> {
  const tracks: ResolvedAudioTrack[] = [];
  for (const role of AUDIO_ROLES) {
    const input = audio?.[role];
    if (input) tracks.push(await resolveTrack(role, input, options));
  }
  return tracks;
}
