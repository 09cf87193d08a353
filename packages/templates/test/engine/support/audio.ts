import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { binaryEnv, findRemotionBinaries } from '@flatrender/templates';

const run = promisify(execFile);
export const SAMPLE_RATE = 48_000;

function binaries() {
  const found = findRemotionBinaries();
  if (!found) throw new Error('Remotion compositor (ffmpeg) not installed');
  return found;
}

/** Runs Remotion's bundled ffmpeg (the tests need no system ffmpeg either). */
export async function ffmpeg(args: string[]): Promise<Buffer> {
  const found = binaries();
  const { stdout } = await run(found.ffmpeg, ['-hide_banner', '-loglevel', 'error', '-nostdin', ...args], {
    env: binaryEnv(found),
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/**
 * A test tone file: `frequency` Hz for `seconds`, then `silence` seconds of nothing, so a
 * voiceover has a spoken part and a pause (lavfi's sine source, volume ×0.5).
 */
export async function tone(path: string, frequency: number, seconds: number, silence = 0): Promise<string> {
  const pad = silence > 0 ? ['-af', `apad=pad_dur=${silence}`] : [];
  await ffmpeg(['-y', '-f', 'lavfi', '-i', `sine=frequency=${frequency}:duration=${seconds}:sample_rate=${SAMPLE_RATE}`, ...pad, path]);
  return path;
}

/** The first audio stream of a file as mono samples in −1…1. */
export async function decodeAudio(path: string): Promise<Float32Array> {
  const wav = await ffmpeg(['-i', path, '-vn', '-map', '0:a:0', '-ac', '1', '-ar', String(SAMPLE_RATE), '-c:a', 'pcm_s16le', '-f', 'wav', 'pipe:1']);
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'data') {
      const data = wav.subarray(offset + 8);
      const samples = new Float32Array(Math.floor(data.length / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = data.readInt16LE(i * 2) / 32768;
      return samples;
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error(`no data chunk in the audio of ${path}`);
}

/**
 * Level (dBFS) of one frequency in a window, by the Goertzel algorithm: the music is a
 * 440 Hz tone and the voiceover 1 kHz, so the music's own level can be read under the voice.
 */
export function toneLevel(samples: Float32Array, frequency: number, fromSeconds: number, toSeconds: number): number {
  const start = Math.round(fromSeconds * SAMPLE_RATE);
  const end = Math.min(samples.length, Math.round(toSeconds * SAMPLE_RATE));
  const n = end - start;
  if (n <= 0) throw new Error(`window ${fromSeconds}–${toSeconds} s is outside the ${samples.length / SAMPLE_RATE} s of audio`);
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / SAMPLE_RATE);
  let previous = 0;
  let beforePrevious = 0;
  for (let i = start; i < end; i++) {
    const current = samples[i]! + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  const amplitude = (2 * Math.sqrt(Math.max(power, 0))) / n;
  return 20 * Math.log10(Math.max(amplitude, 1e-9));
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A grey 64×36 PNG (Remotion's ffmpeg has no lavfi video decoder, but it decodes PNG). */
function greyPng(path: string): string {
  const [width, height] = [64, 36];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0;
  writeFileSync(path, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
  return path;
}

/** A silent H.264 video of `seconds` at `fps`, standing in for Remotion's output. */
export async function silentVideo(path: string, seconds: number, fps: number, codec: 'h264' | 'vp9' = 'h264'): Promise<string> {
  const png = greyPng(`${path}.png`);
  const encoder = codec === 'h264' ? ['-c:v', 'libx264', '-pix_fmt', 'yuv420p'] : ['-c:v', 'libvpx-vp9', '-deadline', 'realtime'];
  await ffmpeg(['-y', '-loop', '1', '-framerate', String(fps), '-i', png, '-frames:v', String(Math.round(seconds * fps)), ...encoder, path]);
  return path;
}
