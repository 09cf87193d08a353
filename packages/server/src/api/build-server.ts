import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiApp, RouteDeps } from './app-types';
import { authenticate, authorize } from './auth/authenticate';
import { installJsonOnly } from './http/content-types';
import { installErrorHandling } from './http/error-handler';
import { loggerOptions } from './http/logger';
import { requestIdOf } from './http/request-id';
import { resolveOptions, type ServerOptions } from './options';
import { registerRoutes } from './routes/index';
import { installIdempotency } from './support/idempotency';
import { RateLimiter } from './support/rate-limit';
import { RequestLogWriter } from './support/request-log';
import { WebhookDispatcher } from './webhooks/dispatcher';

export const API_VERSION = '1.0.0';

/**
 * The HTTP API as a Fastify instance that is not listening yet (fastify's testing guide:
 * build in a factory, listen elsewhere), so tests use both inject() and a real socket.
 * The caller owns `options.db` and closes it after `app.close()`.
 */
export async function buildServer(serverOptions: ServerOptions): Promise<FastifyInstance> {
  const options = resolveOptions(serverOptions);
  const { db } = options;
  const app = Fastify({
    logger: loggerOptions(options.logLevel, options.logStream),
    genReqId: requestIdOf,
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    bodyLimit: options.bodyLimit,
    // Route ids are UUIDs; a longer path segment is an attack or a mistake, not a lookup.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    trustProxy: options.trustProxy as boolean,
  }).withTypeProvider<ZodTypeProvider>() as unknown as ApiApp;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installJsonOnly(app as unknown as FastifyInstance);
  installErrorHandling(app as unknown as FastifyInstance, options.bodyLimit);

  // Unknown query parameters are an error like unknown body fields: a route that
  // declares no query gets an empty strict one, so `DELETE …?force=1` is a 400, not a delete.
  app.addHook('onRoute', (route) => {
    if (route.schema && !route.schema.querystring) route.schema = { ...route.schema, querystring: z.strictObject({}) };
  });

  const limiter = new RateLimiter();
  const requestLog = options.requestLog
    ? new RequestLogWriter(db, { flushMs: 1000, maxBatch: 200, onError: (err) => app.log.error({ err }, 'request log write failed') })
    : null;
  const dispatcher = new WebhookDispatcher(db, options.webhooks, app.log);

  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const access = request.routeOptions.config.access;
    if (!access || access.access === 'public') return;
    request.auth = await authenticate(db, request, { platformRateLimitPerMinute: options.platformRateLimitPerMinute });
    const remaining = limiter.take(request.auth.keyId, request.auth.rateLimitPerMinute);
    reply.header('x-ratelimit-limit', String(request.auth.rateLimitPerMinute));
    reply.header('x-ratelimit-remaining', String(remaining));
    authorize(request.auth, access);
  });
  installIdempotency(app as unknown as FastifyInstance, db, { waitMs: options.idempotencyWaitMs, abandonAfterSeconds: 120 });
  if (requestLog) {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url;
      if (!route || !route.startsWith('/v1/') || route === '/v1/openapi.json') return;
      requestLog.add({
        tenantId: request.auth?.tenantId ?? null,
        apiKeyId: request.auth?.keyId ?? null,
        keyPrefix: request.auth?.prefix ?? null,
        requestId: request.id,
        method: request.method,
        route,
        status: reply.statusCode,
        durationMs: Math.max(0, Math.round(reply.elapsedTime)),
        clientIp: request.ip || null,
      });
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'FlatRender API', version: API_VERSION, description: 'Multi-tenant video render API for resellers.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'fr_live_… / fr_test_… API key' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const deps: RouteDeps = { db, options, wakeWebhooks: () => dispatcher.wake() };
  registerRoutes(app, deps);

  if (options.webhooks.dispatch) app.addHook('onReady', async () => dispatcher.start());
  // Draining: a response finished while closing ends its keep-alive connection, so
  // close() does not wait out keepAliveTimeout for clients that would send nothing more.
  let closing = false;
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('preClose', async () => {
    closing = true;
    await dispatcher.stop();
  });
  app.addHook('onClose', async () => {
    await requestLog?.flush();
  });
  return app as unknown as FastifyInstance;
}
