import type { RenderProgress, RenderStage } from './types';

// Share of the whole render each phase stands for, so the bar moves evenly.
const RENDER_SHARE = 0.9;
const MUX_AT = 0.93;
const VERIFY_AT = 0.97;

/** Turns Remotion's callbacks into the engine's RenderProgress, with fps and ETA. */
export class ProgressReporter {
  private renderStarted = 0;
  private last: RenderProgress;

  constructor(
    private readonly totalFrames: number,
    private readonly emit: ((progress: RenderProgress) => void) | undefined,
  ) {
    this.last = { stage: 'bundling', progress: 0, renderedFrames: 0, totalFrames };
  }

  private send(progress: RenderProgress): void {
    this.last = progress;
    this.emit?.(progress);
  }

  stage(stage: Exclude<RenderStage, 'rendering'>): void {
    const progress = stage === 'bundling' ? 0 : stage === 'encoding' ? MUX_AT : VERIFY_AT;
    this.send({ ...this.last, stage, progress: Math.max(progress, this.last.progress), fps: undefined, etaSeconds: undefined });
  }

  /** From renderMedia's onProgress: frames rendered, and Remotion's own 0–1 (70 % frames, 30 % encoding). */
  frames(renderedFrames: number, remotionProgress: number): void {
    const now = performance.now();
    if (this.renderStarted === 0) this.renderStarted = now;
    const elapsed = (now - this.renderStarted) / 1000;
    const fps = renderedFrames > 0 && elapsed > 0 ? renderedFrames / elapsed : undefined;
    const remaining = this.totalFrames - renderedFrames;
    const stage: RenderStage = remaining > 0 ? 'rendering' : 'encoding';
    this.send({
      stage,
      progress: Math.min(RENDER_SHARE, remotionProgress * RENDER_SHARE),
      renderedFrames,
      totalFrames: this.totalFrames,
      fps,
      etaSeconds: fps && remaining > 0 ? remaining / fps : undefined,
    });
  }

  done(): void {
    this.send({ ...this.last, stage: 'verifying', progress: 1, renderedFrames: this.totalFrames, etaSeconds: 0 });
  }
}
