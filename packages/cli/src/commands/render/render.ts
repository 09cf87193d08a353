import type { Command } from 'commander';
import {
  AeBindingError,
  AeProjectNotFoundError,
  AerenderNotConfiguredError,
  bindingsJsonSchema,
  RenderCancelledError,
  RenderInputError,
  requireCodec,
  requireTemplate,
  type RenderEngine,
  type RenderRequest,
  type RenderResult,
} from '@flatrender/templates';
import { loadBindings } from '../../bindings/load-bindings';
import { asUsageError } from '../../bindings/input-errors';
import { ExitCode, ExitError, usageError } from '../../errors';
import { printResult } from '../../output/print';
import { createEngine } from './engine-choice';
import { completeBindings } from './missing-bindings';
import { defaultOut, parseAudio, parseConcurrency, parseCrf, parseEngine, parseFrames, type RenderFlags } from './parse-options';
import { progressView, type ProgressView } from './progress-view';
import { abortOnSignals } from './signals';

/** What `--json` prints: snake_case like the API's render object. */
function jsonResult(result: RenderResult): Record<string, unknown> {
  return {
    path: result.path,
    engine: result.engine,
    template: result.template,
    aspect: result.aspect,
    quality: result.quality,
    codec: result.codec,
    width: result.width,
    height: result.height,
    frames: result.frames,
    duration_seconds: Number(result.durationSeconds.toFixed(3)),
    size_bytes: result.sizeBytes,
    has_audio: result.hasAudio,
    render_seconds: Number(result.renderSeconds.toFixed(2)),
    fps: Number(result.fps.toFixed(2)),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1)} MB`;
}

function summary(result: RenderResult): string {
  const audio = result.hasAudio ? ', audio' : '';
  return (
    `${result.path}: ${result.template} ${result.aspect} ${result.quality} ${result.codec}, ${result.width}×${result.height}, ` +
    `${result.frames} frames (${result.durationSeconds.toFixed(2)} s${audio}), ${megabytes(result.sizeBytes)}; ` +
    `rendered in ${result.renderSeconds.toFixed(1)} s (${result.fps.toFixed(1)} fps); verified with ffprobe`
  );
}

/** Everything the user typed, checked and turned into a request (exit 2 on any problem). */
async function buildRequest(template: string, flags: RenderFlags, command: Command): Promise<Omit<RenderRequest, 'signal' | 'onProgress'>> {
  const meta = requireTemplate(template);
  const codec = requireCodec(flags.codec);
  const given = (option: string) => command.getOptionValueSource(option) === 'cli';
  const request = {
    template,
    aspect: flags.aspect as RenderRequest['aspect'],
    quality: flags.quality as RenderRequest['quality'],
    codec,
    crf: parseCrf(flags.crf),
    frameRange: parseFrames(flags.frames),
    concurrency: parseConcurrency(flags.concurrency),
    audio: parseAudio(flags, given),
    out: flags.out ?? defaultOut(template, flags.aspect, flags.quality, codec),
  };
  const schema = bindingsJsonSchema(meta);
  const bindings = await completeBindings(meta, schema, await loadBindings({ propsFile: flags.props, set: flags.set }, schema));
  return { ...request, bindings };
}

// Input and set-up problems (exit 2) beyond the template's own (asUsageError covers those).
const INPUT_ERRORS = [RenderInputError, AerenderNotConfiguredError, AeProjectNotFoundError, AeBindingError];

function failure(error: unknown): unknown {
  if (error instanceof ExitError) return error;
  if (INPUT_ERRORS.some((type) => error instanceof type)) return usageError((error as Error).message.split('\n')[0] ?? '');
  if (error instanceof RenderCancelledError) return new ExitError(ExitCode.interrupted, error.message);
  if ((error as Error | undefined)?.name === 'ExitPromptError') return new ExitError(ExitCode.interrupted, 'cancelled');
  const usage = asUsageError(error);
  if (usage !== error) return usage;
  const cause = error instanceof Error ? error.message : String(error);
  return new ExitError(ExitCode.renderFailed, `render failed: ${cause.split('\n')[0]}`);
}

async function renderWith(engine: RenderEngine, request: Omit<RenderRequest, 'signal' | 'onProgress'>, view: ProgressView): Promise<RenderResult> {
  const controller = new AbortController();
  const release = abortOnSignals(controller, () => view.note('Cancelling: stopping the render and closing the browser'));
  try {
    return await engine.render({ ...request, signal: controller.signal, onProgress: (progress) => view.update(progress) });
  } finally {
    release();
  }
}

/** `flatrender render <Template>`: one template to a verified video file on this machine. */
export async function renderCommand(template: string, flags: RenderFlags, command: Command): Promise<void> {
  let engine: RenderEngine | undefined;
  let view: ProgressView | undefined;
  try {
    const request = await buildRequest(template, flags, command);
    engine = createEngine(parseEngine(flags.engine));
    view = progressView(flags);
    const result = await renderWith(engine, request, view);
    view.succeed(`Rendered and verified ${result.frames} frames`);
    if (flags.json) printResult(jsonResult(result), flags, () => '');
    else printResult(result, flags, summary);
  } catch (error) {
    view?.fail();
    throw failure(error);
  } finally {
    await engine?.dispose();
  }
}
