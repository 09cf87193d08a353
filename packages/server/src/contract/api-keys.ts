import { z } from 'zod';
import { Timestamp, Uuid } from './common';

/** Scopes narrow a key below its role; an empty list means everything the role allows. */
export const SCOPES = [
  'renders:read', 'renders:write', 'templates:read', 'templates:write', 'webhooks:read', 'webhooks:write',
  'keys:read', 'keys:write', 'billing:read', 'branding:read', 'branding:write', 'usage:read', 'tenants:read', 'tenants:write',
] as const;

export const ApiKey = z.object({
  id: Uuid,
  object: z.literal('api_key'),
  name: z.string(),
  prefix: z.string().describe('fr_live_<id>: the non-secret part, shown in lists and logs'),
  role: z.enum(['platform', 'tenant', 'agent']),
  mode: z.enum(['live', 'test']),
  tenant_id: Uuid.nullable(),
  scopes: z.array(z.string()),
  created_at: Timestamp,
  expires_at: Timestamp.nullable(),
  revoked_at: Timestamp.nullable(),
  last_used_at: Timestamp.nullable(),
  replaced_by: Uuid.nullable(),
});

/** Only the create and roll responses carry `key`, and only once. */
export const ApiKeyWithSecret = ApiKey.extend({ key: z.string().describe('the full key — store it now, it is never shown again') });

export const CreateApiKey = z.strictObject({
  name: z.string().max(200).optional(),
  role: z.enum(['platform', 'tenant', 'agent']).optional().describe('default tenant; platform and agent keys need a platform key'),
  mode: z.enum(['live', 'test']).optional(),
  scopes: z.array(z.enum(SCOPES)).max(SCOPES.length).optional(),
  expires_at: z.iso.datetime({ offset: true }).optional(),
});

export const RollApiKey = z
  .strictObject({
    expires_in_seconds: z.number().int().min(0).max(7 * 24 * 3600).optional().describe('grace period of the old key; default 0 (revoked at once)'),
  })
  .nullish();
