import { z } from 'zod';
import { Email, HexColor, Metadata, Money, Slug, Timestamp, Uuid } from './common';

export const Tenant = z.object({
  id: Uuid,
  object: z.literal('tenant'),
  slug: z.string(),
  name: z.string(),
  status: z.enum(['active', 'suspended']),
  plan: z.string().nullable().describe('plan code'),
  balance: Money,
  contact_email: z.string().nullable(),
  locale: z.enum(['fa', 'en']),
  metadata: z.record(z.string(), z.string()),
  suspended_at: Timestamp.nullable(),
  suspended_reason: z.string().nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
});

const Name = z.string().trim().min(1).max(200);
const PlanCode = z.string().regex(/^[a-z][a-z0-9_]*$/).max(50);

export const CreateTenant = z.strictObject({
  slug: Slug,
  name: Name,
  plan: PlanCode.optional().describe('plan code; default free'),
  contact_email: Email.optional(),
  locale: z.enum(['fa', 'en']).optional(),
  metadata: Metadata.optional(),
});

export const UpdateTenant = z.strictObject({
  name: Name.optional(),
  plan: PlanCode.optional(),
  contact_email: Email.nullable().optional(),
  locale: z.enum(['fa', 'en']).optional(),
  metadata: Metadata.optional(),
  status: z.literal('active').optional().describe('reactivate a suspended tenant (suspend with POST …/suspend)'),
});

// nullish: Fastify hands a POST without a body to validation as null.
export const SuspendTenant = z.strictObject({ reason: z.string().max(500).optional() }).nullish();

export const TopUp = z.strictObject({
  amount: z.number().int().min(1).max(1_000_000_000_000).describe('Toman to credit'),
  description: z.string().max(500).optional(),
  reference: z.string().min(1).max(200).optional().describe('your reference (invoice, transfer id); unique per tenant — a repeat is a no-op'),
});

export const LedgerEntry = z.object({
  id: Uuid,
  object: z.literal('ledger_entry'),
  kind: z.enum(['topup', 'render_debit', 'render_refund', 'adjustment', 'payment']),
  amount: Money,
  reference: z.string(),
  description: z.string(),
  created_at: Timestamp,
});

export const Branding = z.object({
  object: z.literal('branding'),
  display_name: z.string().nullable(),
  logo_file_id: Uuid.nullable(),
  favicon_file_id: Uuid.nullable(),
  colors: z.object({
    primary: z.string().nullable(),
    secondary: z.string().nullable(),
    accent: z.string().nullable(),
    background: z.string().nullable(),
    text: z.string().nullable(),
  }),
  custom_domain: z.string().nullable(),
  custom_domain_verified: z.boolean(),
  support_email: z.string().nullable(),
  updated_at: Timestamp.nullable(),
});

export const PutBranding = z.strictObject({
  display_name: z.string().trim().min(1).max(200).nullable().optional(),
  logo_file_id: Uuid.nullable().optional(),
  favicon_file_id: Uuid.nullable().optional(),
  colors: z
    .strictObject({
      primary: HexColor.nullable().optional(),
      secondary: HexColor.nullable().optional(),
      accent: HexColor.nullable().optional(),
      background: HexColor.nullable().optional(),
      text: HexColor.nullable().optional(),
    })
    .optional(),
  custom_domain: z
    .string()
    .max(253)
    .transform((s) => s.toLowerCase())
    .pipe(z.string().regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a host name like video.example.com'))
    .nullable()
    .optional(),
  support_email: Email.nullable().optional(),
});
