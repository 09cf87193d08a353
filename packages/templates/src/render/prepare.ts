import type { VideoConfig } from 'remotion';
import { ASPECTS, compositionId, isAspect, ASPECT_IDS, type Aspect } from '../contract/aspects';
import { durationOf, type TemplateMeta } from '../contract/define';
import { InvalidBindingsError, validateBindings } from '../bindings';
import { bindingsJsonSchema, defaultPropsOf } from '../manifest';
import { requireTemplate } from '../lookup';
import { inlineLocalImages } from './inline-images';

/** Everything Remotion needs for one template × aspect × bindings, checked and resolved. */
export interface PreparedRender {
  meta: TemplateMeta;
  aspect: Aspect;
  /** Full props (defaults filled in, local images inlined). */
  props: Record<string, unknown>;
  composition: VideoConfig;
}

export class UnknownAspectError extends Error {
  constructor(readonly aspect: string) {
    super(`aspect: unknown aspect "${aspect}"; allowed: ${ASPECT_IDS.join(', ')}`);
    this.name = 'UnknownAspectError';
  }
}

export function requireAspect(value: string): Aspect {
  if (!isAspect(value)) throw new UnknownAspectError(value);
  return value;
}

/**
 * The composition as the bundle's Root declares it, computed in Node from the same catalog
 * (and the same durationOf as its calculateMetadata), so a still needs no extra page load
 * for selectComposition.
 */
export function templateComposition(meta: TemplateMeta, aspect: Aspect, props: Record<string, unknown>): VideoConfig {
  return {
    id: compositionId(meta.id, aspect),
    width: ASPECTS[aspect].width,
    height: ASPECTS[aspect].height,
    fps: meta.fps,
    durationInFrames: durationOf(meta, props),
    defaultProps: defaultPropsOf(meta),
    props,
    defaultCodec: null,
    defaultOutName: null,
    defaultVideoImageFormat: null,
    defaultPixelFormat: null,
    defaultProResProfile: null,
    defaultSampleRate: null,
  };
}

/** Validates the bindings (InvalidBindingsError), inlines local images (ImageFileError). */
export async function prepareRender(
  templateId: string,
  aspect: string,
  bindings: unknown,
  options: { baseDir?: string } = {},
): Promise<PreparedRender> {
  const meta = requireTemplate(templateId);
  const checkedAspect = requireAspect(aspect);
  const result = validateBindings(templateId, bindings);
  if (!result.ok) throw new InvalidBindingsError(templateId, result.issues);
  const props = await inlineLocalImages(bindingsJsonSchema(meta), result.props, options.baseDir);
  return { meta, aspect: checkedAspect, props, composition: templateComposition(meta, checkedAspect, props) };
}
