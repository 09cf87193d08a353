import { z } from 'zod';
import { Timestamp, Uuid } from './common';

export const EVENT_TYPES = ['render.queued', 'render.started', 'render.progress', 'render.completed', 'render.failed', 'render.canceled', 'ping'] as const;

export const WebhookEndpoint = z.object({
  id: Uuid,
  object: z.literal('webhook_endpoint'),
  url: z.string(),
  description: z.string(),
  event_types: z.array(z.string()).describe('empty = every event'),
  enabled: z.boolean(),
  disabled_reason: z.string().nullable(),
  consecutive_failures: z.number().int(),
  created_at: Timestamp,
  updated_at: Timestamp,
});

/** Create and rotate_secret return the signing secret; it is never listed. */
export const WebhookEndpointWithSecret = WebhookEndpoint.extend({ secret: z.string().describe('whsec_…: verify signatures with it') });

const Url = z.string().max(2048).url('an absolute http(s) URL');
const Events = z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length);

export const CreateWebhookEndpoint = z.strictObject({
  url: Url,
  description: z.string().max(500).optional(),
  event_types: Events.optional(),
  enabled: z.boolean().optional(),
});

export const UpdateWebhookEndpoint = z.strictObject({
  url: Url.optional(),
  description: z.string().max(500).optional(),
  event_types: Events.optional(),
  enabled: z.boolean().optional(),
});

export const RotateSecret = z
  .strictObject({ expires_in_seconds: z.number().int().min(0).max(7 * 24 * 3600).optional().describe('how long the old secret keeps signing too; default 24 h') })
  .nullish();

export const WebhookDelivery = z.object({
  id: Uuid,
  object: z.literal('webhook_delivery'),
  webhook_endpoint_id: Uuid,
  event_id: z.string(),
  event_type: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempt_count: z.number().int(),
  next_attempt_at: Timestamp.nullable(),
  last_attempt_at: Timestamp.nullable(),
  last_status_code: z.number().int().nullable(),
  last_duration_ms: z.number().int().nullable(),
  last_error: z.string().nullable(),
  replay_of: Uuid.nullable(),
  created_at: Timestamp,
  delivered_at: Timestamp.nullable(),
});
