import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '@flatrender/server/db/database';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../../test/support/test-database';

/**
 * Rules the identity schema enforces by itself: the credit ledger is the only way a
 * balance moves (exactly once per reference, never below zero), API keys belong to a
 * tenant unless they are platform keys, e-mails are unique per tenant ignoring case.
 */

const SHA = (c: string) => c.repeat(64);

async function newTenant(db: Queryable, slug: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`insert into identity.tenants (slug, name) values ($1, $1) returning id`, [slug]);
  return rows[0]!.id;
}

async function balanceOf(db: Queryable, tenantId: string): Promise<number> {
  const { rows } = await db.query<{ balance_irt: number }>('select balance_irt from identity.tenants where id = $1', [tenantId]);
  return rows[0]!.balance_irt;
}

describe.each(testBackends)('identity rules on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: true });
  });
  afterAll(async () => {
    await test?.drop();
  });

  describe('credit ledger', () => {
    const post = (tenantId: string, kindOf: string, amount: number, reference: string) =>
      test.db.query(
        `insert into identity.credit_ledger (tenant_id, kind, amount_irt, reference) values ($1, $2, $3, $4)
         on conflict (tenant_id, kind, reference) do nothing`,
        [tenantId, kindOf, amount, reference],
      );

    it('keeps the cached balance equal to the sum of the ledger, once per reference', async () => {
      const tenant = await newTenant(test.db, 'ledger-sum');
      expect(await balanceOf(test.db, tenant)).toBe(0);
      await post(tenant, 'payment', 100_000, 'payment-1');
      await post(tenant, 'payment', 100_000, 'payment-1'); // a duplicate callback
      await post(tenant, 'render_debit', -30_000, 'render-1');
      await post(tenant, 'render_debit', -30_000, 'render-1'); // a retried render
      await post(tenant, 'render_refund', 30_000, 'render-1'); // same reference, other kind
      expect(await balanceOf(test.db, tenant)).toBe(100_000);
      const count = await test.db.query<{ n: number }>('select count(*)::int as n from identity.credit_ledger where tenant_id = $1', [tenant]);
      expect(count.rows[0]!.n).toBe(3);
      const drift = await test.db.query('select * from identity.tenant_balance_drift');
      expect(drift.rows).toEqual([]);
    });

    it('applies every row of a multi-row insert', async () => {
      const tenant = await newTenant(test.db, 'ledger-multi');
      await test.db.query(
        `insert into identity.credit_ledger (tenant_id, kind, amount_irt, reference)
         values ($1, 'topup', 500, 't1'), ($1, 'topup', 700, 't2'), ($1, 'render_debit', -200, 'r1')`,
        [tenant],
      );
      expect(await balanceOf(test.db, tenant)).toBe(1000);
    });

    it('refuses a debit that would overdraw, leaving no ledger row behind', async () => {
      const tenant = await newTenant(test.db, 'ledger-overdraw');
      await post(tenant, 'topup', 1000, 'seed');
      await expect(post(tenant, 'render_debit', -1001, 'render-big')).rejects.toMatchObject({
        code: '23514',
        constraint: 'tenants_balance_nonnegative',
      });
      expect(await balanceOf(test.db, tenant)).toBe(1000);
      const { rows } = await test.db.query(`select 1 from identity.credit_ledger where reference = 'render-big'`);
      expect(rows).toEqual([]);
    });

    it('checks the sign of each kind', async () => {
      const tenant = await newTenant(test.db, 'ledger-sign');
      await expect(post(tenant, 'render_debit', 10, 'x')).rejects.toMatchObject({ constraint: 'credit_ledger_amount_sign' });
      await expect(post(tenant, 'topup', -10, 'y')).rejects.toMatchObject({ constraint: 'credit_ledger_amount_sign' });
      await expect(post(tenant, 'adjustment', 0, 'z')).rejects.toMatchObject({ constraint: 'credit_ledger_amount_sign' });
    });

    it('refuses balance changes that bypass the ledger, and edits of the ledger', async () => {
      const tenant = await newTenant(test.db, 'ledger-bypass');
      await post(tenant, 'topup', 1000, 'seed');
      await expect(test.db.query('update identity.tenants set balance_irt = 999999 where id = $1', [tenant])).rejects.toMatchObject({
        code: '23514',
        constraint: 'tenants_balance_via_ledger',
      });
      await expect(
        test.db.query(`insert into identity.tenants (slug, name, balance_irt) values ('rich', 'Rich', 10)`),
      ).rejects.toMatchObject({ constraint: 'tenants_balance_via_ledger' });
      await expect(test.db.query('update identity.credit_ledger set amount_irt = 5 where tenant_id = $1', [tenant])).rejects.toMatchObject({
        constraint: 'credit_ledger_append_only',
      });
      await expect(test.db.query('delete from identity.credit_ledger where tenant_id = $1', [tenant])).rejects.toMatchObject({
        constraint: 'credit_ledger_append_only',
      });
      // Other tenant columns stay editable.
      await test.db.query(`update identity.tenants set name = 'Renamed' where id = $1`, [tenant]);
      expect(await balanceOf(test.db, tenant)).toBe(1000);
    });
  });

  describe('API keys', () => {
    const insertKey = (tenantId: string | null, role: string, prefix: string, hash = SHA('a'), mode = 'live') =>
      test.db.query(
        `insert into identity.tenant_api_keys (tenant_id, role, mode, prefix, secret_hash) values ($1, $2, $3, $4, $5)`,
        [tenantId, role, mode, prefix, hash],
      );

    it('binds tenant and agent keys to a tenant and platform keys to none', async () => {
      const tenant = await newTenant(test.db, 'keys');
      await insertKey(tenant, 'tenant', 'fr_live_k1', SHA('1'));
      await insertKey(tenant, 'agent', 'fr_live_k2', SHA('2'));
      await insertKey(null, 'platform', 'fr_live_k3', SHA('3'));
      await expect(insertKey(null, 'tenant', 'fr_live_k4', SHA('4'))).rejects.toMatchObject({
        constraint: 'tenant_api_keys_platform_has_no_tenant',
      });
      await expect(insertKey(tenant, 'platform', 'fr_live_k5', SHA('5'))).rejects.toMatchObject({
        constraint: 'tenant_api_keys_platform_has_no_tenant',
      });
    });

    it('stores only a SHA-256 hex of the secret and a prefix matching the mode', async () => {
      const tenant = await newTenant(test.db, 'keys-format');
      await expect(insertKey(tenant, 'tenant', 'fr_live_p1', 'plaintext-secret')).rejects.toMatchObject({
        constraint: 'tenant_api_keys_secret_hash_format',
      });
      await expect(insertKey(tenant, 'tenant', 'fr_live_p2', SHA('b'), 'test')).rejects.toMatchObject({
        constraint: 'tenant_api_keys_prefix_format',
      });
      await insertKey(tenant, 'tenant', 'fr_test_p3', SHA('c'), 'test');
      await expect(insertKey(tenant, 'tenant', 'fr_test_p3', SHA('d'), 'test')).rejects.toMatchObject({
        constraint: 'tenant_api_keys_prefix_key',
      });
    });
  });

  describe('users', () => {
    const insertUser = (tenantId: string, email: string) =>
      test.db.query<{ id: string }>(`insert into identity.users (tenant_id, email) values ($1, $2) returning id`, [tenantId, email]);

    it('keeps e-mails unique per tenant ignoring case, and frees them on deletion', async () => {
      const a = await newTenant(test.db, 'users-a');
      const b = await newTenant(test.db, 'users-b');
      const { rows } = await insertUser(a, 'Sara@Example.com');
      await expect(insertUser(a, 'sara@example.COM')).rejects.toMatchObject({ code: '23505', constraint: 'users_tenant_email_key' });
      await insertUser(b, 'sara@example.com');
      await test.db.query(`update identity.users set status = 'deleted', deleted_at = now() where id = $1`, [rows[0]!.id]);
      await insertUser(a, 'sara@example.com');
    });

    it('refuses a child row that points into another tenant', async () => {
      const a = await newTenant(test.db, 'users-c');
      const b = await newTenant(test.db, 'users-d');
      const { rows } = await insertUser(a, 'owner@example.com');
      await expect(
        test.db.query(`insert into identity.mfa_factors (tenant_id, user_id, secret) values ($1, $2, 'JBSWY3DPEHPK3PXP')`, [b, rows[0]!.id]),
      ).rejects.toMatchObject({ code: '23503' });
    });
  });

  describe('webhooks and idempotency', () => {
    it('records rotation and disabling consistently', async () => {
      const tenant = await newTenant(test.db, 'hooks');
      const { rows } = await test.db.query<{ id: string }>(
        `insert into identity.tenant_webhooks (tenant_id, url, secret, event_types)
         values ($1, 'https://example.com/hook', 'whsec_c2VjcmV0', '{render.completed}') returning id`,
        [tenant],
      );
      const id = rows[0]!.id;
      await expect(test.db.query('update identity.tenant_webhooks set enabled = false where id = $1', [id])).rejects.toMatchObject({
        constraint: 'tenant_webhooks_disabled_state',
      });
      await test.db.query(
        `update identity.tenant_webhooks set enabled = false, disabled_at = now(), disabled_reason = 'too many failures' where id = $1`,
        [id],
      );
      await expect(
        test.db.query(`update identity.tenant_webhooks set previous_secret = secret, secret = 'whsec_bmV3' where id = $1`, [id]),
      ).rejects.toMatchObject({ constraint: 'tenant_webhooks_rotation_state' });
      await test.db.query(
        `update identity.tenant_webhooks
            set previous_secret = secret, secret = 'whsec_bmV3', previous_secret_expires_at = now() + interval '24 hours'
          where id = $1`,
        [id],
      );
      const delivery = (eventId: string, replayOf: string | null = null) =>
        test.db.query<{ id: string }>(
          `insert into identity.tenant_webhook_deliveries (tenant_id, webhook_id, event_id, event_type, payload, replay_of_id)
           values ($1, $2, $3, 'render.completed', '{}', $4) returning id`,
          [tenant, id, eventId, replayOf],
        );
      const first = await delivery('msg_1');
      await expect(delivery('msg_1')).rejects.toMatchObject({ code: '23505' });
      await delivery('msg_1', first.rows[0]!.id); // a manual replay keeps the event id
    });

    it('keeps one idempotency record per tenant and key for at least a day', async () => {
      const tenant = await newTenant(test.db, 'idem');
      const insert = (hash: string) =>
        test.db.query(
          `insert into identity.idempotency_keys (tenant_id, key, method, path, request_hash) values ($1, 'key-1', 'POST', '/v1/renders', $2)`,
          [tenant, hash],
        );
      await insert(SHA('a'));
      await expect(insert(SHA('b'))).rejects.toMatchObject({ code: '23505', constraint: 'idempotency_keys_pkey' });
      const { rows } = await test.db.query<{ kept: boolean }>(
        `select expires_at >= created_at + interval '24 hours' as kept from identity.idempotency_keys where tenant_id = $1`,
        [tenant],
      );
      expect(rows).toEqual([{ kept: true }]);
    });
  });
});
