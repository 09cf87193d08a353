import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '@flatrender/server/db/database';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../../test/support/test-database';
import { insertRenderNode } from '../../../../test/support/render-fixtures';

/**
 * The render queue as the schema shapes it: job status bookkeeping and history, chunk
 * claiming with FOR UPDATE SKIP LOCKED under a lease token, and the per-tenant
 * snapshot cache.
 */

const DEFAULT_TENANT = '00000000-0000-0000-0000-000000000001';

/** The claim the orchestrator runs (see the header of 12_render_jobs.sql). */
const CLAIM = `
  update render.frame_jobs
     set status = 'leased', lease_token = gen_random_uuid(), node_id = $1, leased_at = now(),
         lease_expires_at = now() + interval '30 seconds', attempts = attempts + 1
   where id = (select id from render.frame_jobs
                where status = 'queued' and not_before <= now() and attempts < max_attempts and engine = any($2)
                order by priority desc, created_at, chunk_index
                limit 1 for update skip locked)
  returning id, render_job_id, chunk_index, lease_token, attempts`;

interface Claimed {
  id: string;
  render_job_id: string;
  chunk_index: number;
  lease_token: string;
  attempts: number;
}

let cacheKeySeq = 0;
async function newRenderJob(db: Queryable, options: { tenantId?: string; priority?: number; chunks?: number } = {}) {
  const { tenantId = DEFAULT_TENANT, priority = 0, chunks = 0 } = options;
  const cacheKey = (++cacheKeySeq).toString(16).padStart(64, '0');
  const { rows } = await db.query<{ id: string }>(
    `insert into render.render_jobs (tenant_id, template_key, template_version, engine, aspect, quality,
                                     frames, fps, duration_seconds, cache_key, priority, chunk_frames)
     values ($1, 'LogoMotion', 1, 'remotion', '16:9', '720p', 150, 30, 5, $2, $3, 50) returning id`,
    [tenantId, cacheKey, priority],
  );
  const id = rows[0]!.id;
  if (chunks > 0) {
    await db.query(
      `insert into render.frame_jobs (tenant_id, render_job_id, chunk_index, frame_start, frame_end, engine, priority)
       select $1, $2, i, i * 50, i * 50 + 49, 'remotion', $3 from generate_series(0, $4 - 1) as i`,
      [tenantId, id, priority, chunks],
    );
  }
  return id;
}

