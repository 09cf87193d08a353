import { z } from 'zod';
import { Aspect, ListQuery, Money, QualityTier, Timestamp, Uuid } from './common';
import { RenderSpec } from './money';

export const RENDER_STATUSES = ['queued', 'rendering', 'assembling', 'completed', 'failed', 'canceled'] as const;

export const Render = z.object({
  id: Uuid,
  object: z.literal('render'),
  status: z.enum(RENDER_STATUSES),
  template: z.string(),
  aspect: Aspect,
  quality: QualityTier,
  bindings: z.record(z.string(), z.unknown()),
  audio: z.record(z.string(), z.unknown()),
  duration_seconds: z.number(),
  cost: Money,
  progress: z.number().min(0).max(1),
  output: z
    .object({ file_id: Uuid, url: z.string(), width: z.number().int().nullable(), height: z.number().int().nullable(), frames: z.number().int(), size_bytes: z.number().int().nullable() })
    .nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  cache_hit: z.boolean(),
  created_at: Timestamp,
  started_at: Timestamp.nullable(),
  completed_at: Timestamp.nullable(),
});

export const CreateRender = RenderSpec.extend({
  dry_run: z.boolean().optional().describe('validate and price only: nothing is created or charged'),
});

export const ListRendersQuery = ListQuery.extend({
  status: z.enum(RENDER_STATUSES).optional(),
  template: z.string().regex(/^[A-Z][A-Za-z0-9]{0,99}$/).optional(),
  created_gte: z.iso.datetime({ offset: true }).optional(),
  created_lt: z.iso.datetime({ offset: true }).optional(),
});

export const RenderEvent = z.object({
  id: z.string(),
  object: z.literal('render_event'),
  type: z.enum(['status', 'progress', 'chunk', 'log']),
  from_status: z.string().nullable(),
  to_status: z.string().nullable(),
  progress: z.number().nullable(),
  message: z.string().nullable(),
  created_at: Timestamp,
});

export const EventsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  starting_after: z.string().regex(/^\d{1,18}$/, 'an event id').optional(),
});
