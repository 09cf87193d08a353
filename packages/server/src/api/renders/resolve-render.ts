import { durationOf, findTemplate as findPackTemplate, outputSize, validateBindings } from '@flatrender/templates';
import type { z } from 'zod';
import type { RenderSpec } from '../../contract/money';
import type { Queryable } from '../../db/database';
import { priceRender, type QuoteLine } from '../billing/pricing';
import { ApiError } from '../http/api-error';
import { type PlanRow, rateOf, tenantPlanForUpdate } from '../sql/plans';
import { includedMsUsedThisMonth } from '../sql/renders';
import { compositionFor, findTemplate, type TemplateRow, variantsOf } from '../sql/templates';
import { canonicalJson, sha256Hex } from '../support/canonical-json';
import { irt } from '../support/wire';

export type Spec = z.output<typeof RenderSpec>;

/** Everything a render needs, decided once for the quote, dry runs and real renders alike. */
export interface ResolvedRender {
  template: TemplateRow;
  plan: PlanRow;
  compositionId: string | null;
  props: Record<string, unknown>;
  frames: number;
  fps: number;
  durationMs: number;
  width: number;
  height: number;
  cost: number;
  includedMsUsed: number;
  balance: number;
  cacheKey: string;
  quote: ReturnType<typeof quoteWire>;
}

/**
 * Validates a render request against the tenant's catalogue, the template's bindings
 * contract and its plan, and prices it. Runs inside the tenant's transaction; locks the
 * tenant row (see tenantPlanForUpdate). Every refusal names the field it is about.
 */
export async function resolveRender(tx: Queryable, tenantId: string, spec: Spec): Promise<ResolvedRender> {
  const template = await findTemplate(tx, tenantId, spec.template);
  if (!template || !template.enabled) throw new ApiError('unprocessable', `no template "${spec.template}" in your catalogue`, 'template');
  if (template.coming_soon) throw new ApiError('unprocessable', `${spec.template} is not renderable yet (coming soon)`, 'template');
  const variant = (await variantsOf(tx, [template.id])).find((v) => v.aspect === spec.aspect && v.enabled);
  if (!variant) throw new ApiError('unprocessable', `${spec.template} has no ${spec.aspect} version`, 'aspect');

  // The server validates bindings with the pack's own zod contract (the same one the
  // renderer parses), so a render that passes here cannot fail on its props later.
  const meta = findPackTemplate(template.template_key);
  if (!meta) throw new ApiError('unprocessable', `${spec.template} has no bindings contract on this server`, 'template');
  const checked = validateBindings(template.template_key, spec.bindings);
  if (!checked.ok) {
    const first = checked.issues[0]!;
    throw new ApiError('invalid_bindings', checked.issues.map((issue) => issue.message).join('; '), first.path ? `bindings.${first.path}` : 'bindings');
  }
  const frames = durationOf(meta, checked.props);
  const fps = meta.fps;
  const durationMs = Math.round((frames / fps) * 1000);

  const { plan, balance } = await tenantPlanForUpdate(tx, tenantId);
  if (!plan) throw new ApiError('permission_denied', 'your tenant has no plan yet; contact the platform operator', null);
  const rate = rateOf(plan, spec.quality);
  if (rate === null) throw new ApiError('unprocessable', `${spec.quality} is not offered on the ${plan.code} plan`, 'quality');
  const includedMsLeft = Math.max(0, plan.included_seconds * 1000 - (await includedMsUsedThisMonth(tx, tenantId)));
  const price = priceRender({ durationMs, rate, quality: spec.quality, plan: plan.code, includedMsLeft });
  const size = outputSize(spec.aspect, spec.quality);
  const audio = spec.audio ?? {};
  const cacheKey = sha256Hex(
    canonicalJson({
      template_key: template.template_key, template_version: template.version, bindings: checked.props,
      aspect: spec.aspect, quality: spec.quality, audio, engine: template.render_engine,
    }),
  );
  return {
    template, plan, compositionId: compositionFor(template, variant), props: checked.props, frames, fps, durationMs,
    width: size.width, height: size.height, cost: price.total, includedMsUsed: price.includedMsUsed, balance, cacheKey,
    quote: quoteWire(spec, { frames, fps, durationMs, plan: plan.code, rate, lines: price.lines, total: price.total, balance }),
  };
}

function quoteWire(
  spec: Spec,
  p: { frames: number; fps: number; durationMs: number; plan: string; rate: string; lines: QuoteLine[]; total: number; balance: number },
) {
  return {
    object: 'quote' as const,
    template: spec.template,
    aspect: spec.aspect,
    quality: spec.quality,
    duration_seconds: p.durationMs / 1000,
    frames: p.frames,
    fps: p.fps,
    plan: p.plan,
    rate_per_second: p.rate,
    lines: p.lines,
    total: irt(p.total),
    balance: irt(p.balance),
    sufficient_balance: p.balance >= p.total,
  };
}
