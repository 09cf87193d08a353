import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '@flatrender/server/db/database';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../../test/support/test-database';

/**
 * file_mgr: quota usage maintained by the database in the same transaction as the
 * file change, limits enforced on uploads only, and a folder tree that cannot loop.
 */

async function newTenant(db: Queryable, slug: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`insert into identity.tenants (slug, name) values ($1, $1) returning id`, [slug]);
  return rows[0]!.id;
}

let storageSeq = 0;
function insertFile(db: Queryable, tenantId: string, size: number, options: { userId?: string | null; kind?: string; folderId?: string } = {}) {
  return db.query<{ id: string }>(
    `insert into file_mgr.files (tenant_id, user_id, folder_id, name, mime_type, size_bytes, sha256, storage_key, kind)
     values ($1, $2, $3, 'clip.mp4', 'video/mp4', $4, repeat('a', 64), $5, $6) returning id`,
    [tenantId, options.userId ?? null, options.folderId ?? null, size, `test/${++storageSeq}`, options.kind ?? 'upload'],
  );
}

async function usage(db: Queryable, tenantId: string) {
  const { rows } = await db.query<{ user_id: string | null; used_bytes: number; used_files: number }>(
    `select user_id, used_bytes, used_files from file_mgr.quotas where tenant_id = $1 order by user_id nulls first`,
    [tenantId],
  );
  return rows;
}

describe.each(testBackends)('file manager on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: true });
  });
  afterAll(async () => {
    await test?.drop();
  });

  describe('quotas', () => {
    it('counts live files per tenant and per user as they come and go', async () => {
      const tenant = await newTenant(test.db, 'quota-count');
      const alice = '11111111-1111-1111-1111-111111111111';
      const bob = '22222222-2222-2222-2222-222222222222';
      const a = await insertFile(test.db, tenant, 100, { userId: alice });
      await insertFile(test.db, tenant, 50);
      expect(await usage(test.db, tenant)).toEqual([
        { user_id: null, used_bytes: 150, used_files: 2 },
        { user_id: alice, used_bytes: 100, used_files: 1 },
      ]);
      await test.db.query('update file_mgr.files set user_id = $2 where id = $1', [a.rows[0]!.id, bob]);
      await test.db.query('update file_mgr.files set deleted_at = now() where user_id is null and tenant_id = $1', [tenant]);
      expect(await usage(test.db, tenant)).toEqual([
        { user_id: null, used_bytes: 100, used_files: 1 },
        { user_id: alice, used_bytes: 0, used_files: 0 },
        { user_id: bob, used_bytes: 100, used_files: 1 },
      ]);
      await test.db.query('delete from file_mgr.files where tenant_id = $1', [tenant]);
      expect((await usage(test.db, tenant)).every((row) => row.used_bytes === 0 && row.used_files === 0)).toBe(true);
    });

    it('refuses uploads over a limit but never a generated file', async () => {
      const tenant = await newTenant(test.db, 'quota-limit');
      await insertFile(test.db, tenant, 600);
      await test.db.query('update file_mgr.quotas set max_bytes = 1000 where tenant_id = $1 and user_id is null', [tenant]);
      await expect(insertFile(test.db, tenant, 401)).rejects.toMatchObject({ code: '23514', constraint: 'quotas_limit_exceeded' });
      await insertFile(test.db, tenant, 400);
      // A paid render's output is stored even when it takes the tenant over its limit.
      await insertFile(test.db, tenant, 500, { kind: 'render_output' });
      expect(await usage(test.db, tenant)).toEqual([{ user_id: null, used_bytes: 1500, used_files: 3 }]);
      await expect(insertFile(test.db, tenant, 1)).rejects.toMatchObject({ constraint: 'quotas_limit_exceeded' });
    });

    it('can rebuild usage from the files', async () => {
      const tenant = await newTenant(test.db, 'quota-rebuild');
      await insertFile(test.db, tenant, 70);
      await insertFile(test.db, tenant, 30);
      await test.db.query('update file_mgr.quotas set used_bytes = 0, used_files = 0 where tenant_id = $1', [tenant]);
      await test.db.query('select file_mgr.recompute_quota_usage($1)', [tenant]);
      expect(await usage(test.db, tenant)).toEqual([{ user_id: null, used_bytes: 100, used_files: 2 }]);
    });
  });

  describe('folders', () => {
    const folder = (tenantId: string, name: string, parentId: string | null = null) =>
      test.db.query<{ id: string }>(`insert into file_mgr.folders (tenant_id, name, parent_id) values ($1, $2, $3) returning id`, [
        tenantId,
        name,
        parentId,
      ]);

    it('refuses a move that would make the tree loop', async () => {
      const tenant = await newTenant(test.db, 'folders-loop');
      const top = (await folder(tenant, 'Projects')).rows[0]!.id;
      const mid = (await folder(tenant, 'Nowruz', top)).rows[0]!.id;
      const leaf = (await folder(tenant, 'Drafts', mid)).rows[0]!.id;
      await expect(test.db.query('update file_mgr.folders set parent_id = $2 where id = $1', [top, leaf])).rejects.toMatchObject({
        constraint: 'folders_no_cycle',
      });
      await test.db.query('update file_mgr.folders set parent_id = null where id = $1', [leaf]);
    });

    it('keeps sibling names unique ignoring case, top level included', async () => {
      const tenant = await newTenant(test.db, 'folders-names');
      await folder(tenant, 'Logos');
      await expect(folder(tenant, 'LOGOS')).rejects.toMatchObject({ code: '23505', constraint: 'folders_sibling_name_key' });
    });

    it('refuses a file in another tenant\'s folder', async () => {
      const a = await newTenant(test.db, 'folders-a');
      const b = await newTenant(test.db, 'folders-b');
      const own = (await folder(a, 'Mine')).rows[0]!.id;
      await expect(insertFile(test.db, b, 1, { folderId: own })).rejects.toMatchObject({ code: '23503' });
    });
  });

  it('derives the part count of a multipart upload', async () => {
    const tenant = await newTenant(test.db, 'uploads');
    const { rows } = await test.db.query<{ part_count: number }>(
      `insert into file_mgr.upload_sessions (tenant_id, file_name, mime_type, total_size_bytes, part_size_bytes)
       values ($1, 'big.mp4', 'video/mp4', 10485761, 5242880) returning part_count`,
      [tenant],
    );
    expect(rows).toEqual([{ part_count: 3 }]);
  });

  it('ships platform-wide cleanup schedules', async () => {
    const { rows } = await test.db.query<{ target: string }>(
      'select target from file_mgr.cleanup_schedules where tenant_id is null and enabled order by target',
    );
    expect(rows.map((r) => r.target)).toEqual([
      'api_request_logs', 'deleted_files', 'expired_files', 'idempotency_keys', 'node_health_logs', 'render_chunks',
      'stale_uploads', 'webhook_deliveries',
    ]);
  });
});
