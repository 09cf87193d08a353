import type { FastifyServerOptions } from 'fastify';

/**
 * JSON lines (pino) with the request id on every line. Headers are never logged, and the
 * paths below are censored anyway in case a future log call passes a request or body:
 * API keys and webhook secrets must not reach a log file.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  '*.key',
  '*.secret',
  '*.api_key',
  'key',
  'secret',
];

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  if (level === 'silent' && !stream) return false;
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
    serializers: {
      // Method and route pattern only: raw URLs can carry ids and cursors we do not need.
      req: (req: { method: string; url: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        url: req.url.split('?')[0],
      }),
    },
  } as FastifyServerOptions['logger'];
}
