import type { Queryable } from '../../db/database';
import type { KeyRole } from '../auth/context';
import { generateKey, type KeyMode } from '../auth/key-format';
import { afterCursor } from '../support/cursor';

export interface ApiKeyRow {
  id: string;
  tenant_id: string | null;
  name: string;
  prefix: string;
  role: KeyRole;
  mode: KeyMode;
  scopes: string[];
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
  replaced_by_key_id: string | null;
}

const COLUMNS = 'id, tenant_id, name, prefix, role, mode, scopes, created_at, expires_at, revoked_at, last_used_at, replaced_by_key_id';

export interface NewKeyInput {
  tenantId: string | null;
  role: KeyRole;
  mode?: KeyMode;
  name?: string;
  scopes?: string[];
  expiresAt?: Date | null;
  createdByKeyId?: string | null;
}

/** Inserts a key and returns its row with the full key — the only moment it exists in clear. */
export async function insertApiKey(tx: Queryable, input: NewKeyInput): Promise<ApiKeyRow & { key: string }> {
  const fresh = generateKey(input.mode ?? 'live');
  const { rows } = await tx.query<ApiKeyRow>(
    `insert into identity.tenant_api_keys (tenant_id, name, prefix, secret_hash, role, mode, scopes, expires_at, created_by_key_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${COLUMNS}`,
    [
      input.role === 'platform' ? null : input.tenantId,
      input.name ?? '',
      fresh.prefix,
      fresh.secretHash,
      input.role,
      input.mode ?? 'live',
      input.scopes ?? [],
      input.expiresAt ?? null,
      input.createdByKeyId ?? null,
    ],
  );
  return { ...rows[0]!, key: fresh.key };
}

/** Keys visible in the current scope: one tenant's, or (tenantId null) the platform keys. */
export async function listApiKeys(tx: Queryable, tenantId: string | null, limit: number, after: string | null): Promise<ApiKeyRow[]> {
  const { rows } = await tx.query<ApiKeyRow>(
    `select ${COLUMNS.split(', ').map((c) => `t.${c}`).join(', ')} from identity.tenant_api_keys t
      where t.tenant_id is not distinct from $1::uuid and ${afterCursor('identity.tenant_api_keys', 3)}
      order by t.created_at desc, t.id desc limit $2`,
    [tenantId, limit, after],
  );
  return rows;
}

export async function findApiKey(tx: Queryable, tenantId: string | null, id: string): Promise<ApiKeyRow | undefined> {
  const { rows } = await tx.query<ApiKeyRow>(
    `select ${COLUMNS} from identity.tenant_api_keys where id = $2 and tenant_id is not distinct from $1::uuid`,
    [tenantId, id],
  );
  return rows[0];
}

/** Revocation is a timestamp, not a delete: request logs and ledger rows keep pointing at the key. */
export async function revokeApiKey(tx: Queryable, id: string, at: 'now' | Date = 'now', replacedBy?: string): Promise<ApiKeyRow> {
  const { rows } = await tx.query<ApiKeyRow>(
    `update identity.tenant_api_keys
        set revoked_at = coalesce(revoked_at, $2::timestamptz, now()),
            replaced_by_key_id = coalesce($3::uuid, replaced_by_key_id)
      where id = $1 returning ${COLUMNS}`,
    [id, at === 'now' ? null : at, replacedBy ?? null],
  );
  return rows[0]!;
}

export async function countActivePlatformKeys(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `select count(*)::int as n from identity.tenant_api_keys
      where role = 'platform' and revoked_at is null and (expires_at is null or expires_at > now())`,
  );
  return rows[0]!.n;
}
