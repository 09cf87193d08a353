import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import type { ResolvedOptions } from './options';

/** The Fastify instance routes are registered on: zod schemas type the handlers. */
export type ApiApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What route modules get: the database and the resolved options, never globals. */
export interface RouteDeps {
  db: Database;
  options: ResolvedOptions;
  /** Wakes the webhook dispatcher (a ping or replay should not wait for the next poll). */
  wakeWebhooks: () => void;
}
