import type { AerenderMessage } from './errors';
import { classifyAerenderLine, type AerenderLine } from './parse-line';
import { parseFrameRate, timecodeToFrames } from './timecode';

const TAIL_LINES = 30;
const MAX_DETAIL_LINES = 3;

/**
 * What one aerender run has said so far. Frames are counted by distinct timecode, not by the
 * last `(N)`: the same frame can be printed twice (S3) and under Multi-Frame Rendering lines
 * may arrive out of order with chunk-relative indexes (as aws-deadline's parser assumes).
 */
export class AerenderLog {
  readonly errors: AerenderMessage[] = [];
  readonly warnings: string[] = [];
  readonly tail: string[] = [];
  version: string | undefined;
  scriptPath: string | undefined;
  composition: string | undefined;
  started = false;
  finished = false;
  elapsed: string | undefined;
  private readonly header: Partial<Record<'start' | 'end' | 'duration' | 'frameRate' | 'size' | 'outputTo', string>> = {};
  private readonly frameTimecodes = new Set<string>();
  private lastError: AerenderMessage | undefined;

  push(line: string): AerenderLine {
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    const parsed = classifyAerenderLine(line);
    if (parsed.kind === 'other' && this.lastError && this.isContinuation(parsed.text)) {
      this.lastError.detail.push(parsed.text.trim());
      return parsed;
    }
    if (parsed.kind !== 'blank') this.lastError = undefined;
    this.record(parsed);
    return parsed;
  }

  private isContinuation(text: string): boolean {
    return this.lastError !== undefined && this.lastError.detail.length < MAX_DETAIL_LINES && !/^\s*(PROGRESS|INFO):/.test(text);
  }

  private record(parsed: AerenderLine): void {
    switch (parsed.kind) {
      case 'frame':
        // `;` and `:` name the same frame; only drop-frame-ness differs.
        this.frameTimecodes.add(parsed.timecode.replace(/;/g, ':'));
        break;
      case 'header':
        this.header[parsed.key] ??= parsed.value;
        break;
      case 'composition':
        this.composition ??= parsed.name;
        if (parsed.event === 'starting') this.started = true;
        else this.finished = true;
        break;
      case 'elapsed':
        this.elapsed = parsed.text;
        this.finished = true;
        break;
      case 'error': {
        const entry: AerenderMessage = { label: parsed.label, message: parsed.message, detail: [], ...(parsed.code === undefined ? {} : { code: parsed.code }) };
        this.errors.push(entry);
        this.lastError = entry;
        break;
      }
      case 'warning':
        this.warnings.push(parsed.message);
        break;
      case 'script':
        this.scriptPath = parsed.path;
        break;
      case 'version':
        this.version = parsed.version;
        break;
      default:
        break;
    }
  }

  /** Distinct frames aerender reported as rendered. */
  get renderedFrames(): number {
    return this.frameTimecodes.size;
  }

  /** `Frame Rate: 23.976 (comp)` from the header. */
  get frameRate(): number | undefined {
    return this.header.frameRate === undefined ? undefined : parseFrameRate(this.header.frameRate);
  }

  /** Frames in the span AE is rendering: the header's Duration, else End − Start + 1. */
  get totalFrames(): number | undefined {
    const fps = this.frameRate;
    if (fps === undefined) return undefined;
    const duration = this.header.duration === undefined ? undefined : timecodeToFrames(this.header.duration, fps);
    if (duration !== undefined) return duration;
    const start = this.header.start === undefined ? undefined : timecodeToFrames(this.header.start, fps);
    const end = this.header.end === undefined ? undefined : timecodeToFrames(this.header.end, fps);
    return start !== undefined && end !== undefined ? end - start + 1 : undefined;
  }

  /** `Size: 1920 x 1080` from the header. */
  get frameSize(): { width: number; height: number } | undefined {
    const match = this.header.size === undefined ? null : /(\d+)\s*x\s*(\d+)/.exec(this.header.size);
    return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
  }

  get outputTo(): string | undefined {
    return this.header.outputTo;
  }
}

/** Feeds a whole captured log through a fresh AerenderLog (tests, `-log` files). */
export function parseAerenderOutput(text: string): AerenderLog {
  const log = new AerenderLog();
  for (const line of text.split(/\r\n|\r|\n/)) log.push(line);
  return log;
}
