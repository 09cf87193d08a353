import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/database';
import { afterCursor } from '../support/cursor';
import { iso, isoNow } from '../support/wire';

export interface EndpointRow {
  id: string;
  tenant_id: string;
  url: string;
  description: string;
  secret: string;
  event_types: string[];
  enabled: boolean;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_at: Date;
  updated_at: Date;
}

const ENDPOINT = 'id, tenant_id, url, description, secret, event_types, enabled, disabled_reason, consecutive_failures, created_at, updated_at';

/** The secret stays out of every wire shape but create/rotate (callers add it explicitly). */
export function endpointToWire(row: EndpointRow) {
  return {
    id: row.id,
    object: 'webhook_endpoint' as const,
    url: row.url,
    description: row.description,
    event_types: row.event_types,
    enabled: row.enabled,
    disabled_reason: row.disabled_reason,
    consecutive_failures: row.consecutive_failures,
    created_at: isoNow(row.created_at),
    updated_at: isoNow(row.updated_at),
  };
}

export async function insertEndpoint(
  tx: Queryable,
  e: { tenantId: string; url: string; description?: string; eventTypes?: string[]; enabled?: boolean; secret: string },
): Promise<EndpointRow> {
  const enabled = e.enabled ?? true;
  const { rows } = await tx.query<EndpointRow>(
    `insert into identity.tenant_webhooks (tenant_id, url, description, secret, event_types, enabled, disabled_at, disabled_reason)
     values ($1, $2, $3, $4, $5, $6, case when $6 then null else now() end, case when $6 then null else 'disabled by the tenant' end)
     returning ${ENDPOINT}`,
    [e.tenantId, e.url, e.description ?? '', e.secret, e.eventTypes ?? [], enabled],
  );
  return rows[0]!;
}

export async function findEndpoint(tx: Queryable, tenantId: string, id: string): Promise<EndpointRow | undefined> {
  return (await tx.query<EndpointRow>(`select ${ENDPOINT} from identity.tenant_webhooks where tenant_id = $1 and id = $2`, [tenantId, id])).rows[0];
}

export async function listEndpoints(tx: Queryable, tenantId: string, limit: number, after: string | null): Promise<EndpointRow[]> {
  const { rows } = await tx.query<EndpointRow>(
    `select ${ENDPOINT.split(', ').map((c) => `t.${c}`).join(', ')} from identity.tenant_webhooks t
      where t.tenant_id = $1 and ${afterCursor('identity.tenant_webhooks', 3)} order by t.created_at desc, t.id desc limit $2`,
    [tenantId, limit, after],
  );
  return rows;
}

export async function updateEndpoint(
  tx: Queryable,
  tenantId: string,
  id: string,
  e: { url?: string; description?: string; eventTypes?: string[]; enabled?: boolean },
): Promise<EndpointRow | undefined> {
  const { rows } = await tx.query<EndpointRow>(
    `update identity.tenant_webhooks set
        url = coalesce($3, url), description = coalesce($4, description), event_types = coalesce($5, event_types),
        enabled = coalesce($6, enabled),
        disabled_at = case when $6 is null then disabled_at when $6 then null else coalesce(disabled_at, now()) end,
        disabled_reason = case when $6 is null then disabled_reason when $6 then null else 'disabled by the tenant' end,
        consecutive_failures = case when $6 then 0 else consecutive_failures end
      where tenant_id = $1 and id = $2 returning ${ENDPOINT}`,
    [tenantId, id, e.url ?? null, e.description ?? null, e.eventTypes ?? null, e.enabled ?? null],
  );
  return rows[0];
}

export async function rotateSecret(tx: Queryable, tenantId: string, id: string, secret: string, graceSeconds: number): Promise<EndpointRow | undefined> {
  const { rows } = await tx.query<EndpointRow>(
    `update identity.tenant_webhooks set
        previous_secret = case when $4 > 0 then secret end,
        previous_secret_expires_at = case when $4 > 0 then now() + make_interval(secs => $4) end,
        secret = $3
      where tenant_id = $1 and id = $2 returning ${ENDPOINT}`,
    [tenantId, id, secret, graceSeconds],
  );
  return rows[0];
}

// -- deliveries ------------------------------------------------------------------

export interface DeliveryRow {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  status: 'pending' | 'delivered' | 'failed';
  attempt_count: number;
  next_attempt_at: Date | null;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_duration_ms: number | null;
  last_error: string | null;
  replay_of_id: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

const DELIVERY = `id, webhook_id, event_id, event_type, status, attempt_count, next_attempt_at, last_attempt_at, last_status_code,
  last_duration_ms, last_error, replay_of_id, created_at, delivered_at`;

export function deliveryToWire(row: DeliveryRow) {
  return {
    id: row.id,
    object: 'webhook_delivery' as const,
    webhook_endpoint_id: row.webhook_id,
    event_id: row.event_id,
    event_type: row.event_type,
    status: row.status,
    attempt_count: row.attempt_count,
    next_attempt_at: iso(row.next_attempt_at),
    last_attempt_at: iso(row.last_attempt_at),
    last_status_code: row.last_status_code,
    last_duration_ms: row.last_duration_ms,
    last_error: row.last_error,
    replay_of: row.replay_of_id,
    created_at: isoNow(row.created_at),
    delivered_at: iso(row.delivered_at),
  };
}

export const newEventId = () => `msg_${randomBytes(16).toString('base64url')}`;

/** One delivery per endpoint subscribed to `type` (or to everything); returns them. */
export async function enqueueEvent(
  tx: Queryable,
  tenantId: string,
  type: string,
  data: Record<string, unknown>,
  onlyEndpoint?: string,
): Promise<DeliveryRow[]> {
  const eventId = newEventId();
  const payload = { type, timestamp: new Date().toISOString(), data };
  const { rows } = await tx.query<DeliveryRow>(
    `insert into identity.tenant_webhook_deliveries (tenant_id, webhook_id, event_id, event_type, payload)
     select tenant_id, id, $3, $4, $5::jsonb from identity.tenant_webhooks
      where tenant_id = $1 and enabled and (cardinality(event_types) = 0 or $4 = any(event_types) or $4 = 'ping')
        and ($2::uuid is null or id = $2::uuid)
     returning ${DELIVERY}`,
    [tenantId, onlyEndpoint ?? null, eventId, type, JSON.stringify(payload)],
  );
  return rows;
}

export async function listDeliveries(tx: Queryable, tenantId: string, webhookId: string, limit: number, after: string | null): Promise<DeliveryRow[]> {
  const { rows } = await tx.query<DeliveryRow>(
    `select ${DELIVERY.split(',').map((c) => `t.${c.trim()}`).join(', ')} from identity.tenant_webhook_deliveries t
      where t.tenant_id = $1 and t.webhook_id = $2 and ${afterCursor('identity.tenant_webhook_deliveries', 4)}
      order by t.created_at desc, t.id desc limit $3`,
    [tenantId, webhookId, limit, after],
  );
  return rows;
}

export async function replayDelivery(tx: Queryable, tenantId: string, id: string): Promise<DeliveryRow | undefined> {
  const { rows } = await tx.query<DeliveryRow>(
    `insert into identity.tenant_webhook_deliveries (tenant_id, webhook_id, event_id, event_type, payload, replay_of_id)
     select tenant_id, webhook_id, event_id, event_type, payload, id from identity.tenant_webhook_deliveries
      where tenant_id = $1 and id = $2
     returning ${DELIVERY}`,
    [tenantId, id],
  );
  return rows[0];
}
