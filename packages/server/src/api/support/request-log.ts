import type { Database } from '../../db/database';
import { inPlatform } from './scopes';

export interface RequestLogLine {
  tenantId: string | null;
  apiKeyId: string | null;
  keyPrefix: string | null;
  requestId: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  clientIp: string | null;
}

/**
 * Writes identity.tenant_api_request_logs in batches: one INSERT per flush instead of
 * one per request keeps the log off the request's latency. Lines carry the route
 * pattern and key prefix only — never bodies, headers or full keys.
 */
export class RequestLogWriter {
  private pending: RequestLogLine[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly options: { flushMs: number; maxBatch: number; onError: (err: unknown) => void },
  ) {}

  add(line: RequestLogLine): void {
    this.pending.push(line);
    if (this.pending.length >= this.options.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs).unref();
  }

  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() => this.write(batch)).catch(this.options.onError);
    return this.flushing;
  }

  private write(batch: RequestLogLine[]): Promise<void> {
    const column = <K extends keyof RequestLogLine>(key: K) => batch.map((line) => line[key]);
    return inPlatform(this.db, async (tx) => {
      await tx.query(
        `insert into identity.tenant_api_request_logs
           (tenant_id, api_key_id, key_prefix, request_id, method, route, status, duration_ms, client_ip)
         select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::smallint[], $8::int[], $9::inet[])`,
        [
          column('tenantId'), column('apiKeyId'), column('keyPrefix'), column('requestId'), column('method'),
          column('route'), column('status'), column('durationMs'), column('clientIp'),
        ],
      );
      // GET /v1/usage's api_requests: counted from the same batch, per tenant and UTC day.
      await tx.query(
        `insert into identity.tenant_usage_daily (tenant_id, day, api_requests)
         select tenant_id, (now() at time zone 'UTC')::date, count(*) from unnest($1::uuid[]) as l(tenant_id)
          where tenant_id in (select id from identity.tenants) group by tenant_id
         on conflict (tenant_id, day) do update set api_requests = identity.tenant_usage_daily.api_requests + excluded.api_requests`,
        [column('tenantId')],
      );
    });
  }
}
