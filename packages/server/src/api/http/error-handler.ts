import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../../contract/errors';
import { isDatabaseError, SqlState } from '../../db/errors';
import { ApiError } from './api-error';

/**
 * Every failure leaves as `{"error":{type,code,message,param,request_id}}`: validation
 * errors name the field, Fastify's own parser errors map to 400/413/415, and anything
 * unexpected is a 500 whose message says nothing about internals (the log has the stack).
 */
export function installErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(request, reply, new ApiError('payload_too_large', `the body is larger than the limit of ${bodyLimit} bytes`));
    }
    return sendError(request, reply, toApiError(err, request));
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new ApiError('route_not_found', `no route ${request.method} ${request.url.split('?')[0]}`)),
  );
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: ApiError) {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .code(error.status)
    .type('application/json; charset=utf-8')
    .send({ error: { type: error.type, code: error.code, message: error.message, param: error.param, request_id: request.id } });
}

function toApiError(err: FastifyError, request: FastifyRequest): ApiError {
  if (err instanceof ApiError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0];
    const where = err.validationContext === 'querystring' ? 'query' : (err.validationContext ?? 'body');
    const path = (issue?.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const keys = (issue?.params as { keys?: string[] } | undefined)?.keys;
    const param = keys?.length ? [path, keys[0]].filter(Boolean).join('.') : path || null;
    const message = keys?.length ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}` : (issue?.message ?? 'invalid value');
    return new ApiError('invalid_request', `${where}${param ? ` ${param}` : ''}: ${message}`, param);
  }
  if (isResponseSerializationError(err)) {
    request.log.error({ err, issues: err.cause?.issues }, 'response does not match its schema');
    return internal();
  }
  const mapped = FASTIFY_CODES[err.code ?? ''];
  if (mapped) return new ApiError(mapped[0], mapped[1]);
  if (isDatabaseError(err) && err.code === SqlState.serializationFailure) {
    return new ApiError('service_unavailable', 'the request conflicted with another; retry it', null, { 'retry-after': '1' });
  }
  // A client error Fastify raised that is not in the table still keeps its 4xx.
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    request.log.warn({ err }, 'unmapped client error');
    return new ApiError('invalid_request', 'the request could not be read');
  }
  request.log.error({ err }, 'unhandled error');
  return internal();
}

const internal = () => new ApiError('internal_error', 'something went wrong on our side; the request id identifies it for support');

const FASTIFY_CODES: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'send JSON with content-type: application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['invalid_request', 'content-length does not match the body'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'content-type is application/json but the body is empty'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'the body is not valid JSON'],
  FST_ERR_CTP_EMPTY_TYPE: ['unsupported_media_type', 'content-type is empty'],
  FST_ERR_CTP_INVALID_TYPE: ['unsupported_media_type', 'content-type is not valid'],
  FST_ERR_BAD_URL: ['invalid_request', 'the URL is not valid'],
  FST_ERR_ASYNC_CONSTRAINT: ['invalid_request', 'the request could not be routed'],
  FST_ERR_VALIDATION: ['invalid_request', 'the request does not match the schema'],
};
