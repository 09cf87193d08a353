import { CODEC_SPECS } from '../codecs';
import { runFfmpeg } from '../ffmpeg-run';
import type { Codec } from '../types';
import { audioFilterGraph } from './mix-graph';
import type { ResolvedAudioTrack } from './sources';
import { speechIntervals } from './speech';

export interface MuxRequest {
  /** The silent video Remotion rendered. */
  video: string;
  tracks: readonly ResolvedAudioTrack[];
  codec: Codec;
  compositionSeconds: number;
  startSeconds: number;
  endSeconds: number;
  out: string;
  signal?: AbortSignal;
}

/**
 * Mixes music, voiceover and sfx into one track with Remotion's ffmpeg and muxes it with
 * the rendered video in a single pass: the video stream is copied, never re-encoded.
 */
export async function muxAudio(request: MuxRequest): Promise<void> {
  const audioArgs = CODEC_SPECS[request.codec].audioArgs;
  if (!audioArgs) throw new Error(`${request.codec} cannot carry audio`);
  const voiceover = request.tracks.find((track) => track.role === 'voiceover');
  const speech = voiceover ? await speechIntervals(voiceover.path, voiceover.durationSeconds, request.signal) : [];
  const inputs = request.tracks.flatMap((track) => (track.role === 'music' ? ['-stream_loop', '-1', '-i', track.path] : ['-i', track.path]));
  const graph = audioFilterGraph({
    inputs: request.tracks.map((track, index) => ({ role: track.role, input: index + 1, volume: track.volume })),
    compositionSeconds: request.compositionSeconds,
    startSeconds: request.startSeconds,
    endSeconds: request.endSeconds,
    speech,
  });
  const container = request.codec === 'vp9' ? [] : ['-movflags', '+faststart'];
  await runFfmpeg(
    ['-y', '-i', request.video, ...inputs, '-filter_complex', graph, '-map', '0:v:0', '-map', '[aout]', '-c:v', 'copy', ...audioArgs, ...container, request.out],
    { signal: request.signal },
  );
}
