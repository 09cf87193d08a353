import { z } from 'zod';
import { Aspect, Money, QualityTier } from './common';
import { TemplateKey } from './templates';

export const Plan = z.object({
  id: z.string().describe('plan code'),
  object: z.literal('plan'),
  name: z.object({ fa: z.string(), en: z.string() }),
  monthly_fee: Money,
  included_seconds: z.number().int().describe('output seconds per UTC month that are not charged'),
  price_per_second: z.record(QualityTier, z.string().nullable()).describe('Toman per output second per tier (decimal string); null = tier not offered'),
  queue_priority: z.number().int(),
  rate_limit_per_minute: z.number().int(),
  output_retention_days: z.number().int(),
});

export const Balance = z.object({ object: z.literal('balance'), available: Money, plan: z.string().nullable() });

const Track = z.strictObject({ file_id: z.string().regex(/^[0-9a-fA-F-]{36}$/), volume: z.number().min(0).max(2).optional() });
export const RenderAudio = z.strictObject({
  music: Track.optional(),
  sfx: Track.optional(),
  voiceover: Track.extend({ offset_ms: z.number().int().min(0).max(3_600_000).optional() }).optional(),
});

/** What both the quote and a render are priced from. */
export const RenderSpec = z.strictObject({
  template: TemplateKey,
  aspect: Aspect.default('16:9'),
  quality: QualityTier.default('1080p'),
  bindings: z.record(z.string().max(100), z.unknown()).default({}),
  audio: RenderAudio.optional(),
});

export const QuoteLine = z.object({ description: z.string(), seconds: z.number().nullable(), amount: Money });

export const Quote = z.object({
  object: z.literal('quote'),
  template: z.string(),
  aspect: Aspect,
  quality: QualityTier,
  duration_seconds: z.number(),
  frames: z.number().int(),
  fps: z.number().int(),
  plan: z.string(),
  rate_per_second: z.string().describe('Toman per second (decimal string)'),
  lines: z.array(QuoteLine),
  total: Money,
  balance: Money,
  sufficient_balance: z.boolean(),
});

export const UsageDay = z.object({
  object: z.literal('usage_day'),
  day: z.string(),
  renders: z.number().int(),
  cache_hits: z.number().int(),
  render_seconds: z.number(),
  cost: Money,
  api_requests: z.number().int(),
});

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-01-31');
export const UsageQuery = z.strictObject({ from: Day.optional(), to: Day.optional() });
