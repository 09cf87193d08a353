import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../../db/database';
import type { WebhookOptions } from '../options';
import { inPlatform } from '../support/scopes';
import { signatureHeaders } from './signing';

interface DueDelivery {
  id: string;
  tenant_id: string;
  webhook_id: string;
  event_id: string;
  payload: unknown;
  attempt_count: number;
  url: string;
  enabled: boolean;
  secrets: string[];
}

interface Attempt {
  ok: boolean;
  status: number | null;
  durationMs: number;
  error: string | null;
  excerpt: string | null;
}

const BATCH = 10;

/**
 * The delivery engine. identity.tenant_webhook_deliveries is the queue: due rows are
 * claimed with FOR UPDATE SKIP LOCKED and leased by pushing next_attempt_at past the
 * send timeout, so several server instances share the work and a crashed one's claims
 * come back by themselves. Attempt n+1 waits retryScheduleMs[n]; after the last one the
 * delivery fails, and an endpoint failing disableAfterFailures times in a row is
 * switched off and its tenant's admins notified.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private again = false;

  constructor(
    private readonly db: Database,
    private readonly options: Required<WebhookOptions>,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Look now instead of at the next poll (a ping or replay was just queued). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over due deliveries; exported for tests and for a dispatcher-only process. */
  async runOnce(): Promise<number> {
    const due = await inPlatform(this.db, (tx) => this.claim(tx));
    await Promise.all(due.map((delivery) => this.deliver(delivery)));
    return due.length;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.loop().finally(() => {
        this.running = undefined;
        if (!this.stopped) this.schedule(this.again ? 0 : this.options.pollIntervalMs);
        this.again = false;
      });
    }, delayMs);
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    try {
      while (!this.stopped && (await this.runOnce()) === BATCH);
    } catch (err) {
      this.log.error({ err }, 'webhook dispatch failed');
    }
  }

  private async claim(tx: Queryable): Promise<DueDelivery[]> {
    const leaseSeconds = Math.ceil(this.options.timeoutMs / 1000) + 30;
    const { rows } = await tx.query<DueDelivery>(
      `with due as (
         select id from identity.tenant_webhook_deliveries
          where status = 'pending' and next_attempt_at <= now()
          order by next_attempt_at limit $1 for update skip locked)
       update identity.tenant_webhook_deliveries d set next_attempt_at = now() + make_interval(secs => $2)
         from due, identity.tenant_webhooks w
        where d.id = due.id and w.tenant_id = d.tenant_id and w.id = d.webhook_id
       returning d.id, d.tenant_id, d.webhook_id, d.event_id, d.payload, d.attempt_count, w.url, w.enabled,
                 array_remove(array[w.secret, case when w.previous_secret_expires_at > now() then w.previous_secret end], null) as secrets`,
      [BATCH, leaseSeconds],
    );
    return rows;
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const attempt: Attempt = delivery.enabled
      ? await this.send(delivery)
      : { ok: false, status: null, durationMs: 0, error: 'endpoint disabled', excerpt: null };
    try {
      await inPlatform(this.db, (tx) => this.record(tx, delivery, attempt));
    } catch (err) {
      this.log.error({ err, delivery_id: delivery.id }, 'could not record a webhook attempt');
    }
  }

  private async send(delivery: DueDelivery): Promise<Attempt> {
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'FlatRender-Webhooks/1', ...signatureHeaders(delivery.secrets, delivery.event_id, timestamp, body) },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = await response.text().catch(() => '');
      const ok = response.status >= 200 && response.status < 300;
      return { ok, status: response.status, durationMs: Math.round(performance.now() - started), error: ok ? null : `HTTP ${response.status}`, excerpt: text.slice(0, 1024) };
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      return { ok: false, status: null, durationMs: Math.round(performance.now() - started), error: cause ?? (err as Error).name ?? 'network error', excerpt: null };
    }
  }

  private async record(tx: Queryable, delivery: DueDelivery, attempt: Attempt): Promise<void> {
    const attempts = delivery.attempt_count + 1;
    const retryIn = attempt.ok || !delivery.enabled ? undefined : this.options.retryScheduleMs[attempts - 1];
    const status = attempt.ok ? 'delivered' : retryIn === undefined ? 'failed' : 'pending';
    await tx.query(
      `update identity.tenant_webhook_deliveries set status = $2, attempt_count = $3, last_attempt_at = now(),
          next_attempt_at = case when $2 = 'pending' then now() + make_interval(secs => $4::double precision / 1000) end,
          last_status_code = $5, last_duration_ms = $6, last_error = $7, response_excerpt = $8,
          delivered_at = case when $2 = 'delivered' then now() end
        where id = $1`,
      [delivery.id, status, attempts, retryIn ?? 0, attempt.status, attempt.durationMs, attempt.error, attempt.excerpt],
    );
    if (!delivery.enabled) return;
    const { rows } = await tx.query<{ consecutive_failures: number; enabled: boolean }>(
      `update identity.tenant_webhooks set
          consecutive_failures = case when $2 then 0 else consecutive_failures + 1 end,
          last_success_at = case when $2 then now() else last_success_at end,
          last_failure_at = case when $2 then last_failure_at else now() end
        where id = $1 returning consecutive_failures, enabled`,
      [delivery.webhook_id, attempt.ok],
    );
    if (rows[0] && rows[0].enabled && rows[0].consecutive_failures >= this.options.disableAfterFailures) {
      await this.disableEndpoint(tx, delivery, rows[0].consecutive_failures);
    }
  }

  private async disableEndpoint(tx: Queryable, delivery: DueDelivery, failures: number): Promise<void> {
    const reason = `disabled after ${failures} consecutive failed deliveries`;
    await tx.query(`update identity.tenant_webhooks set enabled = false, disabled_at = now(), disabled_reason = $2 where id = $1`, [delivery.webhook_id, reason]);
    // The tenant hears about it in the app (its owners and admins), not over the dead endpoint.
    await tx.query(
      `insert into notification.notifications (tenant_id, user_id, type, title, body, data)
       select tenant_id, id, 'webhook.disabled', 'A webhook endpoint was disabled', $3, jsonb_build_object('webhook_endpoint_id', $2::text)
         from identity.users where tenant_id = $1 and role in ('owner', 'admin') and status = 'active'`,
      [delivery.tenant_id, delivery.webhook_id, `${delivery.url}: ${reason}. Fix the receiver and enable the endpoint again.`],
    );
    this.log.warn({ webhook_id: delivery.webhook_id, tenant_id: delivery.tenant_id }, reason);
  }
}
