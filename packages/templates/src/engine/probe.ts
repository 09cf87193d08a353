import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { binaryEnv, findRemotionBinaries } from '../render/ffmpeg';

const run = promisify(execFile);

/** What ffprobe says about a rendered file. */
export interface MediaProbe {
  width: number;
  height: number;
  /** Decoded video frames (counted, not estimated from the header). */
  frames: number;
  durationSeconds: number;
  videoCodec: string;
  audioStreams: number;
  /** The first audio stream's own duration when the container records one (MP4, MOV), else null. */
  audioSeconds: number | null;
  formatName: string;
}

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  nb_read_frames?: string;
  nb_frames?: string;
  duration?: string;
  sample_rate?: string;
  channels?: number;
}

interface FfprobeOutput {
  streams?: FfprobeStream[];
  format?: { duration?: string; format_name?: string };
}

async function ffprobeJson(args: string[]): Promise<FfprobeOutput> {
  const binaries = findRemotionBinaries();
  if (!binaries) throw new Error('ffprobe: Remotion\'s compositor package is not installed for this platform; run npm ci');
  const { stdout } = await run(binaries.ffprobe, ['-v', 'error', ...args, '-of', 'json'], {
    env: binaryEnv(binaries),
    maxBuffer: 16 * 1024 * 1024,
    timeout: 120_000,
  });
  return JSON.parse(stdout) as FfprobeOutput;
}

const seconds = (value: string | undefined): number | null => (value === undefined || !Number.isFinite(Number(value)) ? null : Number(value));

/** Runs Remotion's bundled ffprobe (no system ffmpeg needed) and counts the video frames. */
export async function probeMedia(path: string): Promise<MediaProbe> {
  const parsed = await ffprobeJson([
    '-count_frames',
    '-show_entries',
    'stream=codec_type,codec_name,width,height,nb_read_frames,nb_frames,duration,sample_rate,channels:format=duration,format_name',
    path,
  ]);
  const streams = parsed.streams ?? [];
  const video = streams.find((stream) => stream.codec_type === 'video');
  if (!video) throw new Error(`ffprobe: ${path} has no video stream`);
  const audio = streams.filter((stream) => stream.codec_type === 'audio');
  const frames = Number(video.nb_read_frames ?? video.nb_frames ?? 0);
  return {
    width: video.width ?? 0,
    height: video.height ?? 0,
    frames,
    durationSeconds: Number(parsed.format?.duration ?? video.duration ?? 0),
    videoCodec: video.codec_name ?? 'unknown',
    audioStreams: audio.length,
    audioSeconds: seconds(audio[0]?.duration),
    formatName: parsed.format?.format_name ?? 'unknown',
  };
}

/** What ffprobe says about an audio input (music, voiceover, sfx). */
export interface AudioProbe {
  codec: string;
  durationSeconds: number;
  sampleRate: number;
  channels: number;
}

/** The first audio stream of a file, or null when there is none (or ffprobe cannot read the file). */
export async function probeAudio(path: string): Promise<AudioProbe | null> {
  const parsed = await ffprobeJson(['-select_streams', 'a:0', '-show_entries', 'stream=codec_type,codec_name,duration,sample_rate,channels:format=duration', path]).catch(
    () => null,
  );
  const stream = parsed?.streams?.[0];
  if (!parsed || !stream) return null;
  return {
    codec: stream.codec_name ?? 'unknown',
    durationSeconds: seconds(stream.duration) ?? seconds(parsed.format?.duration) ?? 0,
    sampleRate: Number(stream.sample_rate ?? 0),
    channels: stream.channels ?? 0,
  };
}

export interface ExpectedOutput {
  width: number;
  height: number;
  frames: number;
  fps: number;
  hasAudio: boolean;
}

export class OutputVerificationError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`output check failed for ${path}: ${problems.join('; ')}`);
    this.name = 'OutputVerificationError';
  }
}

/**
 * A render is only done when the file says so: frame count, size, duration and the audio
 * stream are checked and any mismatch is an error (a short or silent file is never shipped).
 */
export async function verifyOutput(path: string, expected: ExpectedOutput): Promise<MediaProbe> {
  const probe = await probeMedia(path);
  const problems: string[] = [];
  if (probe.width !== expected.width || probe.height !== expected.height) {
    problems.push(`size is ${probe.width}×${probe.height}, expected ${expected.width}×${expected.height}`);
  }
  if (probe.frames !== expected.frames) problems.push(`${probe.frames} frames, expected ${expected.frames}`);
  const expectedSeconds = expected.frames / expected.fps;
  // Containers round durations to their timebase and audio can run a frame long.
  if (Math.abs(probe.durationSeconds - expectedSeconds) > 1.5 / expected.fps + 0.05) {
    problems.push(`duration is ${probe.durationSeconds.toFixed(3)} s, expected ${expectedSeconds.toFixed(3)} s`);
  }
  if (expected.hasAudio && probe.audioStreams === 0) problems.push('no audio stream although audio was given');
  if (expected.hasAudio && probe.audioSeconds !== null && Math.abs(probe.audioSeconds - expectedSeconds) > 1.5 / expected.fps + 0.05) {
    problems.push(`audio lasts ${probe.audioSeconds.toFixed(3)} s, expected ${expectedSeconds.toFixed(3)} s`);
  }
  if (!expected.hasAudio && probe.audioStreams > 0) problems.push('an audio stream although no audio was given');
  if (problems.length > 0) throw new OutputVerificationError(path, problems);
  return probe;
}
