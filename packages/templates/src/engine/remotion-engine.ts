import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLevel } from '@remotion/renderer';
import { prepareRender, type PreparedRender } from '../render/prepare';
import { RenderSession } from '../render/session';
import { muxAudio } from './audio/mux';
import { resolveAudio } from './audio/sources';
import { RenderCancelledError } from './errors';
import { PartialOutput } from './output-file';
import { verifyOutput } from './probe';
import { ProgressReporter } from './progress';
import { checkRenderRequest, resolveFrameRange, type CheckedRequest } from './request';
import type { RenderEngine, RenderRequest, RenderResult } from './types';

export interface RemotionEngineOptions {
  env?: NodeJS.ProcessEnv;
  logLevel?: LogLevel;
  /** A session to render in (kept open by its owner); otherwise the engine opens one on first use. */
  session?: RenderSession;
  /**
   * How long a frame's delayRender (fonts, images) may take. Remotion's 30 s default is
   * too tight on a loaded 2-core node, where font loading alone has taken that long.
   */
  timeoutInMilliseconds?: number;
  /** See RenderSessionOptions.ownSignals: the caller aborts renders on Ctrl-C and disposes the engine. */
  ownSignals?: boolean;
}

/**
 * Renders templates with Remotion: one cached bundle and long-lived browsers (a
 * RenderSession) for every render of this engine, audio mixed and muxed by Remotion's own
 * ffmpeg, and every file checked with ffprobe before it appears at the target path.
 */
export class RemotionEngine implements RenderEngine {
  readonly name = 'remotion' as const;
  private session: Promise<RenderSession> | undefined;

  constructor(private readonly options: RemotionEngineOptions = {}) {
    if (options.session) this.session = Promise.resolve(options.session);
  }

  private openSession(): Promise<RenderSession> {
    if (!this.session) {
      const opening = RenderSession.open({ env: this.options.env, logLevel: this.options.logLevel, ownSignals: this.options.ownSignals });
      // A failed open (no browser, broken bundle) is retried by the next render.
      opening.catch(() => {
        if (this.session === opening) this.session = undefined;
      });
      this.session = opening;
    }
    return this.session;
  }

  async render(request: RenderRequest): Promise<RenderResult> {
    const started = performance.now();
    const checked = checkRenderRequest(request);
    const prepared = await prepareRender(request.template, checked.aspect, request.bindings, { baseDir: request.baseDir });
    const frameRange = resolveFrameRange(request.frameRange, prepared.composition.durationInFrames);
    const frames = frameRange[1] - frameRange[0] + 1;
    const progress = new ProgressReporter(frames, request.onProgress);
    const output = new PartialOutput(request.out);
    // With audio, Remotion's silent video is an intermediate; it sits beside the target
    // too (large 4K files do not belong in a small /tmp) and always goes at the end.
    const silentVideo = new PartialOutput(request.out);
    const workDir = await mkdtemp(join(tmpdir(), 'flatrender-render-'));
    const { signal } = request;
    try {
      const tracks = await resolveAudio(request.audio, { workDir, baseDir: request.baseDir, signal });
      signal?.throwIfAborted();
      progress.stage('bundling');
      const session = await this.openSession();
      signal?.throwIfAborted();
      await output.prepare();
      if (tracks.length > 0) await silentVideo.prepare();
      const video = tracks.length > 0 ? silentVideo.path : output.path;
      await this.renderVideo(session, prepared, checked, { request, frameRange, video, progress });
      const fps = prepared.composition.fps;
      if (tracks.length > 0) {
        progress.stage('encoding');
        await muxAudio({
          video,
          tracks,
          codec: checked.codec,
          compositionSeconds: prepared.composition.durationInFrames / fps,
          startSeconds: frameRange[0] / fps,
          endSeconds: (frameRange[1] + 1) / fps,
          out: output.path,
          signal,
        });
      }
      progress.stage('verifying');
      const probe = await verifyOutput(output.path, { ...checked.size, frames, fps, hasAudio: tracks.length > 0 });
      const { size } = await stat(output.path);
      const path = await output.publish();
      progress.done();
      const renderSeconds = (performance.now() - started) / 1000;
      return {
        path,
        engine: this.name,
        template: prepared.meta.id,
        aspect: checked.aspect,
        quality: checked.quality,
        codec: checked.codec,
        width: probe.width,
        height: probe.height,
        frames: probe.frames,
        durationSeconds: frames / fps,
        sizeBytes: size,
        renderSeconds,
        fps: frames / renderSeconds,
        hasAudio: probe.audioStreams > 0,
      };
    } catch (error) {
      await output.discard();
      if (signal?.aborted) throw new RenderCancelledError(output.target);
      throw error;
    } finally {
      await silentVideo.discard();
      await rm(workDir, { recursive: true, force: true });
    }
  }

  private async renderVideo(
    session: RenderSession,
    prepared: PreparedRender,
    checked: CheckedRequest,
    job: { request: RenderRequest; frameRange: [number, number]; video: string; progress: ProgressReporter },
  ): Promise<void> {
    const { makeCancelSignal } = await import('@remotion/renderer');
    const { cancelSignal, cancel } = makeCancelSignal();
    const { signal } = job.request;
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      signal?.throwIfAborted();
      await session.media(prepared, {
        codec: checked.codec,
        outputLocation: job.video,
        scale: checked.size.scale,
        frameRange: job.frameRange,
        crf: job.request.crf ?? null,
        concurrency: job.request.concurrency ?? null,
        // The engine mixes the audio itself (see muxAudio); the templates are silent.
        muted: true,
        disallowParallelEncoding: !checked.size.exact,
        cancelSignal,
        timeoutInMilliseconds: this.options.timeoutInMilliseconds ?? 120_000,
        onProgress: ({ renderedFrames, progress }) => job.progress.frames(renderedFrames, progress),
      });
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
  }

  async dispose(): Promise<void> {
    if (this.options.session || !this.session) return;
    const session = await this.session.catch(() => undefined);
    this.session = undefined;
    await session?.dispose();
  }
}

export function createRemotionEngine(options: RemotionEngineOptions = {}): RemotionEngine {
  return new RemotionEngine(options);
}
