import type { BrowserLog, EmittedArtifact, HeadlessBrowser, LogLevel, RenderMediaOptions } from '@remotion/renderer';
import type { VideoConfig } from 'remotion';
import { launchOptions, resolveBrowser, type BrowserLaunchOptions, type ResolvedBrowser } from './browser';
import { templateBundle, type TemplateBundle } from './bundle-cache';
import type { PreparedRender } from './prepare';

export interface RenderSessionOptions {
  env?: NodeJS.ProcessEnv;
  logLevel?: LogLevel;
  /** Reuse a bundle that is already known (otherwise the on-disk bundle cache is used). */
  bundle?: TemplateBundle;
  /**
   * The caller handles SIGINT/SIGTERM/SIGHUP itself (aborts its renders, then disposes the
   * session). Remotion's own handlers, which kill the browser and exit the process at once
   * (leaving partial files behind), are then removed when a browser is opened; its exit
   * hook that kills the browser stays.
   */
  ownSignals?: boolean;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Runs `open` and removes the signal listeners it added (see RenderSessionOptions.ownSignals). */
async function withoutNewSignalHandlers<T>(open: () => Promise<T>): Promise<T> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  try {
    return await open();
  } finally {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.off(signal, listener);
    }
  }
}

export interface FrameOptions {
  /** 1 = native size; validation uses 0.25. */
  scale?: number;
  imageFormat?: 'png' | 'jpeg';
  envVariables?: Record<string, string>;
  onBrowserLog?: (log: BrowserLog) => void;
  /** Data a composition emits with <Artifact> (the layout probe reports this way). */
  onArtifact?: (artifact: EmittedArtifact) => void;
  /** Milliseconds per frame as Remotion reports them, for timing tables. */
  onFrameTime?: (frame: number, milliseconds: number) => void;
  /** How long a delayRender may hold a frame (Remotion's default is 30 s). */
  timeoutInMilliseconds?: number;
}

/** What a video render (renderMedia) may set; the session supplies browser, bundle and composition. */
export type MediaOptions = Pick<
  RenderMediaOptions,
  | 'codec'
  | 'outputLocation'
  | 'scale'
  | 'frameRange'
  | 'crf'
  | 'concurrency'
  | 'muted'
  | 'disallowParallelEncoding'
  | 'cancelSignal'
  | 'onProgress'
  | 'timeoutInMilliseconds'
  | 'envVariables'
  | 'onBrowserLog'
>;

export interface RenderedFrame {
  frame: number;
  buffer: Buffer;
}

type Kind = '2d' | '3d';

/**
 * One bundle and long-lived Chromium instances for many stills and renders: opening a
 * browser costs about a second, so callers keep a session for a whole batch (the validate
 * command, an agent's lifetime) and dispose it at the end. 2D and 3D templates want
 * different WebGL backends (see resolveGl), so there is at most one browser per backend,
 * opened on first use; with FLATRENDER_GL set both kinds share one.
 */
export class RenderSession {
  private disposed = false;
  private readonly browsers = new Map<string, Promise<HeadlessBrowser>>();

  private constructor(
    readonly bundle: TemplateBundle,
    readonly browser: ResolvedBrowser,
    readonly logLevel: LogLevel,
    private readonly env: NodeJS.ProcessEnv,
    private readonly ownSignals: boolean,
  ) {}

  static async open(options: RenderSessionOptions = {}): Promise<RenderSession> {
    const env = options.env ?? process.env;
    const [bundle, browser] = await Promise.all([options.bundle ?? templateBundle({ env }), resolveBrowser({ env })]);
    return new RenderSession(bundle, browser, options.logLevel ?? 'error', env, options.ownSignals ?? false);
  }

  get serveUrl(): string {
    return this.bundle.serveUrl;
  }

  launchFor(kind: Kind): BrowserLaunchOptions {
    return launchOptions(this.browser, kind, this.env);
  }

