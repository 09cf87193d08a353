import pg from 'pg';
import type { Connection, Database, Queryable, QueryResult } from './database';
import { rethrowing } from './errors';
import { runTransaction, setTenant } from './transaction';
import { pgTypes } from './value-types';

export interface PgDatabaseOptions {
  url: string;
  /** Pool size; pg's default is 10. */
  max?: number;
  /** Role that tenant transactions switch to, so RLS applies even to a privileged login. */
  tenantRole?: string;
}

/** Wraps one pg client (or the pool) as a Queryable. */
function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      // 'extended' even without params: one statement per query() on both adapters
      // (pg would otherwise accept a multi-statement string and return an array).
      // (@types/pg does not declare queryMode yet; pg has supported it since 8.12.)
      const config: pg.QueryConfig & { queryMode: 'extended' } = { text: sql, values: [...params], queryMode: 'extended' };
      const result = await rethrowing(client.query(config));
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length, command: result.command };
    },
    async exec(sql: string): Promise<void> {
      // No values → pg uses the simple-query protocol, which runs multi-statement scripts.
      await rethrowing(client.query(sql));
    },
  };
}

function connection(client: pg.PoolClient): Connection {
  const conn = queryable(client);
  return { ...conn, transaction: (work) => runTransaction(conn, work) };
}

export function createPgDatabase(options: PgDatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    types: pgTypes,
    application_name: 'flatrender',
  });
  // An idle client that loses its server emits here; pg-pool already discards it and
  // the next checkout reconnects, but an unhandled 'error' event would kill the process.
  pool.on('error', () => undefined);

  const onClient = async <T>(work: (client: pg.PoolClient) => Promise<T>, destroyOnError = false): Promise<T> => {
    const client = await rethrowing(pool.connect());
    let failed = false;
    try {
      return await work(client);
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      client.release(failed && destroyOnError);
    }
  };
  let closing: Promise<void> | undefined;

  return {
    kind: 'postgres',
    ...queryable(pool),
    transaction: (work) => onClient((client) => runTransaction(queryable(client), work)),
    tenantTransaction: (tenantId, work) =>
      onClient((client) => runTransaction(queryable(client), work, setTenant(tenantId, options.tenantRole))),
    // A failed withConnection may leave session state behind (an advisory lock, a SET);
    // closing that client is cheaper than reasoning about what the next user inherits.
    withConnection: (work) => onClient((client) => work(connection(client)), true),
    close: () => (closing ??= pool.end()),
  };
}
