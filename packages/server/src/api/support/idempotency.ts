import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database';
import { ApiError } from '../http/api-error';
import { canonicalJson, sha256Hex } from './canonical-json';
import { inTenant, PLATFORM_TENANT } from './scopes';

/**
 * Idempotency-Key on POST (DESIGN.md), stored in identity.idempotency_keys: the first
 * request claims the key (a committed row with no response yet), runs, and stores its
 * response; a retry with the same body waits for that and replays it; a different body
 * is 409 idempotency_conflict. 5xx responses are not stored, so the retry runs again.
 */
export interface IdempotencyOptions {
  /** How long a concurrent retry waits for the first request before a 409 (ms). */
  waitMs: number;
  /** A claim with no response after this long is taken over (its process died) (s). */
  abandonAfterSeconds: number;
}

interface Claim {
  tenantId: string;
  key: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim?: Claim;
  }
}

interface StoredRow {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
  abandoned: boolean;
  expired: boolean;
}

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function installIdempotency(app: FastifyInstance, db: Database, options: IdempotencyOptions): void {
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[HEADER];
    if (request.method !== 'POST' || key === undefined || !request.auth) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new ApiError('invalid_request', 'Idempotency-Key must be 1–255 printable ASCII characters', 'Idempotency-Key');
    }
    const tenantId = request.auth.tenantId ?? PLATFORM_TENANT;
    const path = request.url.split('?')[0];
    const hash = sha256Hex(`${request.method} ${path}\n${canonicalJson(request.body ?? null)}`);
    return claimOrReplay(db, request, reply, { tenantId, key, hash, apiKeyId: request.auth.keyId, path: path ?? '' }, options);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = undefined;
    await inTenant(db, claim.tenantId, async (tx) => {
      if (reply.statusCode >= 500 || typeof payload !== 'string') {
        await tx.query('delete from identity.idempotency_keys where tenant_id = $1 and key = $2', [claim.tenantId, claim.key]);
      } else {
        await tx.query(
          `update identity.idempotency_keys set response_status = $3, response_body = $4::jsonb, completed_at = now()
            where tenant_id = $1 and key = $2`,
          [claim.tenantId, claim.key, reply.statusCode, payload],
        );
      }
    });
    return payload;
  });
}

async function claimOrReplay(
  db: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  claim: Claim & { hash: string; apiKeyId: string; path: string },
  options: IdempotencyOptions,
) {
  const deadline = Date.now() + options.waitMs;
  for (let attempt = 0; ; attempt++) {
    const outcome = await inTenant(db, claim.tenantId, async (tx) => {
      const inserted = await tx.query(
        `insert into identity.idempotency_keys (tenant_id, key, api_key_id, method, path, request_hash)
         values ($1, $2, $3, 'POST', $4, $5) on conflict (tenant_id, key) do nothing`,
        [claim.tenantId, claim.key, claim.apiKeyId, claim.path, claim.hash],
      );
      if (inserted.rowCount === 1) return 'claimed' as const;
      const { rows } = await tx.query<StoredRow>(
        `select request_hash, response_status, response_body,
                response_status is null and created_at < now() - make_interval(secs => $3) as abandoned,
                expires_at < now() as expired
           from identity.idempotency_keys where tenant_id = $1 and key = $2`,
        [claim.tenantId, claim.key, options.abandonAfterSeconds],
      );
      const row = rows[0];
      if (!row) return 'retry' as const;
      if (row.expired || (row.abandoned && row.request_hash === claim.hash)) {
        await tx.query('delete from identity.idempotency_keys where tenant_id = $1 and key = $2', [claim.tenantId, claim.key]);
        return 'retry' as const;
      }
      return row;
    });
    if (outcome === 'claimed') {
      request.idempotencyClaim = { tenantId: claim.tenantId, key: claim.key };
      return;
    }
    if (outcome !== 'retry') {
      if (outcome.request_hash !== claim.hash) {
        throw new ApiError('idempotency_conflict', 'this Idempotency-Key was used with a different request; use a new key', 'Idempotency-Key');
      }
      if (outcome.response_status !== null) {
        return reply
          .code(outcome.response_status)
          .header('idempotent-replayed', 'true')
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(outcome.response_body));
      }
      if (Date.now() > deadline) {
        throw new ApiError('idempotency_in_progress', 'a request with this Idempotency-Key is still running; retry shortly', 'Idempotency-Key', {
          'retry-after': '1',
        });
      }
    }
    await sleep(Math.min(20 * (attempt + 1), 200));
  }
}