  private instanceFor(launch: BrowserLaunchOptions): Promise<HeadlessBrowser> {
    const key = String(launch.chromiumOptions.gl);
    let instance = this.browsers.get(key);
    if (!instance) {
      const open = () => import('@remotion/renderer').then(({ openBrowser }) => openBrowser('chrome', { ...launch, logLevel: this.logLevel }));
      instance = this.ownSignals ? withoutNewSignalHandlers(open) : open();
      this.browsers.set(key, instance);
    }
    return instance;
  }

  /** Options shared by every Remotion call, so each runs in the browser its kind needs. */
  private async common(kind: Kind) {
    if (this.disposed) throw new Error('RenderSession used after dispose()');
    const launch = this.launchFor(kind);
    return { serveUrl: this.serveUrl, puppeteerInstance: await this.instanceFor(launch), logLevel: this.logLevel, ...launch };
  }

  /** Every composition the bundle registers (one page load for all of them). */
  async compositions(): Promise<VideoConfig[]> {
    const { getCompositions } = await import('@remotion/renderer');
    return getCompositions(this.serveUrl, { ...(await this.common('2d')), inputProps: {} });
  }

  /** One composition as the bundle resolves it for these props (runs calculateMetadata in the page). */
  async selectComposition(id: string, inputProps: Record<string, unknown>): Promise<VideoConfig> {
    const { selectComposition } = await import('@remotion/renderer');
    return selectComposition({ ...(await this.common('2d')), id, inputProps });
  }

  /** A single frame as an image buffer. */
  async still(render: PreparedRender, frame: number, options: FrameOptions = {}): Promise<Buffer> {
    const { renderStill } = await import('@remotion/renderer');
    const started = performance.now();
    const { buffer } = await renderStill({
      ...(await this.common(render.meta.kind)),
      composition: render.composition,
      inputProps: render.props,
      frame,
      scale: options.scale ?? 1,
      imageFormat: options.imageFormat ?? 'png',
      envVariables: options.envVariables,
      onBrowserLog: options.onBrowserLog,
      onArtifact: options.onArtifact,
      timeoutInMilliseconds: options.timeoutInMilliseconds,
      output: null,
    });
    if (!buffer) throw new Error(`renderStill returned no image for ${render.composition.id} frame ${frame}`);
    options.onFrameTime?.(frame, performance.now() - started);
    return buffer;
  }

  /**
   * Several frames of one composition from a single page: the page loads the bundle once
   * and then only seeks, which is what makes checking 48 compositions affordable.
   */
  async frames(render: PreparedRender, frames: number[], options: FrameOptions = {}): Promise<RenderedFrame[]> {
    const { renderFrames } = await import('@remotion/renderer');
    const rendered: RenderedFrame[] = [];
    await renderFrames({
      ...(await this.common(render.meta.kind)),
      composition: render.composition,
      inputProps: render.props,
      frames: [...new Set(frames)].sort((a, b) => a - b),
      outputDir: null,
      concurrency: 1,
      imageFormat: options.imageFormat ?? 'png',
      scale: options.scale ?? 1,
      muted: true,
      envVariables: options.envVariables,
      onBrowserLog: options.onBrowserLog,
      onArtifact: options.onArtifact ?? null,
      timeoutInMilliseconds: options.timeoutInMilliseconds,
      onStart: () => undefined,
      onFrameUpdate: (_count, frame, milliseconds) => options.onFrameTime?.(frame, milliseconds),
      onFrameBuffer: (buffer, frame) => {
        rendered.push({ frame, buffer });
      },
    });
    return rendered.sort((a, b) => a.frame - b.frame);
  }

  /** A video file of one composition (`flatrender render`, the render engine). */
  async media(render: PreparedRender, options: MediaOptions): Promise<void> {
    const { renderMedia } = await import('@remotion/renderer');
    await renderMedia({
      ...(await this.common(render.meta.kind)),
      composition: render.composition,
      inputProps: render.props,
      overwrite: true,
      ...options,
    });
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const opened = await Promise.allSettled(this.browsers.values());
    // close() kills the process first and then tidies its page objects; a page that was
    // still being created (a render cancelled early) makes that second part reject with
    // "Target closed" although the browser is already gone, so a rejection is not a failure.
    await Promise.allSettled(opened.map((result) => (result.status === 'fulfilled' ? result.value.close({ silent: true }) : undefined)));
  }
}
