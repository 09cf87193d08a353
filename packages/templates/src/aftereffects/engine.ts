import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { resolveAudio } from '../engine/audio/sources';
import { RenderCancelledError } from '../engine/errors';
import { PartialOutput } from '../engine/output-file';
import { verifyOutput } from '../engine/probe';
import type { QualityTier, RenderEngine, RenderRequest, RenderResult } from '../engine/types';
import { aerenderArgs, mfrCpuPercent } from './args';
import { bindingScript } from './bind-script';
import { aeCompName, projectFileFor, resolveAerender, resolveProjectsDir } from './config';
import { deliverVideo } from './deliver';
import { AerenderAbortedError, AerenderError } from './errors';
import { judgeRun } from './judge-run';
import { outputModuleFor, renderSettingsFor, type AeOutputModules } from './output-profile';
import { prepareAeRender } from './prepare';
import { AeProgressReporter } from './progress';
import { AerenderLog } from './render-log';
import { runAerender } from './run-aerender';

export interface AfterEffectsEngineOptions {
  /** aerender's path; default `FLATRENDER_AERENDER`. */
  aerenderPath?: string;
  /** Directory of `<Template>.aep`; default `FLATRENDER_AE_PROJECTS`. */
  projectsDir?: string;
  /** Kill a render that prints nothing for this long (default 10 min: one slow frame prints nothing). */
  idleTimeoutMs?: number;
  /** Read for the two variables above and passed to aerender; default process.env. */
  env?: NodeJS.ProcessEnv;
  outputModules?: AeOutputModules;
  renderSettings?: Partial<Record<QualityTier, string>>;
  /** `-mfr ON <cpu%>` (AE 22.0+); false for older After Effects. Default true. */
  mfr?: boolean;
  /** Fail when a binding finds no layer/effect/footage of its name. Default true. */
  strictBindings?: boolean;
  /** Fail on AE's missing font/footage warnings (AE renders placeholders). Default true. */
  failOnMissingDependencies?: boolean;
  /** SIGTERM → SIGKILL grace when killing a render. Default 3 s. */
  killGraceMs?: number;
}

const DEFAULT_IDLE_TIMEOUT_MS = 10 * 60 * 1000;

/** The After Effects engine: renders a template's `.aep` with aerender behind the RenderEngine interface. */
export function createAfterEffectsEngine(options: AfterEffectsEngineOptions = {}): RenderEngine {
  const env = options.env ?? process.env;
  const running = new Map<AbortController, Promise<unknown>>();

  async function renderOnce(request: RenderRequest, signal: AbortSignal): Promise<RenderResult> {
    const startedAt = performance.now();
    const prepared = prepareAeRender(request);
    const { checked, meta, frames } = prepared;
    const { codec } = checked;
    const fps = meta.fps;
    const aerender = resolveAerender(options.aerenderPath, env);
    const project = projectFileFor(resolveProjectsDir(options.projectsDir, env), meta.id);
    const comp = aeCompName(meta.id, checked.aspect);
    const outputModule = outputModuleFor(codec, checked.quality, options.outputModules);
    const renderSettings = renderSettingsFor(checked.quality, options.renderSettings);
    const output = new PartialOutput(request.out);
    // AE picks the container from its output module, so its file gets that extension.
    const aeOutput = join(dirname(output.target), `.${basename(output.target)}.ae-${randomBytes(3).toString('hex')}${outputModule.extension}`);
    const workDir = await mkdtemp(join(tmpdir(), 'flatrender-ae-'));
    try {
      const tracks = await resolveAudio(request.audio, { workDir, baseDir: request.baseDir, signal });
      signal.throwIfAborted();
      const script = join(workDir, `${meta.id}-bindings.jsx`);
      await writeFile(script, bindingScript(prepared.plan, { strict: options.strictBindings ?? true }));
      await output.prepare();

      const log = new AerenderLog();
      const progress = new AeProgressReporter(request.onProgress, frames);
      progress.start();
      const exit = await runAerender({
        executable: aerender,
        args: aerenderArgs({
          project,
          comp,
          script,
          renderSettingsTemplate: renderSettings,
          outputModuleTemplate: outputModule.template,
          output: aeOutput,
          startFrame: prepared.firstFrame,
          endFrame: prepared.lastFrame,
          mfr: options.mfr === false ? false : { maxCpuPercent: mfrCpuPercent(request.concurrency, availableParallelism()) },
        }),
        env,
        idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
        ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
        signal,
        log,
        onLine: (parsed) => progress.line(parsed, log.renderedFrames),
      });
      const failure = judgeRun(log, exit, {
        project,
        comp,
        outputModule: outputModule.template,
        renderSettings,
        expectedFrames: frames,
        failOnMissingDependencies: options.failOnMissingDependencies ?? true,
      });
      if (failure) throw failure;
      if (!existsSync(aeOutput)) {
        throw new AerenderError(`aerender finished but wrote no file at ${aeOutput}`, [], exit.exitCode, [...log.tail], `check that output module "${outputModule.template}" writes ${outputModule.extension} files`);
      }

      await deliverVideo({ aeOutput, outputModule, partial: output.path, workDir, checked, prepared, tracks, crf: request.crf, progress, signal });

      signal.throwIfAborted();
      progress.verifying();
      const probe = await verifyOutput(output.path, { width: checked.size.width, height: checked.size.height, frames, fps, hasAudio: tracks.length > 0 });
      signal.throwIfAborted();
      const { size: sizeBytes } = await stat(output.path);
      const path = await output.publish();
      progress.done();
      const renderSeconds = (performance.now() - startedAt) / 1000;
      return {
        path,
        engine: 'aftereffects',
        template: meta.id,
        aspect: checked.aspect,
        quality: checked.quality,
        codec,
        width: probe.width,
        height: probe.height,
        frames: probe.frames,
        durationSeconds: frames / fps,
        sizeBytes,
        renderSeconds,
        fps: frames / renderSeconds,
        hasAudio: probe.audioStreams > 0,
      };
    } catch (error) {
      await Promise.all([output.discard(), rm(aeOutput, { force: true })]);
      if (signal.aborted || error instanceof AerenderAbortedError) throw new RenderCancelledError(output.target);
      throw error;
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  return {
    name: 'aftereffects',
    async render(request) {
      const controller = new AbortController();
      const signal = request.signal ? AbortSignal.any([request.signal, controller.signal]) : controller.signal;
      const job = renderOnce(request, signal);
      running.set(controller, job.catch(() => undefined));
      try {
        return await job;
      } finally {
        running.delete(controller);
      }
    },
    async dispose() {
      for (const controller of running.keys()) controller.abort(new AerenderAbortedError('the After Effects engine was disposed'));
      await Promise.all(running.values());
    },
  };
}
