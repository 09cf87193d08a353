import type { Codec, QualityTier } from '../engine/types';

/** An AE output-module template and the container it writes (AE picks the file type, not the name). */
export interface AeOutputModule {
  template: string;
  /** `.mp4`, `.mov` …: the temp file aerender writes gets this extension. */
  extension: string;
}

/** Keys: a codec (`h264`), or a codec for one tier (`h264@720p`), which wins. */
export type AeOutputModules = Partial<Record<Codec | `${Codec}@${QualityTier}`, AeOutputModule>>;

/**
 * Stock templates of After Effects 2023 and later (native H.264 arrived in 23.0). AE has no
 * VP9 or GIF writer, so those render to ProRes and the engine converts with ffmpeg.
 * Names not checked against a real AE on this machine: verify in Edit › Templates › Output Module.
 */
export const DEFAULT_OUTPUT_MODULES: Record<Codec, AeOutputModule> = {
  h264: { template: 'H.264 - Match Render Settings - 15 Mbps', extension: '.mp4' },
  prores: { template: 'Apple ProRes 422 HQ', extension: '.mov' },
  vp9: { template: 'Apple ProRes 422 HQ', extension: '.mov' },
  gif: { template: 'Apple ProRes 422 HQ', extension: '.mov' },
};

export const DEFAULT_RENDER_SETTINGS = 'Best Settings';

export function outputModuleFor(codec: Codec, quality: QualityTier, overrides: AeOutputModules = {}): AeOutputModule {
  return overrides[`${codec}@${quality}`] ?? overrides[codec] ?? DEFAULT_OUTPUT_MODULES[codec];
}

export function renderSettingsFor(quality: QualityTier, overrides: Partial<Record<QualityTier, string>> = {}): string {
  return overrides[quality] ?? DEFAULT_RENDER_SETTINGS;
}

/** What ffprobe calls each codec's video stream. */
export const PROBE_CODEC_NAMES: Record<Codec, string> = { h264: 'h264', prores: 'prores', vp9: 'vp9', gif: 'gif' };
