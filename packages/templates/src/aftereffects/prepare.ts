import { existsSync } from 'node:fs';
import { InvalidBindingsError, validateBindings } from '../bindings';
import { durationOf, type TemplateMeta } from '../contract/define';
import { checkRenderRequest, resolveFrameRange, type CheckedRequest } from '../engine/request';
import type { RenderRequest } from '../engine/types';
import { requireTemplate } from '../lookup';
import type { AeBindingPlan } from './bind-script';
import { planBindings } from './bindings-plan';
import { AeBindingError } from './errors';

/** A render request checked against the template before After Effects is started. */
export interface PreparedAeRender {
  checked: CheckedRequest;
  meta: TemplateMeta;
  plan: AeBindingPlan;
  firstFrame: number;
  lastFrame: number;
  frames: number;
  /** The whole composition, which the audio mix is laid out against. */
  durationInFrames: number;
}

/**
 * Everything that can be wrong with a request without After Effects: the same request checks
 * as the Remotion engine (tier, codec, CRF, out name, audio with GIF), the bindings against
 * the template's schema, the frame range, and the image files the project will load.
 */
export function prepareAeRender(request: RenderRequest): PreparedAeRender {
  const checked = checkRenderRequest(request);
  const meta = requireTemplate(request.template);
  const validated = validateBindings(meta.id, request.bindings);
  if (!validated.ok) throw new InvalidBindingsError(meta.id, validated.issues);
  const durationInFrames = durationOf(meta, validated.props);
  const [firstFrame, lastFrame] = resolveFrameRange(request.frameRange, durationInFrames);
  const plan = planBindings(meta, validated.props, request.baseDir);
  for (const image of plan.footage) {
    if (!existsSync(image.path)) throw new AeBindingError(image.name, `image file not found: ${image.path}`);
  }
  return { checked, meta, plan, firstFrame, lastFrame, frames: lastFrame - firstFrame + 1, durationInFrames };
}
