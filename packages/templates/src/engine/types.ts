import type { Aspect } from '../contract/aspects';

/**
 * The one render engine interface. `flatrender render` uses it today and the render agent
 * will use it for frame chunks later; Remotion and After Effects both sit behind it.
 */

/** Output resolution tiers (the shorter side of the frame, as in 480p/720p/1080p/2160p). */
export type QualityTier = '480p' | '720p' | '1080p' | '2160p';
export const QUALITY_TIERS: readonly QualityTier[] = ['480p', '720p', '1080p', '2160p'];

export type Codec = 'h264' | 'vp9' | 'prores' | 'gif';
export const CODECS: readonly Codec[] = ['h264', 'vp9', 'prores', 'gif'];

export type EngineName = 'remotion' | 'aftereffects';

/** One audio input: a local path or an http(s) URL, with its volume (0–1). */
export interface AudioTrackInput {
  source: string;
  volume: number;
}

/** The seed studio's three tracks (studio.saved_projects: music_volume, sfx_volume, voiceover_volume). */
export interface RenderAudio {
  music?: AudioTrackInput;
  voiceover?: AudioTrackInput;
  sfx?: AudioTrackInput;
}

export interface RenderRequest {
  template: string;
  aspect: Aspect;
  quality: QualityTier;
  /** Template bindings (validated against the template's schema by the engine). */
  bindings: Record<string, unknown>;
  audio?: RenderAudio;
  codec?: Codec;
  crf?: number;
  /** Inclusive frame range, e.g. [0, 89]; the whole composition when absent. */
  frameRange?: readonly [number, number];
  concurrency?: number;
  /** Final path; engines write a temporary file beside it and rename at the end. */
  out: string;
  /** Relative image and audio paths resolve against this directory (default: the working directory). */
  baseDir?: string;
  signal?: AbortSignal;
  onProgress?: (progress: RenderProgress) => void;
}

export type RenderStage = 'bundling' | 'rendering' | 'encoding' | 'verifying';

export interface RenderProgress {
  stage: RenderStage;
  /** 0–1 over the whole render. */
  progress: number;
  renderedFrames: number;
  totalFrames: number;
  /** Frames per second so far (rendering stage). */
  fps?: number;
  etaSeconds?: number;
}

export interface RenderResult {
  path: string;
  engine: EngineName;
  template: string;
  aspect: Aspect;
  quality: QualityTier;
  codec: Codec;
  width: number;
  height: number;
  frames: number;
  durationSeconds: number;
  sizeBytes: number;
  renderSeconds: number;
  /** Frames rendered per wall-clock second. */
  fps: number;
  hasAudio: boolean;
}

export interface RenderEngine {
  readonly name: EngineName;
  render(request: RenderRequest): Promise<RenderResult>;
  /** Closes browsers and child processes the engine keeps between renders. */
  dispose(): Promise<void>;
}
