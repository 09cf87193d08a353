import type { RenderProgress, RenderStage } from '@flatrender/templates';
import ora, { type Ora } from 'ora';

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

function describe(progress: RenderProgress): string {
  switch (progress.stage) {
    case 'bundling':
      return 'Bundling templates and starting the browser';
    case 'rendering': {
      const speed = progress.fps ? ` · ${progress.fps.toFixed(1)} fps` : '';
      const eta = progress.etaSeconds !== undefined ? ` · ETA ${duration(progress.etaSeconds)}` : '';
      return `Rendering ${progress.renderedFrames}/${progress.totalFrames} frames${speed}${eta}`;
    }
    case 'encoding':
      return 'Encoding';
    case 'verifying':
      return 'Verifying with ffprobe';
  }
}

export interface ProgressView {
  update(progress: RenderProgress): void;
  note(text: string): void;
  succeed(text: string): void;
  fail(text?: string): void;
}

/**
 * A spinner on a terminal (stderr, so stdout stays clean for --json); on a pipe, one line
 * per stage (and a frame count every 10 s) so CI logs show where a render is; with --json
 * on a pipe, nothing.
 */
export function progressView(options: { json?: boolean }): ProgressView {
  // A pseudo-terminal without a size (some CI runners) reports 0 columns, which makes
  // ora's line counting explode; such a terminal gets the plain lines instead.
  if (process.stderr.isTTY && (process.stderr.columns ?? 0) > 0) {
    const spinner: Ora = ora({ stream: process.stderr }).start('Preparing');
    return {
      update: (progress) => {
        spinner.text = `${describe(progress)} (${Math.round(progress.progress * 100)}%)`;
      },
      note: (text) => {
        spinner.text = text;
      },
      succeed: (text) => spinner.succeed(text),
      fail: (text) => (text ? spinner.fail(text) : spinner.stop()),
    };
  }
  if (options.json) return { update: () => undefined, note: () => undefined, succeed: () => undefined, fail: () => undefined };
  let stage: RenderStage | undefined;
  let printedAt = 0;
  const line = (text: string) => process.stderr.write(`${text}\n`);
  return {
    update: (progress) => {
      const now = performance.now();
      if (progress.stage === stage && now - printedAt < 10_000) return;
      if (progress.stage === 'rendering' && progress.renderedFrames === 0 && stage === 'rendering') return;
      stage = progress.stage;
      printedAt = now;
      line(`${describe(progress)}…`);
    },
    note: line,
    succeed: () => undefined,
    fail: () => undefined,
  };
}
