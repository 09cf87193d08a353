import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { prepareRender } from './prepare';
import { RenderSession } from './session';

export interface TemplateStillRequest {
  template: string;
  aspect?: string;
  /** Either a frame number or a time; neither means the template's preview frame. */
  frame?: number;
  atSeconds?: number;
  /** Bindings (validated; local image paths are inlined). */
  props?: Record<string, unknown>;
  /** Relative image paths in `props` resolve against this directory. */
  baseDir?: string;
  /** .png (default), .jpg or .jpeg. */
  out: string;
  scale?: number;
  /** An open session to reuse; without one, a session is opened and closed for this still. */
  session?: RenderSession;
}

export interface TemplateStillResult {
  out: string;
  compositionId: string;
  frame: number;
  width: number;
  height: number;
  milliseconds: number;
}

export class FrameOutOfRangeError extends Error {
  constructor(readonly field: 'frame' | 'at', message: string) {
    super(message);
    this.name = 'FrameOutOfRangeError';
  }
}

export function resolveStillFrame(request: Pick<TemplateStillRequest, 'frame' | 'atSeconds'>, fps: number, duration: number, preview: number): number {
  const last = duration - 1;
  if (request.frame !== undefined) {
    if (!Number.isInteger(request.frame) || request.frame < 0 || request.frame > last) {
      throw new FrameOutOfRangeError('frame', `frame: must be a whole number from 0 to ${last} (got ${request.frame})`);
    }
    return request.frame;
  }
  if (request.atSeconds !== undefined) {
    const frame = Math.round(request.atSeconds * fps);
    if (!Number.isFinite(frame) || frame < 0 || frame > last) {
      throw new FrameOutOfRangeError('at', `at: must be between 0s and ${(last / fps).toFixed(2)}s (got ${request.atSeconds}s)`);
    }
    return frame;
  }
  return Math.min(Math.max(0, preview), last);
}

/** Renders one frame of a template to a file: the CLI's `templates still` and cover images. */
export async function renderTemplateStill(request: TemplateStillRequest): Promise<TemplateStillResult> {
  const render = await prepareRender(request.template, request.aspect ?? '16:9', request.props ?? {}, { baseDir: request.baseDir });
  const { composition, meta } = render;
  const frame = resolveStillFrame(request, composition.fps, composition.durationInFrames, meta.previewFrame(composition.durationInFrames));
  const extension = extname(request.out).toLowerCase();
  const imageFormat = extension === '.jpg' || extension === '.jpeg' ? 'jpeg' : 'png';
  const session = request.session ?? (await RenderSession.open());
  try {
    const started = performance.now();
    const buffer = await session.still(render, frame, { scale: request.scale ?? 1, imageFormat });
    const out = resolve(request.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, buffer);
    const scale = request.scale ?? 1;
    return {
      out,
      compositionId: composition.id,
      frame,
      width: Math.round(composition.width * scale),
      height: Math.round(composition.height * scale),
      milliseconds: Math.round(performance.now() - started),
    };
  } finally {
    if (!request.session) await session.dispose();
  }
}
