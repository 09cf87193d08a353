import type { Database } from '../db/database';

export interface ServerOptions {
  /** The database (injected; the caller opens and closes it). */
  db: Database;
  /** Log level ('info' by default; 'silent' for none) and where JSON lines go (stdout by default). */
  logLevel?: string;
  logStream?: NodeJS.WritableStream;
  /** Largest accepted request body in bytes (default 1 MiB); larger is 413. */
  bodyLimit?: number;
  /** Requests per minute for platform keys (tenant keys follow their plan). Default 6000. */
  platformRateLimitPerMinute?: number;
  /** Write identity.tenant_api_request_logs (default true). */
  requestLog?: boolean;
  /** Idempotency: how long a concurrent retry waits for the first request (ms, default 10 000). */
  idempotencyWaitMs?: number;
  /** Trust X-Forwarded-For from this many proxy hops / these addresses (Fastify's trustProxy). Default false. */
  trustProxy?: boolean | number | string | string[];
  /** The migrations directory /readyz compares the database with (default: defaultMigrationsDir()). */
  migrationsDir?: string;
  webhooks?: WebhookOptions;
  /** Local storage root: an object's bytes live at <filesDir>/<storage_key>. Default ./.flatrender/files. */
  filesDir?: string;
}

export interface WebhookOptions {
  /** Start the delivery loop in this process (default true). */
  dispatch?: boolean;
  /** Delays before each retry in ms (default Standard Webhooks': 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). */
  retryScheduleMs?: number[];
  /** How often the loop looks for due deliveries (ms, default 1000). */
  pollIntervalMs?: number;
  /** Per-attempt timeout (ms, default 15 000). */
  timeoutMs?: number;
  /** An endpoint is disabled after this many consecutive failed deliveries (default 50). */
  disableAfterFailures?: number;
  /** Allow http:// and private addresses (tests, local development). Default false: https only. */
  allowInsecureUrls?: boolean;
}

export type ResolvedOptions = Required<Omit<ServerOptions, 'logStream' | 'migrationsDir' | 'webhooks'>> &
  Pick<ServerOptions, 'logStream' | 'migrationsDir'> & { webhooks: Required<WebhookOptions> };

export const DEFAULT_RETRY_SCHEDULE_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

export function resolveOptions(options: ServerOptions): ResolvedOptions {
  return {
    db: options.db,
    logLevel: options.logLevel ?? 'info',
    logStream: options.logStream,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    platformRateLimitPerMinute: options.platformRateLimitPerMinute ?? 6000,
    requestLog: options.requestLog ?? true,
    idempotencyWaitMs: options.idempotencyWaitMs ?? 10_000,
    migrationsDir: options.migrationsDir,
    trustProxy: options.trustProxy ?? false,
    filesDir: options.filesDir ?? './.flatrender/files',
    webhooks: {
      dispatch: options.webhooks?.dispatch ?? true,
      retryScheduleMs: options.webhooks?.retryScheduleMs ?? DEFAULT_RETRY_SCHEDULE_MS,
      pollIntervalMs: options.webhooks?.pollIntervalMs ?? 1000,
      timeoutMs: options.webhooks?.timeoutMs ?? 15_000,
      disableAfterFailures: options.webhooks?.disableAfterFailures ?? 50,
      allowInsecureUrls: options.webhooks?.allowInsecureUrls ?? false,
    },
  };
}
