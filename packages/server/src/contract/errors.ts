import { z } from 'zod';

/** `error.type`: the family a client branches on (Stripe's model). */
export const ERROR_TYPES = [
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'not_found_error',
  'idempotency_error',
  'conflict_error',
  'billing_error',
  'rate_limit_error',
  'api_error',
] as const;

export const ApiErrorBody = z.object({
  error: z.object({
    type: z.enum(ERROR_TYPES),
    code: z.string(),
    message: z.string(),
    param: z.string().nullable(),
    request_id: z.string(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** Every error code the server sends, with its status and type — one table, no guessing. */
export const ERROR_CODES = {
  invalid_request: [400, 'invalid_request_error'],
  invalid_json: [400, 'invalid_request_error'],
  invalid_cursor: [400, 'invalid_request_error'],
  payload_too_large: [413, 'invalid_request_error'],
  unsupported_media_type: [415, 'invalid_request_error'],
  invalid_bindings: [422, 'invalid_request_error'],
  unprocessable: [422, 'invalid_request_error'],
  api_key_missing: [401, 'authentication_error'],
  api_key_invalid: [401, 'authentication_error'],
  api_key_revoked: [401, 'authentication_error'],
  api_key_expired: [401, 'authentication_error'],
  permission_denied: [403, 'permission_error'],
  insufficient_scope: [403, 'permission_error'],
  tenant_suspended: [403, 'permission_error'],
  tenant_required: [400, 'invalid_request_error'],
  not_found: [404, 'not_found_error'],
  route_not_found: [404, 'not_found_error'],
  method_not_allowed: [405, 'invalid_request_error'],
  idempotency_conflict: [409, 'idempotency_error'],
  idempotency_in_progress: [409, 'idempotency_error'],
  already_exists: [409, 'conflict_error'],
  invalid_state: [409, 'conflict_error'],
  insufficient_balance: [402, 'billing_error'],
  rate_limited: [429, 'rate_limit_error'],
  internal_error: [500, 'api_error'],
  service_unavailable: [503, 'api_error'],
} as const satisfies Record<string, readonly [number, (typeof ERROR_TYPES)[number]]>;
export type ErrorCode = keyof typeof ERROR_CODES;
