import type { Codec } from '../engine/types';
import { runFfmpeg } from '../engine/ffmpeg-run';

/**
 * Turns the video AE wrote into the one that was ordered, with Remotion's bundled ffmpeg:
 * scales to the quality tier when the output module did not, and converts to codecs AE
 * cannot write (VP9, GIF). Only runs when the AE file is not already right; audio is
 * mixed afterwards by the shared muxAudio, exactly as for the Remotion engine.
 */
export interface ConformRequest {
  input: string;
  /** Its extension picks the container (the request check made it match the codec). */
  output: string;
  width: number;
  height: number;
  codec: Codec;
  crf?: number;
  /** AE already wrote this codec at this size, only the container is wrong: copy the stream. */
  copyVideo: boolean;
  signal?: AbortSignal;
}

function videoEncoder(codec: Codec, crf: number | undefined): string[] {
  switch (codec) {
    case 'h264':
      return ['-c:v', 'libx264', '-crf', String(crf ?? 18), '-preset', 'medium', '-pix_fmt', 'yuv420p', '-movflags', '+faststart'];
    case 'prores':
      return ['-c:v', 'prores_ks', '-profile:v', '3', '-pix_fmt', 'yuv422p10le'];
    case 'vp9':
      return ['-c:v', 'libvpx-vp9', '-crf', String(crf ?? 28), '-b:v', '0', '-row-mt', '1', '-pix_fmt', 'yuv420p'];
    case 'gif':
      return ['-loop', '0'];
  }
}

export function conformArgs(request: ConformRequest): string[] {
  // Remotion's ffmpeg is a slim build (no setsar, no testsrc): keep to scale, split and the palette filters.
  const scale = `scale=${request.width}:${request.height}:flags=lanczos`;
  const video = request.codec === 'gif' ? `${scale},split[g0][g1];[g0]palettegen[gp];[g1][gp]paletteuse` : scale;
  return [
    '-y',
    '-i', request.input,
    '-map', '0:v:0',
    '-an',
    ...(request.copyVideo ? ['-c:v', 'copy'] : ['-vf', video, ...videoEncoder(request.codec, request.crf)]),
    request.output,
  ];
}

export async function conformVideo(request: ConformRequest): Promise<void> {
  await runFfmpeg(conformArgs(request), { signal: request.signal });
}
