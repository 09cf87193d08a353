/**
 * One error type for both adapters. `pg` and PGlite each throw their own DatabaseError
 * class; callers should not care which backend ran the statement, so both are rewrapped
 * here with the same fields (`code` is the SQLSTATE, e.g. '23505').
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  readonly code: string;
  readonly detail?: string;
  readonly hint?: string;
  readonly constraint?: string;
  readonly table?: string;
  readonly column?: string;
  readonly schema?: string;
  /** 1-based character offset of the error in the statement text, when PostgreSQL gives one. */
  readonly position?: number;

  constructor(message: string, fields: DatabaseErrorFields, options?: { cause?: unknown }) {
    super(message, options);
    this.code = fields.code;
    this.detail = fields.detail;
    this.hint = fields.hint;
    this.constraint = fields.constraint;
    this.table = fields.table;
    this.column = fields.column;
    this.schema = fields.schema;
    this.position = fields.position;
  }
}

export interface DatabaseErrorFields {
  code: string;
  detail?: string;
  hint?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  position?: number;
}

/** SQLSTATEs the server branches on; the full list is in PostgreSQL's errcodes appendix. */
export const SqlState = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  inFailedTransaction: '25P02',
  insufficientPrivilege: '42501',
  undefinedTable: '42P01',
} as const;

export function isDatabaseError(err: unknown, code?: string): err is DatabaseError {
  return err instanceof DatabaseError && (code === undefined || err.code === code);
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * Rewraps a driver error that carries a SQLSTATE; anything else (connection refused,
 * programming errors) passes through untouched so its own type and stack survive.
 */
export function toDatabaseError(err: unknown): unknown {
  if (err instanceof DatabaseError || typeof err !== 'object' || err === null) return err;
  const e = err as Partial<Record<keyof DatabaseErrorFields, unknown>> & { message?: unknown };
  const position = Number(e.position);
  if (typeof e.code !== 'string' || !SQLSTATE.test(e.code)) return err;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return new DatabaseError(
    typeof e.message === 'string' ? e.message : `database error ${e.code}`,
    {
      code: e.code,
      detail: text(e.detail),
      hint: text(e.hint),
      constraint: text(e.constraint),
      table: text(e.table),
      column: text(e.column),
      schema: text(e.schema),
      position: Number.isInteger(position) && position > 0 ? position : undefined,
    },
    { cause: err },
  );
}

/** Awaits `promise`, rethrowing driver errors as DatabaseError. */
export async function rethrowing<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    throw toDatabaseError(err);
  }
}
