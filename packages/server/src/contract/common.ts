import { z } from 'zod';

/**
 * Wire building blocks shared by every resource. This folder imports nothing but zod so
 * it can move into @flatrender/sdk unchanged (DESIGN.md: the contract lives there; the
 * SDK issue moves it — until then the server is its only user).
 */

// Not z.uuid(): that insists on an RFC 4122 version nibble, and the platform tenant is
// 00000000-0000-0000-0000-000000000001. Database UUIDs of any version are ids here.
const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const Uuid = z.string().regex(UUID_PATTERN, 'must be a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)');

export const IdParams = z.strictObject({ id: Uuid });

export const Timestamp = z.string().describe('ISO 8601 timestamp (UTC)');

export const ASPECTS = ['16:9', '1:1', '9:16'] as const;
export const Aspect = z.enum(ASPECTS);
export const QUALITY_TIERS = ['480p', '720p', '1080p', '2160p'] as const;
export const QualityTier = z.enum(QUALITY_TIERS);

export const Money = z.object({ amount: z.number().int(), currency: z.literal('IRT') });

export const ListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: z.string().max(200).optional().describe('next_cursor of the previous page'),
});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ object: z.literal('list'), data: z.array(item), has_more: z.boolean(), next_cursor: z.string().nullable() });
}

export const Deleted = z.object({ id: z.string(), object: z.string(), deleted: z.literal(true) });

/** Lowercase, digits, hyphens: the same rule as identity.tenants.slug. */
export const Slug = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'lowercase letters, digits and hyphens, 1–63 characters');
export const HexColor = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour like #0a7e8c');
export const Email = z.string().max(254).regex(/^[^@\s]+@[^@\s]+$/, 'an e-mail address');
export const Metadata = z.record(z.string().max(40), z.string().max(500)).refine((m) => Object.keys(m).length <= 50, 'at most 50 keys');