describe.each(testBackends)('render queue on %s', (kind) => {
  let test: TestDatabase;
  let nodeId: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: true });
    nodeId = await insertRenderNode(test.db, 'queue-probe');
  });
  afterAll(async () => {
    await test?.drop();
  });

  describe('render jobs', () => {
    it('stamps timestamps on status changes and records every change as an event', async () => {
      const id = await newRenderJob(test.db);
      await test.db.query(`update render.render_jobs set status = 'rendering', progress = 0.4 where id = $1`, [id]);
      await test.db.query(`update render.render_jobs set status = 'assembling' where id = $1`, [id]);
      await test.db.query(`update render.render_jobs set status = 'completed', output_file_id = gen_random_uuid() where id = $1`, [id]);
      const job = await test.db.query<{ started: boolean; completed: boolean; progress: string }>(
        `select started_at is not null as started, completed_at >= started_at as completed, progress
           from render.render_jobs where id = $1`,
        [id],
      );
      expect(job.rows).toEqual([{ started: true, completed: true, progress: '1.000' }]);
      const events = await test.db.query<{ from_status: string | null; to_status: string }>(
        `select from_status, to_status from render.render_job_events where render_job_id = $1 and type = 'status' order by id`,
        [id],
      );
      expect(events.rows).toEqual([
        { from_status: null, to_status: 'queued' },
        { from_status: 'queued', to_status: 'rendering' },
        { from_status: 'rendering', to_status: 'assembling' },
        { from_status: 'assembling', to_status: 'completed' },
      ]);
    });

    it('keeps terminal states terminal and demands their evidence', async () => {
      const id = await newRenderJob(test.db);
      await expect(test.db.query(`update render.render_jobs set status = 'completed' where id = $1`, [id])).rejects.toMatchObject({
        constraint: 'render_jobs_completed_has_output',
      });
      await expect(test.db.query(`update render.render_jobs set status = 'failed' where id = $1`, [id])).rejects.toMatchObject({
        constraint: 'render_jobs_failed_state',
      });
      await test.db.query(`update render.render_jobs set status = 'canceled' where id = $1`, [id]);
      await expect(test.db.query(`update render.render_jobs set status = 'queued' where id = $1`, [id])).rejects.toMatchObject({
        code: '23514',
        constraint: 'render_jobs_terminal_status',
      });
    });

    it('accepts a cache hit created directly as completed', async () => {
      const { rows } = await test.db.query<{ status: string; completed: boolean; progress: string }>(
        `insert into render.render_jobs (tenant_id, template_key, template_version, engine, aspect, quality, frames, fps,
                                         duration_seconds, cache_key, cache_hit, status, output_file_id)
         values ($1, 'LogoMotion', 1, 'remotion', '1:1', '480p', 150, 30, 5, repeat('9', 64), true, 'completed', gen_random_uuid())
         returning status, completed_at is not null as completed, progress`,
        [DEFAULT_TENANT],
      );
      expect(rows).toEqual([{ status: 'completed', completed: true, progress: '1.000' }]);
    });
  });

  describe('frame jobs', () => {
    it('hands out chunks by priority, then age, then chunk order, each under a fresh lease token', async () => {
      await test.db.query(`update render.frame_jobs set status = 'canceled' where status = 'queued'`);
      const low = await newRenderJob(test.db, { priority: 0, chunks: 2 });
      const high = await newRenderJob(test.db, { priority: 20, chunks: 2 });
      const order: [string, number][] = [];
      const tokens = new Set<string>();
      for (let i = 0; i < 4; i++) {
        const { rows } = await test.db.query<Claimed>(CLAIM, [nodeId, ['remotion']]);
        order.push([rows[0]!.render_job_id, rows[0]!.chunk_index]);
        tokens.add(rows[0]!.lease_token);
      }
      expect(order).toEqual([[high, 0], [high, 1], [low, 0], [low, 1]]);
      expect(tokens.size).toBe(4);
      const none = await test.db.query<Claimed>(CLAIM, [nodeId, ['remotion']]);
      expect(none.rows).toEqual([]);
    });

    it('only hands a node chunks of engines it has', async () => {
      await test.db.query(`update render.frame_jobs set status = 'canceled' where status = 'queued'`);
      await newRenderJob(test.db, { chunks: 1 });
      const { rows } = await test.db.query<Claimed>(CLAIM, [nodeId, ['aftereffects']]);
      expect(rows).toEqual([]);
    });

    it('lets a re-queued chunk\'s stale token match nothing (zombie agents drop their work)', async () => {
      await test.db.query(`update render.frame_jobs set status = 'canceled' where status = 'queued'`);
      await newRenderJob(test.db, { chunks: 1 });
      const first = (await test.db.query<Claimed>(CLAIM, [nodeId, ['remotion']])).rows[0]!;
      // The reaper: the lease ran out, the chunk goes back to the queue.
      await test.db.query(
        `update render.frame_jobs set status = 'queued', lease_token = null, lease_expires_at = null, node_id = null
          where status = 'leased' and id = $1`,
        [first.id],
      );
      const second = (await test.db.query<Claimed>(CLAIM, [nodeId, ['remotion']])).rows[0]!;
      expect(second.id).toBe(first.id);
      expect(second.attempts).toBe(2);
      const heartbeat = (token: string) =>
        test.db.query(
          `update render.frame_jobs set lease_expires_at = now() + interval '30 seconds'
            where id = $1 and lease_token = $2 and status = 'leased'`,
          [first.id, token],
        );
      expect((await heartbeat(first.lease_token)).rowCount).toBe(0);
      expect((await heartbeat(second.lease_token)).rowCount).toBe(1);
    });

    it('stops handing out a chunk after max_attempts', async () => {
      await test.db.query(`update render.frame_jobs set status = 'canceled' where status = 'queued'`);
      const job = await newRenderJob(test.db, { chunks: 1 });
      await test.db.query(`update render.frame_jobs set max_attempts = 1 where render_job_id = $1`, [job]);
      const first = await test.db.query<Claimed>(CLAIM, [nodeId, ['remotion']]);
      expect(first.rows).toHaveLength(1);
      await test.db.query(`update render.frame_jobs set status = 'queued', lease_token = null where render_job_id = $1`, [job]);
      expect((await test.db.query<Claimed>(CLAIM, [nodeId, ['remotion']])).rows).toEqual([]);
      await expect(
        test.db.query(`update render.frame_jobs set attempts = 2 where render_job_id = $1`, [job]),
      ).rejects.toMatchObject({ constraint: 'frame_jobs_attempts' });
    });

    it('can serve the claim from the partial claim index', async () => {
      const plan = await test.db.transaction(async (tx) => {
        await tx.query('set local enable_seqscan = off');
        const { rows } = await tx.query<Record<string, string>>(`explain ${CLAIM}`, [nodeId, ['remotion']]);
        return rows.map((r) => Object.values(r)[0]).join('\n');
      });
      expect(plan).toContain('frame_jobs_claim_idx');
    });

    it('refuses chunks whose tenant differs from their render job\'s', async () => {
      const job = await newRenderJob(test.db);
      const { rows } = await test.db.query<{ id: string }>(`insert into identity.tenants (slug, name) values ('other-render', 'Other') returning id`);
      await expect(
        test.db.query(
          `insert into render.frame_jobs (tenant_id, render_job_id, chunk_index, frame_start, frame_end, engine)
           values ($1, $2, 0, 0, 49, 'remotion')`,
          [rows[0]!.id, job],
        ),
      ).rejects.toMatchObject({ code: '23503' });
    });

    // Two agents at once need two connections; PGlite has one.
    it.runIf(kind === 'postgres')('skips a chunk another agent holds locked instead of waiting', async () => {
      await test.db.query(`update render.frame_jobs set status = 'canceled' where status = 'queued'`);
      const job = await newRenderJob(test.db, { chunks: 2 });
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let holding!: (claimed: Claimed) => void;
      const held = new Promise<Claimed>((resolve) => (holding = resolve));
      const agentA = test.db.transaction(async (tx) => {
        const { rows } = await tx.query<Claimed>(CLAIM, [nodeId, ['remotion']]);
        holding(rows[0]!);
        await released; // still uncommitted: chunk 0's row stays locked
      });
      const a = await held;
      const b = (await test.db.query<Claimed>(CLAIM, [nodeId, ['remotion']])).rows[0]!;
      release();
      await agentA;
      expect([a.render_job_id, a.chunk_index]).toEqual([job, 0]);
      expect([b.render_job_id, b.chunk_index]).toEqual([job, 1]);
    });
  });

  describe('snapshots', () => {
    it('caches one output per tenant and cache key', async () => {
      const { rows } = await test.db.query<{ id: string }>(`insert into identity.tenants (slug, name) values ('snap-b', 'B') returning id`);
      const insert = (tenantId: string) =>
        test.db.query(
          `insert into render.snapshots (tenant_id, cache_key, template_key, template_version, engine, aspect, quality,
                                         output_file_id, duration_seconds, frames)
           values ($1, repeat('c', 64), 'LogoMotion', 1, 'remotion', '16:9', '1080p', gen_random_uuid(), 5, 150)`,
          [tenantId],
        );
      await insert(DEFAULT_TENANT);
      await insert(rows[0]!.id);
      await expect(insert(DEFAULT_TENANT)).rejects.toMatchObject({ code: '23505', constraint: 'snapshots_cache_key_key' });
    });
  });
});
