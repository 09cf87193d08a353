import { availableParallelism } from 'node:os';
import type { Aspect } from '../contract/aspects';
import { requireAspect } from '../render/prepare';
import { checkCrf, checkOutExtension, CODEC_SPECS, requireCodec } from './codecs';
import { RenderInputError } from './errors';
import { outputSize, requireQualityTier, type OutputSize } from './quality';
import type { Codec, QualityTier, RenderRequest } from './types';

/** The engine-independent part of a request, checked: what every engine renders to. */
export interface CheckedRequest {
  aspect: Aspect;
  quality: QualityTier;
  codec: Codec;
  size: OutputSize;
  hasAudio: boolean;
}

/**
 * Checks what does not depend on the template (aspect, tier, codec, CRF, output name,
 * concurrency, audio with GIF). Shared by the Remotion and After Effects engines so both
 * reject the same input with the same one-line message.
 */
export function checkRenderRequest(request: RenderRequest): CheckedRequest {
  const aspect = requireAspect(String(request.aspect));
  const quality = requireQualityTier(String(request.quality));
  const codec = requireCodec(String(request.codec ?? 'h264'));
  checkCrf(codec, request.crf);
  checkOutExtension(codec, request.out);
  const hasAudio = Boolean(request.audio?.music || request.audio?.voiceover || request.audio?.sfx);
  if (hasAudio && !CODEC_SPECS[codec].audioArgs) {
    throw new RenderInputError('codec', 'a GIF has no sound; use h264, vp9 or prores with music, voiceover or sfx');
  }
  if (request.concurrency !== undefined) {
    const max = availableParallelism();
    if (!Number.isInteger(request.concurrency) || request.concurrency < 1 || request.concurrency > max) {
      throw new RenderInputError('concurrency', `must be a whole number from 1 to ${max} (this machine's cores; got ${request.concurrency})`);
    }
  }
  return { aspect, quality, codec, size: outputSize(aspect, quality), hasAudio };
}

/** The inclusive frame range to render, checked against the composition's length. */
export function resolveFrameRange(range: RenderRequest['frameRange'], durationInFrames: number): [number, number] {
  const last = durationInFrames - 1;
  if (!range) return [0, last];
  const [first, end] = range;
  if (!Number.isInteger(first) || !Number.isInteger(end) || first < 0 || end < first || end > last) {
    throw new RenderInputError('frames', `must be a range within 0-${last}, first ≤ last (got ${first}-${end})`);
  }
  return [first, end];
}
