import { extname } from 'node:path';
import { RenderInputError } from './errors';
import { CODECS, type Codec } from './types';

export interface CodecSpec {
  extension: string;
  /** Inclusive CRF range, or null when the codec has no CRF (ProRes, GIF). */
  crf: readonly [number, number] | null;
  /** ffmpeg arguments for the mixed audio track; null = the container has no sound. */
  audioArgs: readonly string[] | null;
  label: string;
}

// CRF ranges are Remotion's own (getValidCrfRanges), so a value we accept never fails later.
export const CODEC_SPECS: Record<Codec, CodecSpec> = {
  h264: { extension: '.mp4', crf: [1, 51], audioArgs: ['-c:a', 'aac', '-b:a', '192k'], label: 'H.264 MP4' },
  vp9: { extension: '.webm', crf: [0, 63], audioArgs: ['-c:a', 'libopus', '-b:a', '160k'], label: 'VP9 WebM' },
  prores: { extension: '.mov', crf: null, audioArgs: ['-c:a', 'pcm_s16le'], label: 'ProRes MOV' },
  gif: { extension: '.gif', crf: null, audioArgs: null, label: 'GIF' },
};

export function requireCodec(value: string): Codec {
  if (!(CODECS as readonly string[]).includes(value)) throw new RenderInputError('codec', `unknown codec "${value}"; allowed: ${CODECS.join(', ')}`);
  return value as Codec;
}

export function checkCrf(codec: Codec, crf: number | undefined): void {
  if (crf === undefined) return;
  const range = CODEC_SPECS[codec].crf;
  if (!range) throw new RenderInputError('crf', `${CODEC_SPECS[codec].label} has no CRF; drop --crf or use --codec h264 or vp9`);
  if (!Number.isInteger(crf) || crf < range[0] || crf > range[1]) {
    throw new RenderInputError('crf', `must be a whole number from ${range[0]} to ${range[1]} for ${codec} (got ${crf})`);
  }
}

/** `out.mp4` with `--codec vp9` would be a WebM file under an MP4 name; say so instead. */
export function checkOutExtension(codec: Codec, out: string): void {
  const wanted = CODEC_SPECS[codec].extension;
  const actual = extname(out).toLowerCase();
  if (actual !== wanted) {
    throw new RenderInputError('out', `a ${CODEC_SPECS[codec].label} file ends in ${wanted} (got ${actual ? `"${actual}"` : 'no extension'}); rename it or pick the matching --codec`);
  }
}
