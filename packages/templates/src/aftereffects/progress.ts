import type { RenderProgress } from '../engine/types';
import type { AerenderLine } from './parse-line';

// The same shares as the Remotion engine's reporter, so a progress bar moves alike for both.
const RENDER_SHARE = 0.9;
const ENCODE_AT = 0.93;
const VERIFY_AT = 0.97;

/**
 * Turns aerender's lines into RenderProgress events. The clock for fps starts at the first
 * sign of rendering (the `Starting composition` line, the header or the first frame), not at
 * spawn: launching After Effects takes tens of seconds and renders nothing.
 */
export class AeProgressReporter {
  private renderStartedAt: number | undefined;
  private lastReported = -1;

  constructor(
    private readonly onProgress: ((progress: RenderProgress) => void) | undefined,
    private readonly totalFrames: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  start(): void {
    this.emit({ stage: 'rendering', progress: 0, renderedFrames: 0, totalFrames: this.totalFrames });
  }

  line(parsed: AerenderLine, renderedFrames: number): void {
    const startsRender = parsed.kind === 'frame' || parsed.kind === 'header' || (parsed.kind === 'composition' && parsed.event === 'starting');
    if (startsRender) this.renderStartedAt ??= this.now();
    const rendered = Math.min(renderedFrames, this.totalFrames);
    if (parsed.kind !== 'frame' || rendered === this.lastReported) return;
    this.lastReported = rendered;
    const seconds = (this.now() - (this.renderStartedAt ?? this.now())) / 1000;
    const fps = seconds > 0 ? rendered / seconds : undefined;
    this.emit({
      stage: 'rendering',
      progress: (RENDER_SHARE * rendered) / this.totalFrames,
      renderedFrames: rendered,
      totalFrames: this.totalFrames,
      ...(fps ? { fps, etaSeconds: (this.totalFrames - rendered) / fps } : {}),
    });
  }

  encoding(): void {
    this.emit({ stage: 'encoding', progress: ENCODE_AT, renderedFrames: this.totalFrames, totalFrames: this.totalFrames });
  }

  verifying(): void {
    this.emit({ stage: 'verifying', progress: VERIFY_AT, renderedFrames: this.totalFrames, totalFrames: this.totalFrames });
  }

  done(): void {
    this.emit({ stage: 'verifying', progress: 1, renderedFrames: this.totalFrames, totalFrames: this.totalFrames });
  }

  private emit(progress: RenderProgress): void {
    this.onProgress?.(progress);
  }
}
