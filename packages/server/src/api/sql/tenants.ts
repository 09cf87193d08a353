import type { Queryable } from '../../db/database';
import { isDatabaseError, SqlState } from '../../db/errors';
import { ApiError } from '../http/api-error';
import { afterCursor } from '../support/cursor';
import { irt, iso, isoNow } from '../support/wire';

export interface TenantRow {
  id: string;
  slug: string;
  name: string;
  status: 'active' | 'suspended';
  plan: string | null;
  balance_irt: number;
  contact_email: string | null;
  locale: 'fa' | 'en';
  metadata: Record<string, string>;
  suspended_at: Date | null;
  suspended_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `select t.id, t.slug, t.name, t.status, p.code as plan, t.balance_irt, t.contact_email, t.locale, t.metadata,
                       t.suspended_at, t.suspended_reason, t.created_at, t.updated_at
                  from identity.tenants t left join identity.plans p on p.id = t.plan_id`;

export function tenantToWire(row: TenantRow) {
  return {
    id: row.id,
    object: 'tenant' as const,
    slug: row.slug,
    name: row.name,
    status: row.status,
    plan: row.plan,
    balance: irt(row.balance_irt),
    contact_email: row.contact_email,
    locale: row.locale,
    metadata: row.metadata,
    suspended_at: iso(row.suspended_at),
    suspended_reason: row.suspended_reason,
    created_at: isoNow(row.created_at),
    updated_at: isoNow(row.updated_at),
  };
}

export async function findTenant(tx: Queryable, id: string): Promise<TenantRow | undefined> {
  return (await tx.query<TenantRow>(`${SELECT} where t.id = $1`, [id])).rows[0];
}

export async function listTenants(tx: Queryable, limit: number, after: string | null): Promise<TenantRow[]> {
  const { rows } = await tx.query<TenantRow>(
    `${SELECT} where ${afterCursor('identity.tenants', 2)} order by t.created_at desc, t.id desc limit $1`,
    [limit, after],
  );
  return rows;
}

async function planId(tx: Queryable, code: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>('select id from identity.plans where code = $1 and active', [code]);
  if (!rows[0]) throw new ApiError('invalid_request', `no active plan "${code}"`, 'plan');
  return rows[0].id;
}

export interface TenantInput {
  slug?: string;
  name?: string;
  plan?: string;
  contact_email?: string | null;
  locale?: 'fa' | 'en';
  metadata?: Record<string, string>;
}

export async function insertTenant(tx: Queryable, input: TenantInput & { slug: string; name: string }): Promise<TenantRow> {
  const plan = await planId(tx, input.plan ?? 'free');
  try {
    const { rows } = await tx.query<{ id: string }>(
      `insert into identity.tenants (slug, name, plan_id, contact_email, locale, metadata)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [input.slug, input.name, plan, input.contact_email ?? null, input.locale ?? 'fa', JSON.stringify(input.metadata ?? {})],
    );
    return (await findTenant(tx, rows[0]!.id))!;
  } catch (err) {
    if (isDatabaseError(err, SqlState.uniqueViolation)) throw new ApiError('already_exists', `a tenant with slug "${input.slug}" exists`, 'slug');
    throw err;
  }
}

export async function updateTenant(tx: Queryable, id: string, input: TenantInput & { status?: 'active' }): Promise<TenantRow | undefined> {
  const plan = input.plan === undefined ? null : await planId(tx, input.plan);
  const { rowCount } = await tx.query(
    `update identity.tenants set
        name = coalesce($2, name),
        plan_id = coalesce($3::uuid, plan_id),
        contact_email = case when $4::boolean then $5 else contact_email end,
        locale = coalesce($6, locale),
        metadata = coalesce($7::jsonb, metadata),
        status = case when $8::boolean then 'active' else status end,
        suspended_at = case when $8::boolean then null else suspended_at end,
        suspended_reason = case when $8::boolean then null else suspended_reason end
      where id = $1`,
    [
      id, input.name ?? null, plan, input.contact_email !== undefined, input.contact_email ?? null, input.locale ?? null,
      input.metadata ? JSON.stringify(input.metadata) : null, input.status === 'active',
    ],
  );
  return rowCount === 0 ? undefined : findTenant(tx, id);
}

export async function suspendTenant(tx: Queryable, id: string, reason: string | null): Promise<TenantRow | undefined> {
  const { rowCount } = await tx.query(
    `update identity.tenants set status = 'suspended', suspended_at = coalesce(suspended_at, now()), suspended_reason = $2 where id = $1`,
    [id, reason],
  );
  return rowCount === 0 ? undefined : findTenant(tx, id);
}
