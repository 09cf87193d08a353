import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { muxAudio } from '../engine/audio/mux';
import type { ResolvedAudioTrack } from '../engine/audio/sources';
import { CODEC_SPECS } from '../engine/codecs';
import { probeMedia } from '../engine/probe';
import type { CheckedRequest } from '../engine/request';
import { conformVideo } from './conform';
import { PROBE_CODEC_NAMES, type AeOutputModule } from './output-profile';
import type { PreparedAeRender } from './prepare';
import type { AeProgressReporter } from './progress';

export interface DeliverJob {
  /** What aerender wrote. */
  aeOutput: string;
  outputModule: AeOutputModule;
  /** The partial file beside the target that verification and publish use. */
  partial: string;
  workDir: string;
  checked: CheckedRequest;
  prepared: PreparedAeRender;
  tracks: readonly ResolvedAudioTrack[];
  crf?: number;
  progress: AeProgressReporter;
  signal: AbortSignal;
}

/**
 * Makes AE's file the ordered one at `partial`: renamed when it already is (same directory,
 * so no copy), converted when the size, codec or container differ, and with the audio mixed
 * in by the same muxAudio as the Remotion engine. AE's file is gone afterwards.
 */
export async function deliverVideo(job: DeliverJob): Promise<void> {
  const { checked, prepared, signal } = job;
  const written = await probeMedia(job.aeOutput);
  signal.throwIfAborted();
  const sizeOk = written.width === checked.size.width && written.height === checked.size.height;
  const codecOk = written.videoCodec === PROBE_CODEC_NAMES[checked.codec];
  const extension = CODEC_SPECS[checked.codec].extension;
  let video = job.aeOutput;
  if (!sizeOk || !codecOk || job.outputModule.extension.toLowerCase() !== extension) {
    job.progress.encoding();
    video = job.tracks.length > 0 ? join(job.workDir, `video${extension}`) : job.partial;
    await conformVideo({ input: job.aeOutput, output: video, ...checked.size, codec: checked.codec, crf: job.crf, copyVideo: sizeOk && codecOk, signal });
  }
  if (job.tracks.length > 0) {
    job.progress.encoding();
    const fps = prepared.meta.fps;
    await muxAudio({
      video,
      tracks: job.tracks,
      codec: checked.codec,
      compositionSeconds: prepared.durationInFrames / fps,
      startSeconds: prepared.firstFrame / fps,
      endSeconds: (prepared.lastFrame + 1) / fps,
      out: job.partial,
      signal,
    });
  } else if (video === job.aeOutput) {
    await rename(job.aeOutput, job.partial);
  }
  await rm(job.aeOutput, { force: true });
}
