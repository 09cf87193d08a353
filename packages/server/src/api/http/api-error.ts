import { ERROR_CODES, type ErrorCode } from '../../contract/errors';

/**
 * The one error the routes throw. The error handler turns it into the wire shape, so a
 * route never builds an error body itself and every code keeps its fixed status.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly type: (typeof ERROR_CODES)[ErrorCode][1];

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    [this.status, this.type] = ERROR_CODES[code];
  }
}

export const notFound = (what: string, param: string | null = 'id') => new ApiError('not_found', `no such ${what}`, param);
