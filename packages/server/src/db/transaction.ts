import type { Queryable } from './database';
import { DatabaseError, SqlState } from './errors';

/**
 * BEGIN … COMMIT on one already-checked-out connection, shared by both adapters so their
 * transactions behave the same.
 *
 * Two traps it closes: PostgreSQL answers COMMIT of a failed transaction with a
 * ROLLBACK tag instead of an error (so a caught error inside `work` would otherwise
 * look like success), and a `tx` that escapes `work` (an un-awaited query) must not
 * run later on a connection that is back in the pool or, on PGlite, outside the mutex.
 */
export async function runTransaction<T>(
  conn: Queryable,
  work: (tx: Queryable) => Promise<T>,
  prepare?: (tx: Queryable) => Promise<void>,
): Promise<T> {
  let open = true;
  const ensureOpen = () => {
    if (!open) throw new Error('transaction already finished: a query ran on `tx` after the transaction callback returned');
  };
  const tx: Queryable = {
    query: (sql, params) => (ensureOpen(), conn.query(sql, params)),
    exec: (sql) => (ensureOpen(), conn.exec(sql)),
  };

  await conn.query('begin');
  try {
    if (prepare) await prepare(tx);
    const result = await work(tx);
    open = false;
    const commit = await conn.query('commit');
    if (commit.command === 'ROLLBACK') {
      throw new DatabaseError(
        'transaction was rolled back: a statement inside it failed and the error was caught',
        { code: SqlState.inFailedTransaction },
      );
    }
    return result;
  } catch (err) {
    open = false;
    // After a failed COMMIT the transaction is already over and ROLLBACK only warns.
    await conn.query('rollback').catch(() => undefined);
    throw err;
  }
}

/** `set_config(…, true)` is transaction-local, so the tenant never leaks to the next user of the connection. */
export function setTenant(tenantId: string, role?: string) {
  return async (tx: Queryable) => {
    await tx.query("select set_config('app.tenant_id', $1, true)", [tenantId]);
    if (role) await tx.query("select set_config('role', $1, true)", [role]);
  };
}
